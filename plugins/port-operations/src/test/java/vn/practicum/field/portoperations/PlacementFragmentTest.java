package vn.practicum.field.portoperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.ASSIGN_WORK_AREA_FORM;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.HOST;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.PLACEMENT_START;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.RECORD_SECURITY_INDUCTION_FORM;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.SUBMIT_SAFETY_CERTIFICATE_FORM;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.incidents;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.variable;
import static vn.practicum.field.portoperations.PortOperationsVariables.PORT_WORK_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_ISSUED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_NUMBER;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_PROBLEM;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_VALID_UNTIL;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_ZONE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_ISSUER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_NUMBER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_PROBLEM;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_VALID_UNTIL;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_COMPLETED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_GROUP;
import static vn.practicum.field.portoperations.PortOperationsVariables.SECURITY_INDUCTION_COMPLETED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.WORK_ASSIGNMENT;

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

/** {@code port-operations-placement}: work area, occupational-safety training, security induction and restricted-area pass. */
@Deployment(resources = {PLACEMENT_BPMN, ASSIGN_WORK_AREA_FORM, SUBMIT_SAFETY_CERTIFICATE_FORM, RECORD_SECURITY_INDUCTION_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "port-operations-placement";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PortOperationsTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void quayWork_withAGroup3SafetyCard_thenInductedAndPassIssued_passes() {
        // given
        ProcessInstance instance = start("st-port-001");
        assertThat(instance).isWaitingAt("Task_AssignPortWorkArea");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));

        // when
        complete(task(instance), workArea("QUAY_AND_YARD"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitSafetyCertificate");
        assertThat(task(instance)).isAssignedTo("st-port-001");

        // when
        complete(task(instance), safetyCertificate("3", "2025-12-15", "2027-12-15"));

        // then
        assertThat(instance).hasPassed("ServiceTask_VerifySafetyCertificate").hasNotPassed("BoundaryEvent_SafetyCertificateInvalid")
                .isWaitingAt("Task_RecordSecurityInduction");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(instance).variables().doesNotContainKey(SAFETY_CERTIFICATE_PROBLEM.name());

        // when
        complete(task(instance), induction("QUAY_AND_YARD", "2026-01-26", "2026-01-27"));

        // then
        assertThat(instance).hasPassed("ServiceTask_VerifyRestrictedAreaPass").hasNotPassed("BoundaryEvent_RestrictedAreaPassInvalid")
                .hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void controlCentreWork_acceptsGroup4Training() {
        // given
        ProcessInstance instance = start("st-port-002");
        complete(task(instance), workArea("CONTROL_CENTRE"));

        // when
        complete(task(instance), safetyCertificate("4", "2026-01-10", "2027-01-10"));

        // then
        assertThat(instance).isWaitingAt("Task_RecordSecurityInduction");
    }

    @Test
    void group4ForQuayWork_sendsTheStudentBack_andAGroup3CardProceeds() {
        // given
        ProcessInstance instance = start("st-port-003");
        complete(task(instance), workArea("QUAY_AND_YARD"));

        // when
        complete(task(instance), safetyCertificate("4", "2026-01-10", "2027-01-10"));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_SafetyCertificateInvalid").isWaitingAt("Task_SubmitSafetyCertificate");
        assertThat(task(instance)).isAssignedTo("st-port-003");
        assertThat(variable(engine, instance, SAFETY_CERTIFICATE_PROBLEM)).contains(
                "không phù hợp công việc tại cầu cảng và bãi", "cần nhóm 3 (thẻ an toàn)",
                "does not fit work at the quays and yards", "it needs group 3 (safety card) (Decree 44/2016/ND-CP)");
        assertThat(incidents(engine, instance)).isZero();

        // when
        complete(task(instance), safetyCertificate("3", "2026-01-10", "2028-01-10"));

        // then
        assertThat(instance).isWaitingAt("Task_RecordSecurityInduction");
        assertThat(instance).variables().doesNotContainKey(SAFETY_CERTIFICATE_PROBLEM.name());
    }

    @Test
    void aCardExpiredTheDayBeforeThePlacement_isPeriodicTrainingDue() {
        // given
        ProcessInstance instance = start("st-port-004");
        complete(task(instance), workArea("QUAY_AND_YARD"));

        // when
        complete(task(instance), safetyCertificate("3", "2024-01-31", PLACEMENT_START.minusDays(1).toString()));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitSafetyCertificate");
        assertThat(variable(engine, instance, SAFETY_CERTIFICATE_PROBLEM)).isEqualTo(
                "Chứng nhận huấn luyện an toàn, vệ sinh lao động: chứng nhận đã hết hạn ngày 2026-01-31, trước ngày bắt đầu thực tập"
                        + " 2026-02-01: cần huấn luyện định kỳ / Occupational-safety training certificate: the certificate expired on"
                        + " 2026-01-31, before the placement starts on 2026-02-01: periodic training is due");
    }

    @Test
    void malformedDates_areProblemsForTheStudent_notIncidents() {
        // given
        ProcessInstance instance = start("st-port-005");
        complete(task(instance), workArea("QUAY_AND_YARD"));

        // when
        complete(task(instance), safetyCertificate("3", "15/12/2025", "2027-02-29"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitSafetyCertificate");
        assertThat(variable(engine, instance, SAFETY_CERTIFICATE_PROBLEM).lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("yyyy-MM-dd"));
        assertThat(incidents(engine, instance)).isZero();
    }

    @Test
    void aPassIssuedBeforeTheInduction_goesBackToTheHost_andOnceReissuedPasses() {
        // given
        ProcessInstance instance = start("st-port-006");
        complete(task(instance), workArea("QUAY_AND_YARD"));
        complete(task(instance), safetyCertificate("3", "2025-12-15", "2027-12-15"));

        // when
        complete(task(instance), induction("QUAY_AND_YARD", "2026-01-27", "2026-01-20"));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_RestrictedAreaPassInvalid").isWaitingAt("Task_RecordSecurityInduction");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(variable(engine, instance, RESTRICTED_AREA_PASS_PROBLEM)).isEqualTo(
                "Thẻ ra vào khu vực hạn chế: thẻ cấp ngày 2026-01-20, trước khi sinh viên được phổ biến an ninh (2026-01-27)"
                        + " / Restricted-area pass: the pass was issued on 2026-01-20, before the security induction (2026-01-27)");

        // when
        complete(task(instance), induction("QUAY_AND_YARD", "2026-01-27", "2026-01-28"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void aPassForTheControlCentreOnly_doesNotOpenTheQuays() {
        // given
        ProcessInstance instance = start("st-port-007");
        complete(task(instance), workArea("QUAY_AND_YARD"));
        complete(task(instance), safetyCertificate("3", "2025-12-15", "2027-12-15"));

        // when
        complete(task(instance), induction("CONTROL_CENTRE", "2026-01-26", "2026-01-27"));

        // then
        assertThat(instance).isWaitingAt("Task_RecordSecurityInduction");
        assertThat(variable(engine, instance, RESTRICTED_AREA_PASS_PROBLEM))
                .contains("the pass opens only the control-centre area, the student works at the quays and yards");

        // when: a pass for all operational areas
        complete(task(instance), induction("ALL_OPERATIONAL_AREAS", "2026-01-26", "2026-01-27"));

        // then
        assertThat(instance).isEnded();
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-port-008");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-port-008").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_AssignPortWorkArea");
        assertThat(stage.fieldKey()).isEqualTo(PortOperationsField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, PortOperationsTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> workArea(String area) {
        Map<String, Object> variables = new HashMap<>();
        PORT_WORK_AREA.putIn(variables, area);
        WORK_ASSIGNMENT.putIn(variables, "Giám sát xếp dỡ container tại cầu tàu số 2, ca 8 giờ luân phiên");
        return variables;
    }

    static Map<String, Object> safetyCertificate(String group, String completedOn, String validUntil) {
        Map<String, Object> variables = new HashMap<>();
        SAFETY_TRAINING_GROUP.putIn(variables, group);
        SAFETY_CERTIFICATE_NUMBER.putIn(variables, "125/2025/ATLĐ-N" + group);
        SAFETY_CERTIFICATE_ISSUER.putIn(variables, "Trung tâm Huấn luyện an toàn lao động Hải Phòng");
        SAFETY_TRAINING_COMPLETED_ON.putIn(variables, completedOn);
        SAFETY_CERTIFICATE_VALID_UNTIL.putIn(variables, validUntil);
        return variables;
    }

    static Map<String, Object> induction(String zone, String inductedOn, String passIssuedOn) {
        Map<String, Object> variables = new HashMap<>();
        SECURITY_INDUCTION_COMPLETED_ON.putIn(variables, inductedOn);
        RESTRICTED_AREA_PASS_NUMBER.putIn(variables, "TV-KVHC-2026-0412");
        RESTRICTED_AREA_PASS_ZONE.putIn(variables, zone);
        RESTRICTED_AREA_PASS_ISSUED_ON.putIn(variables, passIssuedOn);
        RESTRICTED_AREA_PASS_VALID_UNTIL.putIn(variables, "2026-04-30");
        return variables;
    }
}
