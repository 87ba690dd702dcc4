package vn.practicum.field.digitalbusiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.CONFIRM_DELIVERABLES_FORM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.HOST;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.MENTOR;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.MENTORING_BPMN;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.SUBMIT_KPI_DASHBOARD_FORM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.SUBMIT_PROCESS_MAP_FORM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DELIVERABLES_COMMENT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DELIVERABLES_DECISION;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_BASELINE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_TARGET;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_UNIT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_BASELINE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_TARGET;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_UNIT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_DATA_SOURCE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_LINK;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_REFRESH;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_IMPROVEMENTS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_LINK;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_NOTATION;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_PAIN_POINTS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_STEP_COUNT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.ProcessVariable;

/** {@code digital-business-mentoring}: the process map and the KPI dashboard delivered, checked and accepted. */
@Deployment(resources = {MENTORING_BPMN, SUBMIT_PROCESS_MAP_FORM, SUBMIT_KPI_DASHBOARD_FORM, CONFIRM_DELIVERABLES_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "digital-business-mentoring";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(DigitalBusinessTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void completeMapAndDashboard_acceptedByTheMentor() {
        // given
        ProcessInstance instance = start("st-db-m01");
        assertThat(instance).isWaitingAt("Task_SubmitProcessMap");
        assertThat(task(instance)).isAssignedTo("st-db-m01");

        // when
        complete(task(instance), processMap());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckProcessMap").isWaitingAt("Task_SubmitKpiDashboard");
        assertThat(task(instance)).isAssignedTo("st-db-m01");

        // when
        complete(task(instance), dashboard());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckKpiDashboard").isWaitingAt("Task_ConfirmDeliverables");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(DigitalBusinessTestEngine.candidateGroups(engine, task(instance)))
                .containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), decision("ACCEPT", "Đơn vị dùng bảng KPI trong giao ban tuần"));

        // then
        assertThat(instance).hasPassed("Gateway_DeliverablesAccepted", "EndEvent_FieldMilestonesDone").isEnded();
        assertThat(instance).hasNotPassed("BoundaryEvent_ProcessMapIncomplete", "BoundaryEvent_KpiDashboardIncomplete");
    }

    @Test
    void aMapOverHttpWithTwoSteps_isSentBack_thenCompleted() {
        // given
        ProcessInstance instance = start("st-db-m02");
        Map<String, Object> map = processMap();
        PROCESS_MAP_LINK.putIn(map, "http://docs.shop-viet.vn/o2c");
        PROCESS_MAP_STEP_COUNT.putIn(map, 2);

        // when
        complete(task(instance), map);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_ProcessMapIncomplete").isWaitingAt("Task_SubmitProcessMap");
        assertThat(problem(instance, PROCESS_MAP_PROBLEM).lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("'http://docs.shop-viet.vn/o2c'", "not a valid https address"))
                .anySatisfy(line -> assertThat(line).contains("number of steps 2", "from 3 to 200"));
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when
        complete(task(instance), processMap());

        // then
        assertThat(instance).isWaitingAt("Task_SubmitKpiDashboard");
        assertThat(instance).variables().doesNotContainKey(PROCESS_MAP_PROBLEM.name());
    }

    @Test
    void aDashboardWithOneRealKpi_isSentBack_thenCompleted() {
        // given: KPI 2 aims at no change, so only KPI 1 counts
        ProcessInstance instance = start("st-db-m03");
        complete(task(instance), processMap());
        Map<String, Object> dashboard = dashboard();
        KPI2_TARGET.putIn(dashboard, 12);

        // when
        complete(task(instance), dashboard);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_KpiDashboardIncomplete").isWaitingAt("Task_SubmitKpiDashboard");
        assertThat(problem(instance, KPI_DASHBOARD_PROBLEM).lines()).containsExactly(
                "Bảng điều khiển KPI: KPI 2 ('Tỷ lệ đơn hàng phải nhập lại'): mục tiêu bằng giá trị hiện tại (12), KPI phải hướng"
                        + " tới một thay đổi / KPI dashboard: KPI 2 ('Tỷ lệ đơn hàng phải nhập lại'): the target equals the"
                        + " baseline (12): a KPI must aim at a change",
                "Bảng điều khiển KPI: mới có 1 KPI đầy đủ, cần ít nhất 2 / KPI dashboard: only 1 complete KPIs, at least 2"
                        + " are needed");

        // when
        complete(task(instance), dashboard());

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmDeliverables");
        assertThat(instance).variables().doesNotContainKey(KPI_DASHBOARD_PROBLEM.name());
    }

    @Test
    void theMentorSendsTheDashboardBack_theStudentRevisesIt_thenItIsAccepted() {
        // given
        ProcessInstance instance = start("st-db-m04");
        complete(task(instance), processMap());
        complete(task(instance), dashboard());

        // when
        complete(task(instance), decision("REVISE_DASHBOARD", "Thêm KPI về doanh thu theo kênh"));

        // then
        assertThat(instance).hasPassed("Gateway_DeliverablesAccepted").isWaitingAt("Task_SubmitKpiDashboard");
        assertThat(task(instance)).isAssignedTo("st-db-m04");
        assertThat(instance).variables().containsEntry(DELIVERABLES_COMMENT.name(), "Thêm KPI về doanh thu theo kênh");

        // when
        complete(task(instance), dashboard());
        complete(task(instance), decision("ACCEPT", "Đạt"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void theMentorSendsTheMapBack_theStudentRevisesMapAndDashboard_thenTheyAreAccepted() {
        // given
        ProcessInstance instance = start("st-db-m05");
        complete(task(instance), processMap());
        complete(task(instance), dashboard());

        // when
        complete(task(instance), decision("REVISE_PROCESS_MAP", "Bổ sung bước đối soát công nợ"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitProcessMap");
        assertThat(task(instance)).isAssignedTo("st-db-m05");

        // when
        complete(task(instance), processMap());
        complete(task(instance), dashboard());
        complete(task(instance), decision("ACCEPT", "Đạt"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void theFragmentSetsOnlyItsOwnVariables() {
        // given: what the lifecycle passes down
        Map<String, Object> given = DigitalBusinessTestEngine.fragmentVariables("st-db-m06");
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-db-m06", given);

        // when
        complete(task(instance), processMap());
        complete(task(instance), dashboard());
        complete(task(instance), decision("ACCEPT", "Đạt"));

        // then: every variable it ends with is given, or one of the fragment's deliverables
        List<String> own = List.of("processMap", "kpi", "deliverables");
        // (the variables of the instance's own scope: those out variables="all" copies; task inputs stay local)
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list()).filteredOn(variable -> instance.getId().equals(variable.getActivityInstanceId()))
                .isNotEmpty().allSatisfy(variable -> {
                    if (given.containsKey(variable.getName())) {
                        assertThat(variable.getValue()).as(variable.getName()).isEqualTo(given.get(variable.getName()));
                    } else {
                        assertThat(own).anySatisfy(prefix -> assertThat(variable.getName()).startsWith(prefix));
                    }
                });
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, DigitalBusinessTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> processMap() {
        Map<String, Object> variables = new HashMap<>();
        PROCESS_MAP_NAME.putIn(variables, "Từ đơn hàng đến thu tiền");
        PROCESS_MAP_LINK.putIn(variables, "https://docs.shop-viet.vn/quy-trinh/o2c");
        PROCESS_MAP_NOTATION.putIn(variables, "BPMN");
        PROCESS_MAP_STEP_COUNT.putIn(variables, 16);
        PROCESS_MAP_PAIN_POINTS.putIn(variables, "Nhập đơn hai lần từ sàn vào ERP");
        PROCESS_MAP_IMPROVEMENTS.putIn(variables, "Đồng bộ đơn tự động qua API của sàn");
        return variables;
    }

    static Map<String, Object> dashboard() {
        Map<String, Object> variables = new HashMap<>();
        KPI_DASHBOARD_LINK.putIn(variables, "https://bi.shop-viet.vn/d/ban-hang");
        KPI_DASHBOARD_DATA_SOURCE.putIn(variables, "ERP, CRM");
        KPI_DASHBOARD_REFRESH.putIn(variables, "DAILY");
        KPI1_NAME.putIn(variables, "Thời gian giao hàng");
        KPI1_UNIT.putIn(variables, "ngày");
        KPI1_BASELINE.putIn(variables, 4.5);
        KPI1_TARGET.putIn(variables, 3.0);
        KPI2_NAME.putIn(variables, "Tỷ lệ đơn hàng phải nhập lại");
        KPI2_UNIT.putIn(variables, "%");
        KPI2_BASELINE.putIn(variables, 12);
        KPI2_TARGET.putIn(variables, 2);
        return variables;
    }

    static Map<String, Object> decision(String decision, String comment) {
        Map<String, Object> variables = new HashMap<>();
        DELIVERABLES_DECISION.putIn(variables, decision);
        DELIVERABLES_COMMENT.putIn(variables, comment);
        return variables;
    }

    private String problem(ProcessInstance instance, ProcessVariable<String> variable) {
        return variable.type().cast(engine.getRuntimeService().getVariable(instance.getId(), variable.name()));
    }
}
