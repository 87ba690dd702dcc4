package vn.practicum.field.digitalbusiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.HOST;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.PLACEMENT_END;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.PLACEMENT_START;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.SIGN_DATA_ACCESS_FORM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.SUBMIT_CONTRACT_FORM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_AGREEMENT_NUMBER;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_DATASETS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_LEVEL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_PURPOSE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_UNTIL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_HOST_SIGNED_ON;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_NUMBER;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_SIGNATURE_TYPE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_STUDENT_SIGNED_ON;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PERSONAL_DATA_INCLUDED;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PERSONAL_DATA_SAFEGUARDS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SIGNING_CERTIFICATE_SERIAL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SIGNING_CERTIFICATE_VALID_UNTIL;

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

/** {@code digital-business-placement}: the electronic practicum contract, then the host's data-access agreement. */
@Deployment(resources = {PLACEMENT_BPMN, SUBMIT_CONTRACT_FORM, SIGN_DATA_ACCESS_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "digital-business-placement";
    static final String HOST_SIGNED_ON = "2026-01-22";

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
    void digitallySignedContract_thenAReadOnlyAgreement_passTheChecks() {
        // given
        ProcessInstance instance = start("st-db-001");
        assertThat(instance).isWaitingAt("Task_SubmitElectronicContract");
        assertThat(task(instance)).isAssignedTo("st-db-001");

        // when
        complete(task(instance), validContract());

        // then
        assertThat(instance).hasPassed("ServiceTask_VerifyElectronicContract").isWaitingAt("Task_SignDataAccessAgreement");
        assertThat(instance).hasNotPassed("BoundaryEvent_ElectronicContractInvalid");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(instance).variables().doesNotContainKey(E_CONTRACT_PROBLEM.name());

        // when
        complete(task(instance), validAgreement());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckDataAccessAgreement", "EndEvent_FieldChecksPassed")
                .hasNotPassed("BoundaryEvent_DataAccessAgreementInvalid").isEnded();
    }

    @Test
    void aScannedSignature_sendsTheStudentBack_andOnceSignedDigitallyGoesToTheHost() {
        // given
        ProcessInstance instance = start("st-db-002");
        Map<String, Object> contract = validContract();
        E_CONTRACT_SIGNATURE_TYPE.putIn(contract, "SCANNED_SIGNATURE");

        // when
        complete(task(instance), contract);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_ElectronicContractInvalid").isWaitingAt("Task_SubmitElectronicContract");
        assertThat(task(instance)).isAssignedTo("st-db-002");
        assertThat(problem(instance, E_CONTRACT_PROBLEM)).startsWith("Hợp đồng thực tập điện tử: ký bằng ảnh chụp hoặc bản quét chữ ký tay")
                .contains(" / Electronic practicum contract: signed with a photo or scan of a handwritten signature",
                        "Law on Electronic Transactions 2023");
        assertNoIncident(instance);

        // when
        complete(task(instance), validContract());

        // then
        assertThat(instance).isWaitingAt("Task_SignDataAccessAgreement");
        assertThat(instance).variables().doesNotContainKey(E_CONTRACT_PROBLEM.name());
    }

    @Test
    void aCertificateValidUntilTheHostsSigningDay_isEnough_theDayBeforeIsNot() {
        // given
        ProcessInstance instance = start("st-db-003");
        Map<String, Object> contract = validContract();
        SIGNING_CERTIFICATE_VALID_UNTIL.putIn(contract, "2026-01-21");

        // when
        complete(task(instance), contract);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_ElectronicContractInvalid").isWaitingAt("Task_SubmitElectronicContract");
        assertThat(problem(instance, E_CONTRACT_PROBLEM)).isEqualTo("Hợp đồng thực tập điện tử: chứng thư hết hạn ngày"
                + " 2026-01-21, trước khi đơn vị tiếp nhận ký ngày 2026-01-22: chữ ký không hợp lệ / Electronic practicum"
                + " contract: the certificate expired on 2026-01-21, before the host signed on 2026-01-22: the signature is not valid");

        // when
        SIGNING_CERTIFICATE_VALID_UNTIL.putIn(contract, HOST_SIGNED_ON);
        complete(task(instance), contract);

        // then
        assertThat(instance).isWaitingAt("Task_SignDataAccessAgreement");
    }

    @Test
    void aStudentSigningAfterTheStart_andAMalformedDate_areProblems_notIncidents() {
        // given
        ProcessInstance instance = start("st-db-004");
        Map<String, Object> contract = validContract();
        E_CONTRACT_STUDENT_SIGNED_ON.putIn(contract, PLACEMENT_START.plusDays(1).toString());
        E_CONTRACT_HOST_SIGNED_ON.putIn(contract, "22/01/2026");

        // when
        complete(task(instance), contract);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_ElectronicContractInvalid").isWaitingAt("Task_SubmitElectronicContract");
        assertThat(problem(instance, E_CONTRACT_PROBLEM).lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("'22/01/2026'", "yyyy-MM-dd"))
                .anySatisfy(line -> assertThat(line).contains("the student signed on 2026-02-02, after the placement starts on 2026-02-01"));
        assertNoIncident(instance);

        // when: signing on the first day is still in time
        E_CONTRACT_STUDENT_SIGNED_ON.putIn(contract, PLACEMENT_START.toString());
        E_CONTRACT_HOST_SIGNED_ON.putIn(contract, HOST_SIGNED_ON);
        complete(task(instance), contract);

        // then
        assertThat(instance).isWaitingAt("Task_SignDataAccessAgreement");
    }

    @Test
    void personalDataWithWriteAccessAndNoSafeguards_goesBackToTheHost_andOnceFixedPasses() {
        // given
        ProcessInstance instance = start("st-db-005");
        complete(task(instance), validContract());
        Map<String, Object> agreement = validAgreement();
        DATA_ACCESS_LEVEL.putIn(agreement, "READ_WRITE");
        PERSONAL_DATA_SAFEGUARDS.putIn(agreement, " ");

        // when
        complete(task(instance), agreement);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_DataAccessAgreementInvalid").isWaitingAt("Task_SignDataAccessAgreement");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(problem(instance, DATA_ACCESS_PROBLEM).lines()).containsExactly(
                "Thỏa thuận truy cập dữ liệu: dữ liệu có dữ liệu cá nhân nhưng thiếu biện pháp bảo vệ (Luật Bảo vệ dữ liệu cá nhân"
                        + " số 91/2025/QH15) / Data-access agreement: the data includes personal data but the safeguards are"
                        + " missing (Law on Personal Data Protection 91/2025/QH15)",
                "Thỏa thuận truy cập dữ liệu: dữ liệu có dữ liệu cá nhân: sinh viên chỉ được cấp quyền chỉ đọc"
                        + " / Data-access agreement: the data includes personal data: a student gets read-only access");
        assertNoIncident(instance);

        // when
        complete(task(instance), validAgreement());

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void accessLastingPastThePlacement_isRefused_untilItsLastDayIsFine() {
        // given
        ProcessInstance instance = start("st-db-006");
        complete(task(instance), validContract());
        Map<String, Object> agreement = validAgreement();
        DATA_ACCESS_UNTIL.putIn(agreement, PLACEMENT_END.plusDays(1).toString());

        // when
        complete(task(instance), agreement);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_DataAccessAgreementInvalid").isWaitingAt("Task_SignDataAccessAgreement");
        assertThat(problem(instance, DATA_ACCESS_PROBLEM)).contains("2026-05-01", "access is for the placement only");

        // when
        DATA_ACCESS_UNTIL.putIn(agreement, PLACEMENT_END.toString());
        complete(task(instance), agreement);

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
        assertThat(instance).variables().doesNotContainKey(DATA_ACCESS_PROBLEM.name());
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-db-007");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-db-007").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_SubmitElectronicContract");
        assertThat(stage.fieldKey()).isEqualTo(DigitalBusinessField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId,
                DigitalBusinessTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> validContract() {
        Map<String, Object> variables = new HashMap<>();
        E_CONTRACT_NUMBER.putIn(variables, "HDTT-2026/0117");
        E_CONTRACT_SIGNATURE_TYPE.putIn(variables, "DIGITAL_SIGNATURE");
        E_CONTRACT_HOST_SIGNED_ON.putIn(variables, HOST_SIGNED_ON);
        E_CONTRACT_STUDENT_SIGNED_ON.putIn(variables, "2026-01-23");
        SIGNING_CERTIFICATE_SERIAL.putIn(variables, "540101019A3F7C2E");
        SIGNING_CERTIFICATE_VALID_UNTIL.putIn(variables, "2027-06-30");
        return variables;
    }

    static Map<String, Object> validAgreement() {
        Map<String, Object> variables = new HashMap<>();
        DATA_ACCESS_AGREEMENT_NUMBER.putIn(variables, "TTDL-2026-031");
        DATA_ACCESS_PURPOSE.putIn(variables, "Phân tích quy trình bán hàng, xây dựng bảng KPI");
        DATA_ACCESS_DATASETS.putIn(variables, "Đơn hàng và doanh thu 2024–2025 trên CRM");
        DATA_ACCESS_LEVEL.putIn(variables, "READ_ONLY");
        PERSONAL_DATA_INCLUDED.putIn(variables, true);
        PERSONAL_DATA_SAFEGUARDS.putIn(variables, "Che tên, số điện thoại khách hàng; tài khoản riêng có nhật ký");
        DATA_ACCESS_UNTIL.putIn(variables, "2026-04-30");
        return variables;
    }

    private String problem(ProcessInstance instance, ProcessVariable<String> variable) {
        return variable.type().cast(engine.getRuntimeService().getVariable(instance.getId(), variable.name()));
    }

    private void assertNoIncident(ProcessInstance instance) {
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }
}
