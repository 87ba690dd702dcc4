package vn.practicum.field.digitaldata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_ACCESS_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_ACCESS_SCOPE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_FONDS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_CERTIFICATE_NUMBER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_COMPLETED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_ISSUER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_VALID_UNTIL;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_METADATA_RECORD_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.CONFIDENTIALITY_SIGNED;
import static vn.practicum.field.digitaldata.DigitalDataVariables.CONFIDENTIALITY_SIGNED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_CERTIFICATE_NUMBER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_COMPLETED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_ISSUER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_VALID_UNTIL;
import static vn.practicum.field.digitaldata.DigitalDataVariables.HIGHEST_DATA_CLASSIFICATION;
import static vn.practicum.field.digitaldata.DigitalDataVariables.MAXIMUM_DATA_CLASSIFICATION;
import static vn.practicum.field.digitaldata.DigitalDataVariables.MAXIMUM_ERROR_RATE_PERCENT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_ERROR_RATE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_ATTESTED;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_ERRORS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_SAMPLE_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_SAMPLE_SIZE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.MINIMUM_SAMPLE_PERCENT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SUPERVISED_ACCESS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.TRAINING_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.TRAINING_VALID_ON;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' own work: the days and limits they check against, what they set, how bad input comes back. */
class CheckDelegatesTest {

    final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void trainings_areCheckedAgainstTheTasksInput_whenItHasOne() {
        // given: valid until 31 March; the input asks for validity on 30 April
        trainingsValidUntil("2026-03-31");
        when(execution.getVariable(TRAINING_VALID_ON.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when / then
        assertThatThrownBy(() -> trainingCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            assertThat(error.getErrorCode()).isEqualTo(TrainingRecordCheckDelegate.ERROR_TRAINING_RECORD_INVALID);
            assertThat(error.getMessage()).contains("2026-04-30");
        });
        verify(execution).setVariable(eq(TRAINING_PROBLEM.name()), contains("2026-04-30"));
    }

    @Test
    void trainings_areCheckedAgainstThePlacementStart_withoutAnInput() throws Exception {
        // given
        trainingsValidUntil("2026-03-31");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when
        trainingCheck().execute(execution);

        // then
        verify(execution).removeVariable(TRAINING_PROBLEM.name());
        verify(execution, never()).setVariable(eq(TRAINING_PROBLEM.name()), any());
    }

    @Test
    void withoutAnInput_importantDataIsTheMostAStudentMayHandle() {
        // given
        accessTo("CORE_DATA");

        // when / then
        assertThatThrownBy(() -> accessCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error ->
                assertThat(error.getErrorCode()).isEqualTo(ArchiveAccessCheckDelegate.ERROR_ARCHIVE_ACCESS_REFUSED));
        verify(execution).setVariable(eq(ARCHIVE_ACCESS_PROBLEM.name()), contains("(Important data)"));
    }

    @Test
    void aHostConfiguredForCoreData_letsASupervisedStudentHandleIt() throws Exception {
        // given
        accessTo("CORE_DATA");
        when(execution.getVariable(MAXIMUM_DATA_CLASSIFICATION.name())).thenReturn("CORE_DATA");

        // when
        accessCheck().execute(execution);

        // then
        verify(execution).removeVariable(ARCHIVE_ACCESS_PROBLEM.name());
    }

    @Test
    void aConfiguredMaximumOfStateSecretsOrNonsense_failsTheTask_asAModellingError() {
        for (String configured : new String[] {"STATE_SECRET", "MẬT"}) {
            // given
            accessTo("OTHER_DATA");
            when(execution.getVariable(MAXIMUM_DATA_CLASSIFICATION.name())).thenReturn(configured);
            when(execution.getCurrentActivityId()).thenReturn("ServiceTask_CheckArchiveAccess");

            // when / then
            assertThatThrownBy(() -> accessCheck().execute(execution)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maximumDataClassification").hasMessageContaining("ServiceTask_CheckArchiveAccess");
        }
        verify(execution, never()).setVariable(eq(ARCHIVE_ACCESS_PROBLEM.name()), any());
    }

    @Test
    void aPassingQa_setsTheErrorRate_andRemovesAnEarlierSampleProblem() throws Exception {
        // given
        qa(40, 4, 0);

        // when
        qaCheck().execute(execution);

        // then
        verify(execution).setVariable(METADATA_ERROR_RATE.name(), 0.0);
        verify(execution).removeVariable(METADATA_QA_SAMPLE_PROBLEM.name());
        verify(execution, never()).setVariable(eq(BATCH_PROBLEM.name()), any());
    }

    @Test
    void theTasksInputs_setTheSampleShareAndTheErrorRate() {
        // given: 20 % of 40 records must be checked; 4 is too few
        qa(40, 4, 0);
        when(execution.getVariable(MINIMUM_SAMPLE_PERCENT.name())).thenReturn("20");

        // when / then
        assertThatThrownBy(() -> qaCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            assertThat(error.getErrorCode()).isEqualTo(MetadataQaDelegate.ERROR_QA_SAMPLE_INVALID);
            assertThat(error.getMessage()).contains("at least 8 of 40 records (20%)");
        });
    }

    @Test
    void aFailingQa_setsTheErrorRateAndTheBatchProblem_forTheStudent() {
        // given: 1 of 10 records in error, 5 % allowed
        qa(40, 10, 1);
        when(execution.getVariable(MAXIMUM_ERROR_RATE_PERCENT.name())).thenReturn("5");

        // when / then
        assertThatThrownBy(() -> qaCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error ->
                assertThat(error.getErrorCode()).isEqualTo(MetadataQaDelegate.ERROR_METADATA_QA_FAILED));
        verify(execution).setVariable(METADATA_ERROR_RATE.name(), 10.0);
        verify(execution).setVariable(eq(BATCH_PROBLEM.name()), contains("above the 5% allowed"));
    }

    @Test
    void aQaFigureOfTheWrongType_goesBackToTheMentor_notAnIncident() {
        // given
        qa(40, 4, 0);
        when(execution.getVariable(METADATA_QA_ERRORS.name())).thenReturn("không");

        // when / then
        assertThatThrownBy(() -> qaCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            assertThat(error.getErrorCode()).isEqualTo(MetadataQaDelegate.ERROR_QA_SAMPLE_INVALID);
            assertThat(error.getMessage()).contains("metadataQaErrors", "wrong type");
        });
    }

    @Test
    void aPercentageInputThatIsNotANumber_failsTheTask_asAModellingError() {
        // given
        qa(40, 4, 0);
        when(execution.getVariable(MAXIMUM_ERROR_RATE_PERCENT.name())).thenReturn("hai phần trăm");
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_EvaluateMetadataQa");

        // when / then
        assertThatThrownBy(() -> qaCheck().execute(execution)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximumErrorRatePercent").hasMessageContaining("ServiceTask_EvaluateMetadataQa");
    }

    private void trainingsValidUntil(String validUntil) {
        when(execution.getVariable(DATA_CLASSIFICATION_CERTIFICATE_NUMBER.name())).thenReturn("PLDL-2025-0142");
        when(execution.getVariable(DATA_CLASSIFICATION_ISSUER.name())).thenReturn("Trung tâm Dữ liệu quốc gia");
        when(execution.getVariable(DATA_CLASSIFICATION_COMPLETED_ON.name())).thenReturn("2025-12-15");
        when(execution.getVariable(DATA_CLASSIFICATION_VALID_UNTIL.name())).thenReturn(validUntil);
        when(execution.getVariable(ARCHIVE_TRAINING_CERTIFICATE_NUMBER.name())).thenReturn("125/2025/NVLT");
        when(execution.getVariable(ARCHIVE_TRAINING_ISSUER.name())).thenReturn("Trường Đại học Nội vụ Hà Nội");
        when(execution.getVariable(ARCHIVE_TRAINING_COMPLETED_ON.name())).thenReturn("2026-01-10");
        when(execution.getVariable(ARCHIVE_TRAINING_VALID_UNTIL.name())).thenReturn(validUntil);
    }

    private void accessTo(String classification) {
        when(execution.getVariable(ARCHIVE_FONDS.name())).thenReturn("Phông lưu trữ UBND xã");
        when(execution.getVariable(ARCHIVE_ACCESS_SCOPE.name())).thenReturn("Hồ sơ địa chính");
        when(execution.getVariable(HIGHEST_DATA_CLASSIFICATION.name())).thenReturn(classification);
        when(execution.getVariable(SUPERVISED_ACCESS.name())).thenReturn(true);
        when(execution.getVariable(CONFIDENTIALITY_SIGNED.name())).thenReturn(true);
        when(execution.getVariable(CONFIDENTIALITY_SIGNED_ON.name())).thenReturn("2026-01-28");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));
    }

    private void qa(int records, int sample, int errors) {
        when(execution.getVariable(BATCH_METADATA_RECORD_COUNT.name())).thenReturn(records);
        when(execution.getVariable(METADATA_QA_SAMPLE_SIZE.name())).thenReturn(sample);
        when(execution.getVariable(METADATA_QA_ERRORS.name())).thenReturn(errors);
        when(execution.getVariable(METADATA_QA_ATTESTED.name())).thenReturn(true);
    }

    private static TrainingRecordCheckDelegate trainingCheck() {
        return new TrainingRecordCheckDelegate(new TrainingRecordRules());
    }

    private static ArchiveAccessCheckDelegate accessCheck() {
        return new ArchiveAccessCheckDelegate(new ArchiveAccessRules());
    }

    private static MetadataQaDelegate qaCheck() {
        return new MetadataQaDelegate(new MetadataQaRules());
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
