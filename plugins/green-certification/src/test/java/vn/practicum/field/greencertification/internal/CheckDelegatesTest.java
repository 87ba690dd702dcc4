package vn.practicum.field.greencertification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CLOSE_RELATIVE_AT_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CONSULTED_FOR_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.DECLARED_ORGANISATION_CODE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.EMPLOYED_BY_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.FINANCIAL_INTEREST_IN_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_CERTIFICATE_NUMBER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COMPLETED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_ACTIVITY_DATA;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_BOUNDARIES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_EMISSION_FACTORS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_QUALITY_MANAGEMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_HOURS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_PROVIDER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_COMMITMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_DECLARED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_MATERIALITY_PERCENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.MINIMUM_TRAINING_HOURS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.TRAINING_COMPLETED_BY;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION_CODE;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' own work: who gets the impartiality findings, which day counts, how a mis-configured task fails. */
class CheckDelegatesTest {

    final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void aConflict_goesToTheHost_asErrorConflictOfInterest() {
        // given
        placementStart();
        declaration("0101234567");
        when(execution.getVariable(FINANCIAL_INTEREST_IN_ORGANISATION.name())).thenReturn(true);

        // when / then
        assertThatThrownBy(() -> impartialityCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error ->
                assertThat(error.getErrorCode()).isEqualTo(ImpartialityCheckDelegate.ERROR_CONFLICT_OF_INTEREST));
        verify(execution).setVariable(eq(IMPARTIALITY_PROBLEM.name()), contains("self-interest threat"));
    }

    @Test
    void anIncompleteDeclaration_goesToTheStudent_evenWithAConflict() {
        // given: a conflict, and no commitment
        placementStart();
        declaration("0101234567");
        when(execution.getVariable(FINANCIAL_INTEREST_IN_ORGANISATION.name())).thenReturn(true);
        when(execution.getVariable(IMPARTIALITY_COMMITMENT.name())).thenReturn(false);

        // when / then
        assertThatThrownBy(() -> impartialityCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error ->
                assertThat(error.getErrorCode()).isEqualTo(ImpartialityCheckDelegate.ERROR_DECLARATION_INCOMPLETE));
        verify(execution).setVariable(eq(IMPARTIALITY_PROBLEM.name()), contains("Commit to declare any change"));
    }

    @Test
    void anUnusableAssignment_goesToTheHost_first() {
        // given
        placementStart();
        declaration("0101234567");
        when(execution.getVariable(VERIFIED_ORGANISATION_CODE.name())).thenReturn("MST-0101");

        // when / then
        assertThatThrownBy(() -> impartialityCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error ->
                assertThat(error.getErrorCode()).isEqualTo(ImpartialityCheckDelegate.ERROR_CONFLICT_OF_INTEREST));
        verify(execution).setVariable(eq(IMPARTIALITY_PROBLEM.name()), contains("'MST-0101' is not valid"));
    }

    @Test
    void aClearDeclaration_removesTheProblem() throws Exception {
        // given
        placementStart();
        declaration("0101234567");

        // when
        impartialityCheck().execute(execution);

        // then
        verify(execution).removeVariable(IMPARTIALITY_PROBLEM.name());
        verify(execution, never()).setVariable(eq(IMPARTIALITY_PROBLEM.name()), any());
    }

    @Test
    void theTraining_isCheckedAgainstTheTasksInput_whenItHasOne() {
        // given: completed 10 February; the input wants it by 1 February while the placement starts on 1 March
        training("2026-02-10");
        when(execution.getVariable(TRAINING_COMPLETED_BY.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 3, 1)));

        // when / then
        assertThatThrownBy(() -> new GhgTrainingCheckDelegate(new GhgTrainingRules()).execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo(GhgTrainingCheckDelegate.ERROR_GHG_TRAINING_INVALID);
                    assertThat(error.getMessage()).contains("after the placement starts on 2026-02-01");
                });
        verify(execution).setVariable(eq(GHG_TRAINING_PROBLEM.name()), contains("2026-02-10"));
    }

    @Test
    void theTraining_isCheckedAgainstThePlacementStart_withoutAnInput() throws Exception {
        // given
        training("2026-02-10");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 3, 1)));

        // when
        new GhgTrainingCheckDelegate(new GhgTrainingRules()).execute(execution);

        // then
        verify(execution).removeVariable(GHG_TRAINING_PROBLEM.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "mười sáu"})
    void aMinimumOfHoursOutsideOneToTwoHundred_failsTheTask_asAModellingError(String configured) {
        // given
        training("2026-02-10");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 3, 1)));
        when(execution.getVariable(MINIMUM_TRAINING_HOURS.name())).thenReturn(configured);
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_VerifyGhgTraining");

        // when / then
        assertThatThrownBy(() -> new GhgTrainingCheckDelegate(new GhgTrainingRules()).execute(execution))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumTrainingHours").hasMessageContaining("ServiceTask_VerifyGhgTraining");
        verify(execution, never()).setVariable(eq(GHG_TRAINING_PROBLEM.name()), any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "năm"})
    void aMaterialityOutsideOneToTen_failsTheTask_asAModellingError(String configured) {
        // given
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 3, 1)));
        when(execution.getVariable(INVENTORY_MATERIALITY_PERCENT.name())).thenReturn(configured);
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_CheckGhgInventory");

        // when / then
        assertThatThrownBy(() -> new GhgInventoryCheckDelegate(new GhgInventoryRules()).execute(execution))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inventoryMaterialityPercent").hasMessageContaining("ServiceTask_CheckGhgInventory");
        verify(execution, never()).setVariable(eq(INVENTORY_PROBLEM.name()), any());
    }

    private ImpartialityCheckDelegate impartialityCheck() {
        return new ImpartialityCheckDelegate(new ImpartialityRules());
    }

    private void placementStart() {
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));
    }

    private void declaration(String code) {
        when(execution.getVariable(VERIFIED_ORGANISATION.name())).thenReturn("Công ty Xi măng Ví dụ");
        when(execution.getVariable(VERIFIED_ORGANISATION_CODE.name())).thenReturn("0101234567");
        when(execution.getVariable(DECLARED_ORGANISATION_CODE.name())).thenReturn(code);
        when(execution.getVariable(EMPLOYED_BY_ORGANISATION.name())).thenReturn(false);
        when(execution.getVariable(CONSULTED_FOR_ORGANISATION.name())).thenReturn(false);
        when(execution.getVariable(CLOSE_RELATIVE_AT_ORGANISATION.name())).thenReturn(false);
        when(execution.getVariable(FINANCIAL_INTEREST_IN_ORGANISATION.name())).thenReturn(false);
        when(execution.getVariable(IMPARTIALITY_COMMITMENT.name())).thenReturn(true);
        when(execution.getVariable(IMPARTIALITY_DECLARED_ON.name())).thenReturn("2026-01-25");
    }

    private void training(String completedOn) {
        when(execution.getVariable(GHG_TRAINING_CERTIFICATE_NUMBER.name())).thenReturn("KNK-2025/0312");
        when(execution.getVariable(GHG_TRAINING_PROVIDER.name())).thenReturn("Trung tâm đào tạo");
        when(execution.getVariable(GHG_TRAINING_COMPLETED_ON.name())).thenReturn(completedOn);
        when(execution.getVariable(GHG_TRAINING_HOURS.name())).thenReturn(24);
        when(execution.getVariable(GHG_TRAINING_COVERS_BOUNDARIES.name())).thenReturn(true);
        when(execution.getVariable(GHG_TRAINING_COVERS_ACTIVITY_DATA.name())).thenReturn(true);
        when(execution.getVariable(GHG_TRAINING_COVERS_EMISSION_FACTORS.name())).thenReturn(true);
        when(execution.getVariable(GHG_TRAINING_COVERS_QUALITY_MANAGEMENT.name())).thenReturn(true);
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
