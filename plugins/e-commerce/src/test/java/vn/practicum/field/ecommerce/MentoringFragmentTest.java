package vn.practicum.field.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.APPROVE_PLAN_FORM;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.CONFIRM_RESULTS_FORM;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.HOST;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.MENTOR;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.MENTORING_BPMN;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.PLAN_CAMPAIGN_FORM;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.REPORT_RESULTS_FORM;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_AD_SPEND;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_AVERAGE_ORDER_VALUE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_BUDGET;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_CONVERSION_RATE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_ENDED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_OBJECTIVE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_ORDERS;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PLANNED_END;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PLANNED_START;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PLAN_APPROVED;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PLAN_COMMENT;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PROBLEM;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REACH;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REPORT_LINK;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_RESULTS_COMMENT;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_RESULTS_CONFIRMED;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_RETURN_ON_AD_SPEND;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REVENUE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_STARTED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_VISITS;
import static vn.practicum.field.ecommerce.ECommerceVariables.TARGET_REACH;
import static vn.practicum.field.ecommerce.ECommerceVariables.TARGET_REVENUE;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** {@code e-commerce-mentoring}: a campaign planned, approved, run, measured, checked and confirmed. */
@Deployment(resources = {MENTORING_BPMN, PLAN_CAMPAIGN_FORM, APPROVE_PLAN_FORM, REPORT_RESULTS_FORM, CONFIRM_RESULTS_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "e-commerce-mentoring";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ECommerceTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void aPlanApproved_resultsThatHoldTogether_confirmedByTheMentor_withTheirIndicators() {
        // given
        ProcessInstance instance = start("st-ec-m01");
        assertThat(instance).isWaitingAt("Task_PlanCampaign");
        assertThat(task(instance)).isAssignedTo("st-ec-m01");

        // when
        complete(task(instance), plan());

        // then
        assertThat(instance).isWaitingAt("Task_ApproveCampaignPlan");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(ECommerceTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), planReview(true, "Đồng ý"));

        // then
        assertThat(instance).isWaitingAt("Task_ReportCampaignResults");
        assertThat(task(instance)).isAssignedTo("st-ec-m01");

        // when: 96 orders of 2,400 visits, 17,760,000 đồng for 4,200,000 đồng of advertising
        complete(task(instance), results());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckCampaignMetrics").isWaitingAt("Task_ConfirmCampaignResults");
        assertThat(instance).hasNotPassed("BoundaryEvent_CampaignMetricsInvalid");
        assertThat(instance).variables()
                .containsEntry(CAMPAIGN_CONVERSION_RATE.name(), 4.0)
                .containsEntry(CAMPAIGN_RETURN_ON_AD_SPEND.name(), 4.23)
                .containsEntry(CAMPAIGN_AVERAGE_ORDER_VALUE.name(), 185000.0)
                .doesNotContainKey(CAMPAIGN_PROBLEM.name());
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(ECommerceTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), resultsReview(true, "Khớp báo cáo Shopee"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void aPlanSentBackByTheMentor_isRevised_thenApproved() {
        // given
        ProcessInstance instance = start("st-ec-m02");
        complete(task(instance), plan());

        // when
        complete(task(instance), planReview(false, "Ngân sách quá cao so với mục tiêu doanh thu"));

        // then
        assertThat(instance).isWaitingAt("Task_PlanCampaign");
        assertThat(task(instance)).isAssignedTo("st-ec-m02");
        assertThat(instance).variables().containsEntry(CAMPAIGN_PLAN_COMMENT.name(), "Ngân sách quá cao so với mục tiêu doanh thu");

        // when
        Map<String, Object> revised = plan();
        CAMPAIGN_BUDGET.putIn(revised, 3_000_000);
        complete(task(instance), revised);
        complete(task(instance), planReview(true, "Đạt"));

        // then
        assertThat(instance).isWaitingAt("Task_ReportCampaignResults");
    }

    @Test
    void spendAboveTheApprovedBudget_andMoreOrdersThanVisits_sendTheResultsBack_thenCorrectedTheyGoToTheMentor() {
        // given: a 3,000,000-đồng budget
        ProcessInstance instance = approvedCampaign("st-ec-m03", 3_000_000);
        Map<String, Object> results = results();
        CAMPAIGN_ORDERS.putIn(results, 2_500);
        CAMPAIGN_REVENUE.putIn(results, 2_500 * 185_000L);

        // when: 4,200,000 đồng spent, 2,500 orders of 2,400 visits
        complete(task(instance), results);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_CampaignMetricsInvalid").isWaitingAt("Task_ReportCampaignResults");
        assertThat(campaignProblem(instance).lines()).hasSize(2);
        assertThat(campaignProblem(instance))
                .contains("vượt ngân sách đã duyệt 3000000 đồng", "above the approved budget of 3000000 dong")
                .contains("more orders (2500) than visits (2400)");
        assertThat(instance).variables().doesNotContainKey(CAMPAIGN_CONVERSION_RATE.name());
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when
        Map<String, Object> corrected = results();
        CAMPAIGN_AD_SPEND.putIn(corrected, 3_000_000);
        complete(task(instance), corrected);

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmCampaignResults");
        assertThat(instance).variables().doesNotContainKey(CAMPAIGN_PROBLEM.name())
                .containsEntry(CAMPAIGN_RETURN_ON_AD_SPEND.name(), 5.92);
    }

    @Test
    void aCampaignThatStartedBeforeThePlacement_isSentBack() {
        // given
        ProcessInstance instance = approvedCampaign("st-ec-m04", 5_000_000);
        Map<String, Object> results = results();
        CAMPAIGN_STARTED_ON.putIn(results, "2026-01-20");

        // when
        complete(task(instance), results);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_CampaignMetricsInvalid").isWaitingAt("Task_ReportCampaignResults");
        assertThat(campaignProblem(instance)).isEqualTo("Chiến dịch: chiến dịch bắt đầu ngày 2026-01-20, trước ngày bắt đầu thực tập 2026-02-01"
                + " / Campaign: the campaign started on 2026-01-20, before the placement starts on 2026-02-01");
    }

    @Test
    void resultsTheMentorDisputes_goBackToTheStudent_thenConfirmed() {
        // given
        ProcessInstance instance = approvedCampaign("st-ec-m05", 5_000_000);
        complete(task(instance), results());

        // when
        complete(task(instance), resultsReview(false, "Số đơn trên báo cáo Shopee là 92, không phải 96"));

        // then
        assertThat(instance).isWaitingAt("Task_ReportCampaignResults");
        assertThat(task(instance)).isAssignedTo("st-ec-m05");
        assertThat(instance).variables().containsEntry(CAMPAIGN_RESULTS_COMMENT.name(), "Số đơn trên báo cáo Shopee là 92, không phải 96");

        // when
        Map<String, Object> corrected = results();
        CAMPAIGN_ORDERS.putIn(corrected, 92);
        CAMPAIGN_REVENUE.putIn(corrected, 92 * 185_000L);
        complete(task(instance), corrected);
        complete(task(instance), resultsReview(true, "Đã khớp"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void theFragmentSetsOnlyItsOwnVariables_neverTheLifecycles() {
        // given: the lifecycle's variables as practicum-mentoring passes them down, logbooks being counted meanwhile
        Map<String, Object> given = ECommerceTestEngine.fragmentVariables("st-ec-m06");
        PracticumVariables.LOGBOOK_NUMBER.putIn(given, 2);

        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-ec-m06", given);
        complete(task(instance), plan());
        complete(task(instance), planReview(true, "Đồng ý"));
        complete(task(instance), results());
        complete(task(instance), resultsReview(true, "Khớp"));

        // then: what it was given comes back unchanged (camunda:out variables="all"), and all else is the field's own
        assertThat(instance).isEnded();
        Set<String> own = ECommerceTestEngine.fieldVariableNames();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .isNotEmpty()
                .allSatisfy(variable -> {
                    if (given.containsKey(variable.getName())) {
                        assertThat(variable.getValue()).as(variable.getName()).isEqualTo(given.get(variable.getName()));
                    } else {
                        assertThat(own).as("variables of the field").contains(variable.getName());
                    }
                });
    }

    private ProcessInstance approvedCampaign(String studentId, int budget) {
        ProcessInstance instance = start(studentId);
        Map<String, Object> plan = plan();
        CAMPAIGN_BUDGET.putIn(plan, budget);
        complete(task(instance), plan);
        complete(task(instance), planReview(true, "Đồng ý"));
        assertThat(instance).isWaitingAt("Task_ReportCampaignResults");
        return instance;
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, ECommerceTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> plan() {
        Map<String, Object> variables = new HashMap<>();
        CAMPAIGN_NAME.putIn(variables, "Tuần lễ chả mực Hạ Long");
        CAMPAIGN_OBJECTIVE.putIn(variables, "Video ngắn và mã giảm giá 10% cho khách mới");
        CAMPAIGN_PLANNED_START.putIn(variables, "2026-03-01");
        CAMPAIGN_PLANNED_END.putIn(variables, "2026-03-28");
        CAMPAIGN_BUDGET.putIn(variables, 5_000_000);
        TARGET_REACH.putIn(variables, 15_000);
        TARGET_REVENUE.putIn(variables, 15_000_000);
        return variables;
    }

    static Map<String, Object> planReview(boolean approved, String comment) {
        Map<String, Object> variables = new HashMap<>();
        CAMPAIGN_PLAN_APPROVED.putIn(variables, approved);
        CAMPAIGN_PLAN_COMMENT.putIn(variables, comment);
        return variables;
    }

    /** 18,000 reached, 2,400 visits, 96 orders of 185,000 đồng, 4,200,000 đồng spent, in March 2026. */
    static Map<String, Object> results() {
        Map<String, Object> variables = new HashMap<>();
        CAMPAIGN_STARTED_ON.putIn(variables, "2026-03-01");
        CAMPAIGN_ENDED_ON.putIn(variables, "2026-03-28");
        CAMPAIGN_REACH.putIn(variables, 18_000);
        CAMPAIGN_VISITS.putIn(variables, 2_400);
        CAMPAIGN_ORDERS.putIn(variables, 96);
        CAMPAIGN_REVENUE.putIn(variables, 17_760_000);
        CAMPAIGN_AD_SPEND.putIn(variables, 4_200_000);
        CAMPAIGN_REPORT_LINK.putIn(variables, "https://banhang.shopee.vn/datacenter/marketing/report/12345");
        return variables;
    }

    static Map<String, Object> resultsReview(boolean confirmed, String comment) {
        Map<String, Object> variables = new HashMap<>();
        CAMPAIGN_RESULTS_CONFIRMED.putIn(variables, confirmed);
        CAMPAIGN_RESULTS_COMMENT.putIn(variables, comment);
        return variables;
    }

    private String campaignProblem(ProcessInstance instance) {
        return ECommerceTestEngine.variable(engine.getRuntimeService(), instance.getId(), CAMPAIGN_PROBLEM);
    }
}
