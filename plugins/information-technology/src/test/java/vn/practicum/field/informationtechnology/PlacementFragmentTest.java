package vn.practicum.field.informationtechnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.HOST;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.PLACEMENT_START;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.SIGN_NDA_FORM;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.SUBMIT_TRAINING_CERTIFICATES_FORM;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.ACCESS_RIGHTS;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CERTIFICATE_PROBLEM;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_CERTIFICATE_NUMBER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_ISSUER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_VALID_UNTIL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.NDA_SIGNED;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.NDA_SIGNED_ON;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_CERTIFICATE_NUMBER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_ISSUER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_VALID_UNTIL;

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

/** {@code information-technology-placement}: training certificates, then NDA and access rights. */
@Deployment(resources = {PLACEMENT_BPMN, SUBMIT_TRAINING_CERTIFICATES_FORM, SIGN_NDA_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "information-technology-placement";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InformationTechnologyTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void validCertificates_goToTheHostForTheNda_thenTheChecksPass() {
        // given
        ProcessInstance instance = start("st-it-001");
        assertThat(instance).isWaitingAt("Task_SubmitTrainingCertificates");
        assertThat(task(instance)).isAssignedTo("st-it-001");

        // when
        complete(task(instance), validCertificates());

        // then
        assertThat(instance).hasPassed("ServiceTask_VerifyTrainingCertificates").isWaitingAt("Task_SignNdaAndAccessRights");
        assertThat(instance).hasNotPassed("BoundaryEvent_CertificateInvalid");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(instance).variables().doesNotContainKey(CERTIFICATE_PROBLEM.name());

        // when
        complete(task(instance), ndaSigned(true));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void expiredCertificate_sendsTheStudentBack_andOnceFixedProceedsToTheNda() {
        // given: the personal-data certificate ran out the day before the placement starts
        ProcessInstance instance = start("st-it-002");
        Map<String, Object> certificates = validCertificates();
        PERSONAL_DATA_VALID_UNTIL.putIn(certificates, PLACEMENT_START.minusDays(1).toString());

        // when
        complete(task(instance), certificates);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_CertificateInvalid").isWaitingAt("Task_SubmitTrainingCertificates");
        assertThat(task(instance)).isAssignedTo("st-it-002");
        String problem = certificateProblem(instance);
        assertThat(problem).contains("Chứng chỉ đào tạo bảo vệ dữ liệu cá nhân", "hết hạn", "2026-01-31", "expired")
                .doesNotContain("an ninh mạng");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when: the student enters the renewed certificate
        PERSONAL_DATA_VALID_UNTIL.putIn(certificates, "2027-01-31");
        complete(task(instance), certificates);

        // then
        assertThat(instance).isWaitingAt("Task_SignNdaAndAccessRights");
        assertThat(instance).variables().doesNotContainKey(CERTIFICATE_PROBLEM.name());
    }

    @Test
    void missingIssuer_isACertificateProblem() {
        // given
        ProcessInstance instance = start("st-it-003");
        Map<String, Object> certificates = validCertificates();
        CYBERSECURITY_ISSUER.putIn(certificates, "   ");

        // when
        complete(task(instance), certificates);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_CertificateInvalid").isWaitingAt("Task_SubmitTrainingCertificates");
        assertThat(certificateProblem(instance))
                .isEqualTo("Chứng chỉ đào tạo an ninh mạng: thiếu đơn vị cấp chứng chỉ"
                        + " / Cybersecurity training certificate: the issuer is missing");
    }

    @Test
    void malformedDate_isACertificateProblem_notAnIncident() {
        // given: a date typed the Vietnamese way instead of yyyy-MM-dd
        ProcessInstance instance = start("st-it-004");
        Map<String, Object> certificates = validCertificates();
        CYBERSECURITY_VALID_UNTIL.putIn(certificates, "31/12/2026");

        // when
        complete(task(instance), certificates);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_CertificateInvalid").isWaitingAt("Task_SubmitTrainingCertificates");
        assertThat(certificateProblem(instance)).contains("'31/12/2026'", "yyyy-MM-dd", "không phải ngày hợp lệ", "not a valid date");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void everyProblemOfBothCertificates_isListed() {
        // given: nothing usable on either certificate
        ProcessInstance instance = start("st-it-005");
        Map<String, Object> certificates = new HashMap<>();
        CYBERSECURITY_CERTIFICATE_NUMBER.putIn(certificates, "??");
        CYBERSECURITY_VALID_UNTIL.putIn(certificates, "2026-02-30");
        PERSONAL_DATA_ISSUER.putIn(certificates, "");

        // when
        complete(task(instance), certificates);

        // then: cybersecurity: number, issuer, date; personal data: number, issuer, date
        assertThat(certificateProblem(instance).lines()).hasSize(6).allMatch(line -> line.contains(" / "));
    }

    @Test
    void ndaNotSigned_keepsTheTaskWithTheHost() {
        // given
        ProcessInstance instance = start("st-it-006");
        complete(task(instance), validCertificates());

        // when
        complete(task(instance), ndaSigned(false));

        // then
        assertThat(instance).isWaitingAt("Task_SignNdaAndAccessRights").hasNotPassed("EndEvent_FieldChecksPassed");

        // when
        complete(task(instance), ndaSigned(true));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-it-007");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-it-007").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_SubmitTrainingCertificates");
        assertThat(stage.fieldKey()).isEqualTo(InformationTechnologyField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId,
                InformationTechnologyTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> validCertificates() {
        Map<String, Object> variables = new HashMap<>();
        CYBERSECURITY_CERTIFICATE_NUMBER.putIn(variables, "125/2025/ATTT");
        CYBERSECURITY_ISSUER.putIn(variables, "Trung tâm Giám sát an toàn không gian mạng quốc gia");
        CYBERSECURITY_VALID_UNTIL.putIn(variables, "2027-01-31");
        PERSONAL_DATA_CERTIFICATE_NUMBER.putIn(variables, "BVDLCN-2025-0088");
        PERSONAL_DATA_ISSUER.putIn(variables, "Trường Đại học FPT");
        PERSONAL_DATA_VALID_UNTIL.putIn(variables, "2026-12-31");
        return variables;
    }

    static Map<String, Object> ndaSigned(boolean signed) {
        Map<String, Object> variables = new HashMap<>();
        NDA_SIGNED.putIn(variables, signed);
        NDA_SIGNED_ON.putIn(variables, "2026-01-28");
        ACCESS_RIGHTS.putIn(variables, "Tài khoản hỗ trợ VNeID; chỉ đọc hệ thống quản lý văn bản của xã");
        return variables;
    }

    private String certificateProblem(ProcessInstance instance) {
        return CERTIFICATE_PROBLEM.type().cast(
                engine.getRuntimeService().getVariable(instance.getId(), CERTIFICATE_PROBLEM.name()));
    }
}
