package vn.practicum.field.fintech.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.fintech.FintechVariables.AML_ATTESTATION_NUMBER;
import static vn.practicum.field.fintech.FintechVariables.AML_ATTESTATION_VALID_UNTIL;
import static vn.practicum.field.fintech.FintechVariables.AML_PASS_MARK;
import static vn.practicum.field.fintech.FintechVariables.AML_TEST_SCORE;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_CONFIDENTIALITY;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_CUSTOMER_DUE_DILIGENCE;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_SUSPICIOUS_TRANSACTIONS;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_COMPLETED_ON;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_PROVIDER;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_VALID_ON;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_DATASET;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_REPORT_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_TITLE;
import static vn.practicum.field.fintech.FintechVariables.MAXIMUM_DATA_SCOPE;
import static vn.practicum.field.fintech.FintechVariables.PRODUCTION_ACCESS_EXCLUDED;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_FROM;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_UNTIL;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCOUNT;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_DATA_SCOPE;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ENVIRONMENT;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' own work: which inputs they read, what they default to, and how a mis-configured task fails. */
class CheckDelegatesTest {

    final Map<String, Object> variables = new HashMap<>();
    final DelegateExecution execution = mock(DelegateExecution.class);

    CheckDelegatesTest() {
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_Under_Test");
        PracticumVariables.PLACEMENT_START.putIn(variables, midnight(LocalDate.of(2026, 2, 1)));
        PracticumVariables.PLACEMENT_END.putIn(variables, midnight(LocalDate.of(2026, 4, 30)));
    }

    @Test
    void theAttestation_isCheckedOnTheTasksInputDay_whenItHasOne() {
        // given: valid until 31 March; the input asks for validity on 30 April (the placement's end)
        attestation("2026-03-31", 92);
        AML_TRAINING_VALID_ON.putIn(variables, midnight(LocalDate.of(2026, 4, 30)));

        // when / then
        assertThatThrownBy(() -> amlCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            assertThat(error.getErrorCode()).isEqualTo(AmlTrainingCheckDelegate.ERROR_AML_TRAINING_INVALID);
            assertThat(error.getMessage()).contains("2026-04-30");
        });
        verify(execution).setVariable(eq(AML_TRAINING_PROBLEM.name()), contains("2026-04-30"));
    }

    @Test
    void theAttestation_isCheckedOnThePlacementStart_andAtTheDefaultPassMark_withoutInputs() throws Exception {
        // given
        attestation("2026-03-31", 80);

        // when
        amlCheck().execute(execution);

        // then
        verify(execution).removeVariable(AML_TRAINING_PROBLEM.name());
        verify(execution, never()).setVariable(eq(AML_TRAINING_PROBLEM.name()), any());

        // and 79 is below the default pass mark of 80
        AML_TEST_SCORE.putIn(variables, 79);
        assertThatThrownBy(() -> amlCheck().execute(execution)).isInstanceOf(BpmnError.class)
                .hasMessageContaining("below the host's pass mark of 80");
    }

    @Test
    void aPassMarkThatIsNotANumber_failsTheTask_asAModellingError() {
        // given
        attestation("2026-03-31", 92);
        AML_PASS_MARK.putIn(variables, "tám mươi");

        // when / then
        assertThatThrownBy(() -> amlCheck().execute(execution)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amlPassMark").hasMessageContaining("ServiceTask_Under_Test");
        verify(execution, never()).setVariable(eq(AML_TRAINING_PROBLEM.name()), any());
    }

    @Test
    void datesAndTicksSentWithOtherTypes_areReadAsTheUserMeantThem() throws Exception {
        // given: the REST API sends the completion day as a date and the ticks as text
        attestation("2026-03-31", 92);
        variables.put(AML_TRAINING_COMPLETED_ON.name(), midnight(LocalDate.of(2026, 1, 20)));
        variables.put(AML_TOPIC_CONFIDENTIALITY.name(), "true");

        // when
        amlCheck().execute(execution);

        // then
        verify(execution).removeVariable(AML_TRAINING_PROBLEM.name());
    }

    @Test
    void sandboxAccess_isCheckedAgainstTheHostsPolicy_masked_byDefault() throws Exception {
        // given
        access("MASKED");

        // when
        sandboxCheck().execute(execution);

        // then
        verify(execution).removeVariable(SANDBOX_ACCESS_PROBLEM.name());

        // when the task's input allows synthetic data only
        MAXIMUM_DATA_SCOPE.putIn(variables, "SYNTHETIC");

        // then
        assertThatThrownBy(() -> sandboxCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error ->
                assertThat(error.getErrorCode()).isEqualTo(SandboxAccessCheckDelegate.ERROR_SANDBOX_ACCESS_REFUSED));
        verify(execution).setVariable(eq(SANDBOX_ACCESS_PROBLEM.name()), contains("wider than the host's policy"));
    }

    @Test
    void aMaximumDataScopeOfLiveData_failsTheTask_asAModellingError() {
        // given
        access("SYNTHETIC");
        MAXIMUM_DATA_SCOPE.putIn(variables, "LIVE");

        // when / then
        assertThatThrownBy(() -> sandboxCheck().execute(execution)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximumDataScope").hasMessageContaining("'LIVE'");
    }

    @Test
    void withoutAPlacementEnd_sandboxAccessIsBoundedByTheStartOnly() throws Exception {
        // given
        access("SYNTHETIC");
        variables.remove(PracticumVariables.PLACEMENT_END.name());
        SANDBOX_ACCESS_UNTIL.putIn(variables, "2027-12-31");

        // when
        sandboxCheck().execute(execution);

        // then
        verify(execution).removeVariable(SANDBOX_ACCESS_PROBLEM.name());
    }

    @Test
    void theExperimentReport_isCheckedAgainstTheScopeGrantedAtPlacement() {
        // given
        SANDBOX_DATA_SCOPE.putIn(variables, "SYNTHETIC");
        EXPERIMENT_TITLE.putIn(variables, "Chấm điểm tín dụng");
        EXPERIMENT_DATASET.putIn(variables, "MASKED");

        // when / then
        assertThatThrownBy(() -> new ExperimentReportCheckDelegate(new ExperimentReportRules()).execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> {
                    assertThat(error.getErrorCode())
                            .isEqualTo(ExperimentReportCheckDelegate.ERROR_EXPERIMENT_REPORT_INCOMPLETE);
                    assertThat(error.getMessage()).contains("granted synthetic data only", "the report is missing");
                });
        verify(execution).setVariable(eq(EXPERIMENT_REPORT_PROBLEM.name()), contains("granted synthetic data only"));
    }

    private void attestation(String validUntil, Number score) {
        AML_ATTESTATION_NUMBER.putIn(variables, "AML-2026-0042");
        AML_TRAINING_PROVIDER.putIn(variables, "Học viện Ngân hàng");
        AML_TRAINING_COMPLETED_ON.putIn(variables, "2026-01-20");
        AML_ATTESTATION_VALID_UNTIL.putIn(variables, validUntil);
        AML_TOPIC_CUSTOMER_DUE_DILIGENCE.putIn(variables, true);
        AML_TOPIC_SUSPICIOUS_TRANSACTIONS.putIn(variables, true);
        AML_TOPIC_CONFIDENTIALITY.putIn(variables, true);
        AML_TEST_SCORE.putIn(variables, score);
    }

    private void access(String scope) {
        AML_TRAINING_COMPLETED_ON.putIn(variables, "2026-01-20");
        SANDBOX_ENVIRONMENT.putIn(variables, "Sandbox API chấm điểm tín dụng");
        SANDBOX_ACCOUNT.putIn(variables, "sbx.tran.thi.b");
        SANDBOX_DATA_SCOPE.putIn(variables, scope);
        PRODUCTION_ACCESS_EXCLUDED.putIn(variables, true);
        SANDBOX_ACCESS_FROM.putIn(variables, "2026-01-26");
        SANDBOX_ACCESS_UNTIL.putIn(variables, "2026-04-30");
    }

    private static AmlTrainingCheckDelegate amlCheck() {
        return new AmlTrainingCheckDelegate(new AmlTrainingRules());
    }

    private static SandboxAccessCheckDelegate sandboxCheck() {
        return new SandboxAccessCheckDelegate(new SandboxAccessRules());
    }

    static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
