package vn.practicum.field.digitaldata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The sample answers are what a diligent student, host and mentor enter: they pass the field's own checks. */
class DigitalDataSampleAnswersTest {

    final DigitalDataSampleAnswers answers = new DigitalDataSampleAnswers();
    /** Where the demo cohorts and end-to-end tests place a student: the first of next month. */
    final LocalDate placementStart = LocalDate.now().plusMonths(1).withDayOfMonth(1);

    @Test
    void theTrainings_passTheCheck() {
        Map<String, Object> v = answers.answer("Task_SubmitTrainingRecords", "st-sample-1");

        assertThat(new TrainingRecordRules().problems(List.of(
                new TrainingRecord(TrainingKind.DATA_CLASSIFICATION, (String) v.get("dataClassificationCertificateNumber"),
                        (String) v.get("dataClassificationIssuer"), (String) v.get("dataClassificationCompletedOn"),
                        (String) v.get("dataClassificationValidUntil")),
                new TrainingRecord(TrainingKind.ARCHIVE_HANDLING, (String) v.get("archiveTrainingCertificateNumber"),
                        (String) v.get("archiveTrainingIssuer"), (String) v.get("archiveTrainingCompletedOn"),
                        (String) v.get("archiveTrainingValidUntil"))), placementStart)).isEmpty();
    }

    @Test
    void theAccessGrant_passesTheCheck() {
        Map<String, Object> v = answers.answer("Task_AuthoriseArchiveAccess", "st-sample-1");

        assertThat(new ArchiveAccessRules().problems(new ArchiveAccess((String) v.get("archiveFonds"), (String) v.get("archiveAccessScope"),
                        (String) v.get("highestDataClassification"), (Boolean) v.get("supervisedAccess"),
                        (Boolean) v.get("confidentialitySigned"), (String) v.get("confidentialitySignedOn")),
                ArchiveAccessCheckDelegate.DEFAULT_MAXIMUM, placementStart)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"st-sample-1", "st-sample-2", "st-sample-3", "dd-e2e-001"})
    void theBatch_conforms_andItsQaPasses(String studentId) {
        Map<String, Object> b = answers.answer("Task_SubmitDigitisationBatch", studentId);
        Map<String, Object> q = answers.answer("Task_ReviewBatchMetadata", studentId);

        assertThat(new DigitisationBatchRules().problems(new DigitisationBatch((String) b.get("batchCode"),
                (Number) b.get("batchFileCount"), (Number) b.get("batchPageCount"), (Number) b.get("batchImageCount"),
                (Number) b.get("batchMetadataRecordCount"), (String) b.get("batchFileFormat"), (Number) b.get("batchResolutionDpi"),
                (String) b.get("batchColourMode"), (String) b.get("batchChecksumAlgorithm"),
                (String) b.get("batchManifestReference")))).isEmpty();
        assertThat(new MetadataQaRules().evaluate(new MetadataQa((Number) q.get("metadataQaSampleSize"), (Number) q.get("metadataQaErrors"),
                        (Boolean) q.get("metadataQaAttested"), (Number) b.get("batchMetadataRecordCount")),
                MetadataQaRules.DEFAULT_MINIMUM_SAMPLE_PERCENT, MetadataQaRules.DEFAULT_MAXIMUM_ERROR_RATE_PERCENT).passed()).isTrue();
    }

    @Test
    void everyTaskOfTheFragmentsIsAnswered_andOthersAreNot() {
        for (String task : new String[] {"Task_SubmitTrainingRecords", "Task_AuthoriseArchiveAccess", "Task_SubmitDigitisationBatch",
                "Task_ReviewBatchMetadata", "Task_FinalEvaluation"}) {
            assertThat(answers.answer(task, "st-sample-1")).as(task).isNotEmpty();
        }
        assertThat(answers.answer("Task_SubmitLogbook", "st-sample-1")).isNull();
    }
}
