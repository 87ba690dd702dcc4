package vn.practicum.field.strategicmanagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.ACKNOWLEDGE_FORM;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.DECIDE_CONFLICT_FORM;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.HOST;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.NAME_SPONSOR_FORM;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.PLACEMENT_START;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.SCHOOL;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.SPONSOR;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_ACKNOWLEDGED;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_NUMBER;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_SIGNED_ON;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_VALID_UNTIL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFLICT_DECISION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFLICT_OF_INTEREST_DECLARED;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFLICT_OF_INTEREST_DETAILS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFLICT_SAFEGUARDS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_ID;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_LEVEL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_TITLE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SPONSORSHIP_PROBLEM;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGY_TOPIC;

import java.util.HashMap;
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
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StudentStage;

/** {@code strategic-management-placement}: sponsor and agreement checked, confidentiality acknowledged, conflicts decided. */
@Deployment(resources = {PLACEMENT_BPMN, NAME_SPONSOR_FORM, ACKNOWLEDGE_FORM, DECIDE_CONFLICT_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "strategic-management-placement";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(StrategicManagementTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void aDeputyChiefExecutiveAndAnAgreementCoveringThePlacement_thenNoConflict_passTheChecks() {
        // given
        ProcessInstance instance = start("st-sm-001");
        assertThat(instance).isWaitingAt("Task_NameExecutiveSponsor");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));

        // when
        complete(task(instance), sponsorship("DEPUTY_EXECUTIVE"));

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckSponsorship").isWaitingAt("Task_AcknowledgeConfidentiality");
        assertThat(instance).hasNotPassed("BoundaryEvent_SponsorshipInvalid");
        assertThat(task(instance)).isAssignedTo("st-sm-001");
        assertThat(instance).variables().doesNotContainKey(SPONSORSHIP_PROBLEM.name());

        // when
        complete(task(instance), acknowledgement(null));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").hasNotPassed("Task_DecideConflictOfInterest")
                .isEnded();
    }

    @Test
    void aHeadOfDepartmentAndAnAgreementEndingBeforeThePlacement_goBackToTheHost_thenCorrectedPass() {
        // given
        ProcessInstance instance = start("st-sm-002");
        Map<String, Object> sponsorship = sponsorship("DEPARTMENT_HEAD");
        CONFIDENTIALITY_AGREEMENT_VALID_UNTIL.putIn(sponsorship, "2026-03-31");

        // when
        complete(task(instance), sponsorship);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_SponsorshipInvalid").isWaitingAt("Task_NameExecutiveSponsor");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(sponsorshipProblem(instance).lines()).containsExactly(
                "Lãnh đạo bảo trợ: Trưởng phòng, ban chưa đủ thẩm quyền bảo trợ một đề án chiến lược: cần từ cấp Giám đốc khối,"
                        + " chức năng (tài chính, chiến lược, kinh doanh...) trở lên / Executive sponsor: Head of department cannot sponsor"
                        + " a strategy assignment: Functional director (finance, strategy, sales...) or above is needed",
                "Thỏa thuận bảo mật: hết hiệu lực ngày 2026-03-31, trước ngày kết thúc thực tập 2026-04-30"
                        + " / Confidentiality agreement: ends on 2026-03-31, before the placement ends on 2026-04-30");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when
        complete(task(instance), sponsorship("FUNCTIONAL_DIRECTOR"));

        // then
        assertThat(instance).isWaitingAt("Task_AcknowledgeConfidentiality");
        assertThat(instance).variables().doesNotContainKey(SPONSORSHIP_PROBLEM.name());
    }

    @Test
    void anAgreementSignedAfterWorkStarts_andTheStudentAsTheirOwnSponsor_areRefused() {
        // given
        ProcessInstance instance = start("st-sm-003");
        Map<String, Object> sponsorship = sponsorship("CHIEF_EXECUTIVE");
        EXECUTIVE_SPONSOR_ID.putIn(sponsorship, "st-sm-003");
        CONFIDENTIALITY_AGREEMENT_SIGNED_ON.putIn(sponsorship, PLACEMENT_START.plusDays(1).toString());

        // when
        complete(task(instance), sponsorship);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_SponsorshipInvalid").isWaitingAt("Task_NameExecutiveSponsor");
        assertThat(sponsorshipProblem(instance)).contains("the student cannot be their own sponsor",
                "signed on 2026-02-02, after the placement starts on 2026-02-01");
    }

    @Test
    void aDeclaredConflict_acceptedWithSafeguardsByTheCoordinator_passesTheChecks() {
        // given
        ProcessInstance instance = start("st-sm-004");
        complete(task(instance), sponsorship("DEPUTY_EXECUTIVE"));

        // when
        complete(task(instance), acknowledgement("Anh trai làm kế toán tại một công ty lữ hành cạnh tranh"));

        // then
        assertThat(instance).hasPassed("Gateway_ConflictDeclared").isWaitingAt("Task_DecideConflictOfInterest");
        assertThat(task(instance)).hasCandidateGroup(Groups.schoolCoordinators(SCHOOL));

        // when
        complete(task(instance), decision("ACCEPT_WITH_SAFEGUARDS", "Không tiếp cận dữ liệu giá và đối tác của đơn vị"));

        // then
        assertThat(instance).hasPassed("Gateway_ConflictDecision", "EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void aConflictTheCoordinatorWillNotAccept_sendsTheHostBackToReassign_andTheNewTopicPasses() {
        // given
        ProcessInstance instance = start("st-sm-005");
        complete(task(instance), sponsorship("DEPUTY_EXECUTIVE"));
        complete(task(instance), acknowledgement("Gia đình sở hữu cổ phần của đối thủ cạnh tranh trực tiếp"));

        // when
        complete(task(instance), decision("REASSIGN", "Đề tài thâm nhập thị trường trùng lĩnh vực của đối thủ"));

        // then
        assertThat(instance).hasPassed("Gateway_ConflictDecision").hasNotPassed("EndEvent_FieldChecksPassed")
                .isWaitingAt("Task_NameExecutiveSponsor");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));

        // when: another topic, then no conflict with it
        Map<String, Object> reassigned = sponsorship("DEPUTY_EXECUTIVE");
        STRATEGY_TOPIC.putIn(reassigned, "Chuyển đổi số quy trình chăm sóc khách hàng trong 2 năm tới");
        complete(task(instance), reassigned);
        complete(task(instance), acknowledgement(null));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-sm-006");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-sm-006").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_NameExecutiveSponsor");
        assertThat(stage.fieldKey()).isEqualTo(StrategicManagementField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId,
                StrategicManagementTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> sponsorship(String level) {
        Map<String, Object> variables = new HashMap<>();
        EXECUTIVE_SPONSOR_ID.putIn(variables, SPONSOR);
        EXECUTIVE_SPONSOR_TITLE.putIn(variables, "Phó Tổng giám đốc phụ trách phát triển kinh doanh");
        EXECUTIVE_SPONSOR_LEVEL.putIn(variables, level);
        STRATEGY_TOPIC.putIn(variables, "Có nên mở rộng sang thị trường du lịch Hạ Long trong 3 năm tới không?");
        CONFIDENTIALITY_AGREEMENT_NUMBER.putIn(variables, "NDA-2026-017");
        CONFIDENTIALITY_AGREEMENT_SIGNED_ON.putIn(variables, "2026-01-26");
        CONFIDENTIALITY_AGREEMENT_VALID_UNTIL.putIn(variables, "2029-01-26");
        return variables;
    }

    /** The student's acknowledgement; a conflict of interest when details are given. */
    static Map<String, Object> acknowledgement(String conflict) {
        Map<String, Object> variables = new HashMap<>();
        CONFIDENTIALITY_ACKNOWLEDGED.putIn(variables, true);
        CONFLICT_OF_INTEREST_DECLARED.putIn(variables, conflict != null);
        if (conflict != null) {
            CONFLICT_OF_INTEREST_DETAILS.putIn(variables, conflict);
        }
        return variables;
    }

    static Map<String, Object> decision(String decision, String safeguards) {
        Map<String, Object> variables = new HashMap<>();
        CONFLICT_DECISION.putIn(variables, decision);
        CONFLICT_SAFEGUARDS.putIn(variables, safeguards);
        return variables;
    }

    private String sponsorshipProblem(ProcessInstance instance) {
        return StrategicManagementTestEngine.variable(engine.getRuntimeService(), instance.getId(), SPONSORSHIP_PROBLEM);
    }
}
