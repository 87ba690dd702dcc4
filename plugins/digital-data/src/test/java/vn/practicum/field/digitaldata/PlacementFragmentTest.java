package vn.practicum.field.digitaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.AUTHORISE_ACCESS_FORM;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.HOST;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.PLACEMENT_START;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.SUBMIT_TRAINING_RECORDS_FORM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_ACCESS_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_ACCESS_SCOPE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_FONDS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_CERTIFICATE_NUMBER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_COMPLETED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_ISSUER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_VALID_UNTIL;
import static vn.practicum.field.digitaldata.DigitalDataVariables.CONFIDENTIALITY_SIGNED;
import static vn.practicum.field.digitaldata.DigitalDataVariables.CONFIDENTIALITY_SIGNED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_CERTIFICATE_NUMBER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_COMPLETED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_ISSUER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_VALID_UNTIL;
import static vn.practicum.field.digitaldata.DigitalDataVariables.HIGHEST_DATA_CLASSIFICATION;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SUPERVISED_ACCESS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.TRAINING_PROBLEM;

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

/** {@code digital-data-placement}: trainings checked, then the host's grant of archive access checked. */
@Deployment(resources = {PLACEMENT_BPMN, SUBMIT_TRAINING_RECORDS_FORM, AUTHORISE_ACCESS_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "digital-data-placement";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(DigitalDataTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void validTrainings_thenSupervisedAccessToImportantData_passTheChecks() {
        // given
        ProcessInstance instance = start("st-dd-001");
        assertThat(instance).isWaitingAt("Task_SubmitTrainingRecords");
        assertThat(task(instance)).isAssignedTo("st-dd-001");

        // when
        complete(task(instance), validTrainings());

        // then
        assertThat(instance).hasPassed("ServiceTask_VerifyTrainingRecords").isWaitingAt("Task_AuthoriseArchiveAccess");
        assertThat(instance).hasNotPassed("BoundaryEvent_TrainingRecordInvalid");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(instance).variables().doesNotContainKey(TRAINING_PROBLEM.name());

        // when
        complete(task(instance), access("IMPORTANT_DATA", true));

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckArchiveAccess").hasNotPassed("BoundaryEvent_ArchiveAccessRefused");
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void aTrainingCompletedTheDayAfterWorkStarts_isSentBack_andOnceFixedGoesToTheHost() {
        // given: the archive training finished on 2 February, the placement started on the 1st
        ProcessInstance instance = start("st-dd-002");
        Map<String, Object> trainings = validTrainings();
        ARCHIVE_TRAINING_COMPLETED_ON.putIn(trainings, PLACEMENT_START.plusDays(1).toString());

        // when
        complete(task(instance), trainings);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_TrainingRecordInvalid").isWaitingAt("Task_SubmitTrainingRecords");
        assertThat(task(instance)).isAssignedTo("st-dd-002");
        assertThat(trainingProblem(instance)).isEqualTo("Chứng nhận bồi dưỡng nghiệp vụ lưu trữ: hoàn thành ngày 2026-02-02,"
                + " sau ngày bắt đầu thực tập 2026-02-01: phải học xong trước khi làm việc với tài liệu"
                + " / Archive-handling training certificate: completed on 2026-02-02, after the placement starts on 2026-02-01:"
                + " the training comes before any work on records");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when: completed on the placement's first day is enough
        ARCHIVE_TRAINING_COMPLETED_ON.putIn(trainings, PLACEMENT_START.toString());
        complete(task(instance), trainings);

        // then
        assertThat(instance).isWaitingAt("Task_AuthoriseArchiveAccess");
        assertThat(instance).variables().doesNotContainKey(TRAINING_PROBLEM.name());
    }

    @Test
    void anExpiredCertificateAndAMalformedDate_areBothListed_notAnIncident() {
        // given
        ProcessInstance instance = start("st-dd-003");
        Map<String, Object> trainings = validTrainings();
        DATA_CLASSIFICATION_VALID_UNTIL.putIn(trainings, PLACEMENT_START.minusDays(1).toString());
        ARCHIVE_TRAINING_VALID_UNTIL.putIn(trainings, "31/12/2027");

        // when
        complete(task(instance), trainings);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_TrainingRecordInvalid").isWaitingAt("Task_SubmitTrainingRecords");
        assertThat(trainingProblem(instance).lines()).hasSize(2);
        assertThat(trainingProblem(instance)).contains("expired on 2026-01-31", "'31/12/2027'", "yyyy-MM-dd");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void accessToStateSecrets_isRefused_andGoesBackToTheHost_notTheStudent_untilTheScopeExcludesThem() {
        // given
        ProcessInstance instance = start("st-dd-004");
        complete(task(instance), validTrainings());

        // when
        complete(task(instance), access("STATE_SECRET", true));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_ArchiveAccessRefused").isWaitingAt("Task_AuthoriseArchiveAccess");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(accessProblem(instance)).contains("bí mật nhà nước", "state secrets", "Law on Protection of State Secrets 2018");

        // when
        complete(task(instance), access("OTHER_DATA", false));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void coreData_isAboveWhatTheHostLetsAStudentHandle() {
        // given
        ProcessInstance instance = start("st-dd-005");
        complete(task(instance), validTrainings());

        // when
        complete(task(instance), access("CORE_DATA", true));

        // then: the task's input maximumDataClassification is IMPORTANT_DATA
        assertThat(instance).hasPassed("BoundaryEvent_ArchiveAccessRefused").isWaitingAt("Task_AuthoriseArchiveAccess");
        assertThat(accessProblem(instance)).isEqualTo("Quyền tiếp cận tài liệu: Dữ liệu cốt lõi vượt mức cao nhất đơn vị cho phép"
                + " sinh viên xử lý (Dữ liệu quan trọng) / Archive access: Core data is above what the host lets a student handle"
                + " (Important data)");
    }

    @Test
    void importantDataUnsupervised_isRefused_thenSupervisedPasses() {
        // given
        ProcessInstance instance = start("st-dd-006");
        complete(task(instance), validTrainings());

        // when
        complete(task(instance), access("IMPORTANT_DATA", false));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_ArchiveAccessRefused").isWaitingAt("Task_AuthoriseArchiveAccess");
        assertThat(accessProblem(instance)).contains("supervision of one of the host's archivists");

        // when
        complete(task(instance), access("IMPORTANT_DATA", true));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(ARCHIVE_ACCESS_PROBLEM.name()).includeDeleted().singleResult().getState()).isEqualTo("DELETED");
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-dd-007");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-dd-007").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_SubmitTrainingRecords");
        assertThat(stage.fieldKey()).isEqualTo(DigitalDataField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, DigitalDataTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> validTrainings() {
        Map<String, Object> variables = new HashMap<>();
        DATA_CLASSIFICATION_CERTIFICATE_NUMBER.putIn(variables, "PLDL-2025-0142");
        DATA_CLASSIFICATION_ISSUER.putIn(variables, "Trung tâm Dữ liệu quốc gia");
        DATA_CLASSIFICATION_COMPLETED_ON.putIn(variables, "2025-12-15");
        DATA_CLASSIFICATION_VALID_UNTIL.putIn(variables, "2027-12-15");
        ARCHIVE_TRAINING_CERTIFICATE_NUMBER.putIn(variables, "125/2025/NVLT");
        ARCHIVE_TRAINING_ISSUER.putIn(variables, "Trường Đại học Nội vụ Hà Nội");
        ARCHIVE_TRAINING_COMPLETED_ON.putIn(variables, "2026-01-10");
        ARCHIVE_TRAINING_VALID_UNTIL.putIn(variables, "2028-01-10");
        return variables;
    }

    static Map<String, Object> access(String highestClassification, boolean supervised) {
        Map<String, Object> variables = new HashMap<>();
        ARCHIVE_FONDS.putIn(variables, "Phông lưu trữ UBND xã Đồng Hỷ");
        ARCHIVE_ACCESS_SCOPE.putIn(variables, "Hồ sơ địa chính 2010–2015, hộp 1–20, tại phòng số hóa");
        HIGHEST_DATA_CLASSIFICATION.putIn(variables, highestClassification);
        SUPERVISED_ACCESS.putIn(variables, supervised);
        CONFIDENTIALITY_SIGNED.putIn(variables, true);
        CONFIDENTIALITY_SIGNED_ON.putIn(variables, "2026-01-28");
        return variables;
    }

    private String trainingProblem(ProcessInstance instance) {
        return DigitalDataTestEngine.variable(engine.getRuntimeService(), instance.getId(), TRAINING_PROBLEM);
    }

    private String accessProblem(ProcessInstance instance) {
        return DigitalDataTestEngine.variable(engine.getRuntimeService(), instance.getId(), ARCHIVE_ACCESS_PROBLEM);
    }
}
