package vn.practicum.field.digitaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.HOST;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.MENTOR;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.MENTORING_BPMN;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.REVIEW_METADATA_FORM;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.SUBMIT_BATCH_FORM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_CHECKSUM_ALGORITHM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_CODE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_COLOUR_MODE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_FILE_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_FILE_FORMAT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_IMAGE_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_MANIFEST_REFERENCE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_METADATA_RECORD_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_PAGE_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_RESOLUTION_DPI;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_ERROR_RATE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_ATTESTED;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_COMMENT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_ERRORS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_SAMPLE_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_SAMPLE_SIZE;

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

/** {@code digital-data-mentoring}: a digitisation batch checked, then its metadata QA on a sample signed off. */
@Deployment(resources = {MENTORING_BPMN, SUBMIT_BATCH_FORM, REVIEW_METADATA_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "digital-data-mentoring";

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
    void aConformingBatch_whoseSampleHasNoError_isSignedOff() {
        // given
        ProcessInstance instance = start("st-dd-m01");
        assertThat(instance).isWaitingAt("Task_SubmitDigitisationBatch");
        assertThat(task(instance)).isAssignedTo("st-dd-m01");

        // when
        complete(task(instance), batch());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckDigitisationBatch").isWaitingAt("Task_ReviewBatchMetadata");
        assertThat(instance).hasNotPassed("BoundaryEvent_BatchNonConformant");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(DigitalDataTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when: 5 of 40 records checked (at least 4 needed), none in error
        complete(task(instance), qa(5, 0));

        // then
        assertThat(instance).hasPassed("ServiceTask_EvaluateMetadataQa")
                .hasNotPassed("BoundaryEvent_QaSampleInvalid", "BoundaryEvent_MetadataQaFailed");
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(METADATA_ERROR_RATE.name()).singleResult().getValue()).isEqualTo(0.0);
    }

    @Test
    void aGreyscaleBatchAt150DpiWithPagesMissing_isSentBack_thenRescannedGoesToTheMentor() {
        // given
        ProcessInstance instance = start("st-dd-m02");
        Map<String, Object> batch = batch();
        BATCH_COLOUR_MODE.putIn(batch, "GREYSCALE");
        BATCH_RESOLUTION_DPI.putIn(batch, 150);
        BATCH_IMAGE_COUNT.putIn(batch, 1_190);

        // when
        complete(task(instance), batch);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_BatchNonConformant").isWaitingAt("Task_SubmitDigitisationBatch");
        assertThat(batchProblem(instance).lines()).hasSize(3);
        assertThat(batchProblem(instance)).contains("1190 of 1200 pages digitised", "150 dpi", "greyscale", "Thông tư 02/2019/TT-BNV");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when
        complete(task(instance), batch());

        // then
        assertThat(instance).isWaitingAt("Task_ReviewBatchMetadata");
        assertThat(instance).variables().doesNotContainKey(BATCH_PROBLEM.name());
    }

    @Test
    void aSampleTooSmall_goesBackToTheMentor_notTheStudent() {
        // given
        ProcessInstance instance = start("st-dd-m03");
        complete(task(instance), batch());

        // when: 3 of 40 records checked, 4 needed
        complete(task(instance), qa(3, 0));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_QaSampleInvalid").isWaitingAt("Task_ReviewBatchMetadata");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(DigitalDataTestEngine.variable(engine.getRuntimeService(), instance.getId(), METADATA_QA_SAMPLE_PROBLEM))
                .isEqualTo("Kiểm tra mẫu siêu dữ liệu: mẫu 3 bản ghi quá nhỏ: cần ít nhất 4 trên 40 bản ghi (10%)"
                        + " / Metadata QA: a sample of 3 records is too small: at least 4 of 40 records (10%)");

        // when
        complete(task(instance), qa(4, 0));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void tooManyRecordsInError_sendTheBatchBackToTheStudent_whoCorrectsIt_andTheMentorSignsItOff() {
        // given
        ProcessInstance instance = start("st-dd-m04");
        complete(task(instance), batch());

        // when: 2 of 20 records in error, 10% > 2%
        complete(task(instance), qa(20, 2));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_MetadataQaFailed").isWaitingAt("Task_SubmitDigitisationBatch");
        assertThat(task(instance)).isAssignedTo("st-dd-m04");
        assertThat(batchProblem(instance)).isEqualTo("Kiểm tra mẫu siêu dữ liệu: 2 trên 20 bản ghi kiểm tra có lỗi (10.0%),"
                + " vượt mức cho phép 2%: rà soát và sửa siêu dữ liệu của cả lô rồi nộp lại"
                + " / Metadata QA: 2 of 20 records checked are in error (10.0%), above the 2% allowed:"
                + " review and correct the whole batch's metadata, then submit it again");
        assertThat(instance).variables().containsEntry(METADATA_ERROR_RATE.name(), 10.0)
                .containsEntry(METADATA_QA_COMMENT.name(), "Sai ngày văn bản ở hồ sơ 7 và 19");

        // when: corrected, resubmitted, checked again
        complete(task(instance), batch());
        assertThat(instance).isWaitingAt("Task_ReviewBatchMetadata");
        complete(task(instance), qa(20, 0));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void oneErrorInFifty_isExactlyTheTwoPercentAllowed_andPasses() {
        // given: a batch of 50 files
        ProcessInstance instance = start("st-dd-m05");
        Map<String, Object> batch = batch();
        BATCH_FILE_COUNT.putIn(batch, 50);
        BATCH_METADATA_RECORD_COUNT.putIn(batch, 50);
        complete(task(instance), batch);

        // when
        complete(task(instance), qa(50, 1));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void theFragmentSetsOnlyItsOwnVariables_neverTheLifecycles() {
        // given: the lifecycle's variables as practicum-mentoring passes them down, logbooks being counted meanwhile
        Map<String, Object> given = DigitalDataTestEngine.fragmentVariables("st-dd-m06");
        PracticumVariables.LOGBOOK_NUMBER.putIn(given, 2);

        // when: through every loop of the fragment
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-dd-m06", given);
        Map<String, Object> unscanned = batch();
        BATCH_IMAGE_COUNT.putIn(unscanned, 0);
        complete(task(instance), unscanned);
        complete(task(instance), batch());
        complete(task(instance), qa(1, 0));
        complete(task(instance), qa(10, 5));
        complete(task(instance), batch());
        complete(task(instance), qa(10, 0));

        // then: what it was given comes back unchanged (camunda:out variables="all"), and all else is the field's own
        assertThat(instance).isEnded();
        Set<String> own = DigitalDataTestEngine.fieldVariableNames();
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

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, DigitalDataTestEngine.fragmentVariables(studentId));
    }

    /** 40 land-registry files, 1,200 pages, all digitised in colour PDF/A at 300 dpi, all described, SHA-256 manifest. */
    static Map<String, Object> batch() {
        Map<String, Object> variables = new HashMap<>();
        BATCH_CODE.putIn(variables, "DH-DC-2026-01");
        BATCH_FILE_COUNT.putIn(variables, 40);
        BATCH_PAGE_COUNT.putIn(variables, 1_200);
        BATCH_IMAGE_COUNT.putIn(variables, 1_200);
        BATCH_METADATA_RECORD_COUNT.putIn(variables, 40);
        BATCH_FILE_FORMAT.putIn(variables, "PDF_A");
        BATCH_RESOLUTION_DPI.putIn(variables, 300);
        BATCH_COLOUR_MODE.putIn(variables, "COLOUR");
        BATCH_CHECKSUM_ALGORITHM.putIn(variables, "SHA_256");
        BATCH_MANIFEST_REFERENCE.putIn(variables, "\\\\nas-dong-hy\\so-hoa\\DH-DC-2026-01\\manifest.csv");
        return variables;
    }

    static Map<String, Object> qa(int sampleSize, int errors) {
        Map<String, Object> variables = new HashMap<>();
        METADATA_QA_SAMPLE_SIZE.putIn(variables, sampleSize);
        METADATA_QA_ERRORS.putIn(variables, errors);
        METADATA_QA_ATTESTED.putIn(variables, true);
        METADATA_QA_COMMENT.putIn(variables, errors == 0 ? "Khớp bản gốc" : "Sai ngày văn bản ở hồ sơ 7 và 19");
        return variables;
    }

    private String batchProblem(ProcessInstance instance) {
        return DigitalDataTestEngine.variable(engine.getRuntimeService(), instance.getId(), BATCH_PROBLEM);
    }
}
