package vn.practicum.field.fintech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.fintech.FintechTestEngine.GRANT_SANDBOX_ACCESS_FORM;
import static vn.practicum.field.fintech.FintechTestEngine.HOST;
import static vn.practicum.field.fintech.FintechTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.fintech.FintechTestEngine.PLACEMENT_END;
import static vn.practicum.field.fintech.FintechTestEngine.PLACEMENT_START;
import static vn.practicum.field.fintech.FintechTestEngine.SUBMIT_AML_TRAINING_FORM;
import static vn.practicum.field.fintech.FintechVariables.AML_ATTESTATION_NUMBER;
import static vn.practicum.field.fintech.FintechVariables.AML_ATTESTATION_VALID_UNTIL;
import static vn.practicum.field.fintech.FintechVariables.AML_TEST_SCORE;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_CONFIDENTIALITY;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_CUSTOMER_DUE_DILIGENCE;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_SUSPICIOUS_TRANSACTIONS;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_COMPLETED_ON;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_PROVIDER;
import static vn.practicum.field.fintech.FintechVariables.PRODUCTION_ACCESS_EXCLUDED;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_FROM;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_UNTIL;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCOUNT;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_DATA_SCOPE;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ENVIRONMENT;

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
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StudentStage;

/** {@code fintech-placement}: the AML/KYC training attestation, then sandbox-only access granted by the host. */
@Deployment(resources = {PLACEMENT_BPMN, SUBMIT_AML_TRAINING_FORM, GRANT_SANDBOX_ACCESS_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "fintech-placement";
    static final String TRAINING_COMPLETED_ON = "2026-01-20";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(FintechTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void validAttestation_thenSandboxOnlyAccess_passTheChecks() {
        // given
        ProcessInstance instance = start("st-ft-001");
        assertThat(instance).isWaitingAt("Task_SubmitAmlTrainingAttestation");
        assertThat(task(instance)).isAssignedTo("st-ft-001");

        // when
        complete(task(instance), validAttestation());

        // then
        assertThat(instance).hasPassed("ServiceTask_VerifyAmlTrainingAttestation").isWaitingAt("Task_GrantSandboxAccess");
        assertThat(instance).hasNotPassed("BoundaryEvent_AmlTrainingInvalid");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(instance).variables().doesNotContainKey(AML_TRAINING_PROBLEM.name());

        // when
        complete(task(instance), validAccess());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckSandboxAccess", "EndEvent_FieldChecksPassed")
                .hasNotPassed("BoundaryEvent_SandboxAccessRefused").isEnded();
    }

    @Test
    void attestationExpiredTheDayBeforeThePlacement_sendsTheStudentBack_andOnceRenewedGoesToTheHost() {
        // given
        ProcessInstance instance = start("st-ft-002");
        Map<String, Object> attestation = validAttestation();
        AML_ATTESTATION_VALID_UNTIL.putIn(attestation, PLACEMENT_START.minusDays(1).toString());

        // when
        complete(task(instance), attestation);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_AmlTrainingInvalid").isWaitingAt("Task_SubmitAmlTrainingAttestation");
        assertThat(task(instance)).isAssignedTo("st-ft-002");
        assertThat(problem(instance, AML_TRAINING_PROBLEM))
                .isEqualTo("Xác nhận đào tạo phòng, chống rửa tiền (AML/KYC): xác nhận đã hết hiệu lực ngày 2026-01-31,"
                        + " trước ngày bắt đầu thực tập 2026-02-01"
                        + " / AML/KYC training attestation: the attestation expired on 2026-01-31,"
                        + " before the placement starts on 2026-02-01");
        assertNoIncident(instance);

        // when: the student renews the training's attestation
        AML_ATTESTATION_VALID_UNTIL.putIn(attestation, PLACEMENT_START.toString());
        complete(task(instance), attestation);

        // then: valid until the placement's first day is enough
        assertThat(instance).isWaitingAt("Task_GrantSandboxAccess");
        assertThat(instance).variables().doesNotContainKey(AML_TRAINING_PROBLEM.name());
    }

    @Test
    void aTopicNotCovered_andAScoreBelowTheTasksPassMark_areBothListed() {
        // given: the task's input sets the pass mark at 80
        ProcessInstance instance = start("st-ft-003");
        Map<String, Object> attestation = validAttestation();
        AML_TOPIC_SUSPICIOUS_TRANSACTIONS.putIn(attestation, false);
        AML_TEST_SCORE.putIn(attestation, 79.5);

        // when
        complete(task(instance), attestation);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_AmlTrainingInvalid").isWaitingAt("Task_SubmitAmlTrainingAttestation");
        assertThat(problem(instance, AML_TRAINING_PROBLEM).lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("báo cáo giao dịch đáng ngờ", "reporting suspicious transactions"))
                .anySatisfy(line -> assertThat(line).contains("79.5", "80", "below the host's pass mark"));

        // when
        AML_TOPIC_SUSPICIOUS_TRANSACTIONS.putIn(attestation, true);
        AML_TEST_SCORE.putIn(attestation, 80);
        complete(task(instance), attestation);

        // then
        assertThat(instance).isWaitingAt("Task_GrantSandboxAccess");
    }

    @Test
    void malformedDates_andAWordForAScore_areProblems_notIncidents() {
        // given: dates typed the Vietnamese way, and a score sent as text through the REST API
        ProcessInstance instance = start("st-ft-004");
        Map<String, Object> attestation = validAttestation();
        AML_TRAINING_COMPLETED_ON.putIn(attestation, "20/01/2026");
        AML_ATTESTATION_VALID_UNTIL.putIn(attestation, "2027-02-30");
        attestation.put(AML_TEST_SCORE.name(), "tám mươi");

        // when
        complete(task(instance), attestation);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_AmlTrainingInvalid").isWaitingAt("Task_SubmitAmlTrainingAttestation");
        assertThat(problem(instance, AML_TRAINING_PROBLEM).lines()).hasSize(3).allMatch(line -> line.contains(" / "));
        assertThat(problem(instance, AML_TRAINING_PROBLEM)).contains("'20/01/2026'", "'2027-02-30'", "yyyy-MM-dd",
                "must be from 0 to 100");
        assertNoIncident(instance);
    }

    @Test
    void accessStartingBeforeTheTraining_goesBackToTheHost_andOnceMovedPasses() {
        // given: the training was completed on 20 January; the host opens the account on 15 January
        ProcessInstance instance = start("st-ft-005");
        complete(task(instance), validAttestation());
        Map<String, Object> access = validAccess();
        SANDBOX_ACCESS_FROM.putIn(access, "2026-01-15");

        // when
        complete(task(instance), access);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_SandboxAccessRefused").isWaitingAt("Task_GrantSandboxAccess");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(problem(instance, SANDBOX_ACCESS_PROBLEM))
                .isEqualTo("Quyền truy cập môi trường thử nghiệm (sandbox): truy cập bắt đầu ngày 2026-01-15,"
                        + " trước khi hoàn thành đào tạo AML/KYC ngày 2026-01-20"
                        + " / Sandbox access: access starts on 2026-01-15, before the AML/KYC training was completed on 2026-01-20");
        assertNoIncident(instance);

        // when: access from the day of the training is enough
        SANDBOX_ACCESS_FROM.putIn(access, TRAINING_COMPLETED_ON);
        complete(task(instance), access);

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void liveDataASharedAccountAndProductionAccess_areEachRefused() {
        // given
        ProcessInstance instance = start("st-ft-006");
        complete(task(instance), validAttestation());
        Map<String, Object> access = validAccess();
        SANDBOX_DATA_SCOPE.putIn(access, "LIVE");
        SANDBOX_ACCOUNT.putIn(access, "admin");
        PRODUCTION_ACCESS_EXCLUDED.putIn(access, false);

        // when
        complete(task(instance), access);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_SandboxAccessRefused").isWaitingAt("Task_GrantSandboxAccess");
        assertThat(problem(instance, SANDBOX_ACCESS_PROBLEM).lines()).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("'admin'", "shared or administrator account"))
                .anySatisfy(line -> assertThat(line).contains("'LIVE'", "never live customer data"))
                .anySatisfy(line -> assertThat(line).contains("no access to production systems"));
    }

    @Test
    void accessLastingPastThePlacement_isRefused() {
        // given
        ProcessInstance instance = start("st-ft-007");
        complete(task(instance), validAttestation());
        Map<String, Object> access = validAccess();
        SANDBOX_ACCESS_UNTIL.putIn(access, PLACEMENT_END.plusDays(1).toString());

        // when
        complete(task(instance), access);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_SandboxAccessRefused").isWaitingAt("Task_GrantSandboxAccess");
        assertThat(problem(instance, SANDBOX_ACCESS_PROBLEM)).contains("2026-05-01", "2026-04-30", "access is for the placement only");

        // when
        SANDBOX_ACCESS_UNTIL.putIn(access, PLACEMENT_END.toString());
        complete(task(instance), access);

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
        assertThat(instance).variables().doesNotContainKey(SANDBOX_ACCESS_PROBLEM.name());
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-ft-008");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-ft-008").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_SubmitAmlTrainingAttestation");
        assertThat(stage.fieldKey()).isEqualTo(FintechField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, FintechTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> validAttestation() {
        Map<String, Object> variables = new HashMap<>();
        AML_ATTESTATION_NUMBER.putIn(variables, "AML-2026-0042");
        AML_TRAINING_PROVIDER.putIn(variables, "Học viện Ngân hàng");
        AML_TRAINING_COMPLETED_ON.putIn(variables, TRAINING_COMPLETED_ON);
        AML_ATTESTATION_VALID_UNTIL.putIn(variables, "2027-01-19");
        AML_TOPIC_CUSTOMER_DUE_DILIGENCE.putIn(variables, true);
        AML_TOPIC_SUSPICIOUS_TRANSACTIONS.putIn(variables, true);
        AML_TOPIC_CONFIDENTIALITY.putIn(variables, true);
        AML_TEST_SCORE.putIn(variables, 92);
        return variables;
    }

    static Map<String, Object> validAccess() {
        Map<String, Object> variables = new HashMap<>();
        SANDBOX_ENVIRONMENT.putIn(variables, "Sandbox API chấm điểm tín dụng");
        SANDBOX_ACCOUNT.putIn(variables, "sbx.tran.thi.b");
        SANDBOX_DATA_SCOPE.putIn(variables, "MASKED");
        PRODUCTION_ACCESS_EXCLUDED.putIn(variables, true);
        SANDBOX_ACCESS_FROM.putIn(variables, "2026-01-26");
        SANDBOX_ACCESS_UNTIL.putIn(variables, "2026-04-30");
        return variables;
    }

    private String problem(ProcessInstance instance, ProcessVariable<String> variable) {
        return variable.type().cast(engine.getRuntimeService().getVariable(instance.getId(), variable.name()));
    }

    private void assertNoIncident(ProcessInstance instance) {
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }
}
