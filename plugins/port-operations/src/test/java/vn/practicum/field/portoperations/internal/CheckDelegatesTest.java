package vn.practicum.field.portoperations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.portoperations.PortOperationsVariables.DOCUMENTS_VALID_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.LAST_SIGNED_OFF_SHIFT_START;
import static vn.practicum.field.portoperations.PortOperationsVariables.MAXIMUM_SHIFT_HOURS;
import static vn.practicum.field.portoperations.PortOperationsVariables.PORT_WORK_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_ISSUER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_NUMBER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_PROBLEM;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_VALID_UNTIL;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_COMPLETED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_GROUP;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_DATE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOGS_REQUIRED;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOGS_SIGNED_OFF;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOG_PROBLEM;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_START_TIME;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' and listeners' own work: which day documents must be valid on, counting, and mis-configured tasks. */
class CheckDelegatesTest {

    final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void theSafetyTraining_isCheckedAgainstTheTasksInput_whenItHasOne() {
        // given: valid until 31 March; the input asks for validity on 30 April (the placement's end)
        group3ValidUntil("2026-03-31");
        when(execution.getVariable(DOCUMENTS_VALID_ON.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when / then
        assertThatThrownBy(() -> new SafetyCertificateCheckDelegate(new SafetyCertificateRules()).execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo(SafetyCertificateCheckDelegate.ERROR_SAFETY_CERTIFICATE_INVALID);
                    assertThat(error.getMessage()).contains("2026-04-30");
                });
        verify(execution).setVariable(eq(SAFETY_CERTIFICATE_PROBLEM.name()), contains("2026-04-30"));
    }

    @Test
    void theSafetyTraining_isCheckedAgainstThePlacementStart_withoutAnInput() throws Exception {
        // given
        group3ValidUntil("2026-03-31");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when
        new SafetyCertificateCheckDelegate(new SafetyCertificateRules()).execute(execution);

        // then
        verify(execution).removeVariable(SAFETY_CERTIFICATE_PROBLEM.name());
        verify(execution, never()).setVariable(eq(SAFETY_CERTIFICATE_PROBLEM.name()), any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13", "mười", "-1"})
    void aMaximumShiftLengthOutsideOneToTwelve_failsTheTask_asAModellingError(String configured) {
        // given
        when(execution.getVariable(MAXIMUM_SHIFT_HOURS.name())).thenReturn(configured);
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_CheckShiftLog");

        // when / then
        assertThatThrownBy(() -> new ShiftLogCheckDelegate(new ShiftLogRules()).execute(execution))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximumShiftHours").hasMessageContaining("ServiceTask_CheckShiftLog");
        verify(execution, never()).setVariable(eq(SHIFT_LOG_PROBLEM.name()), any());
    }

    @Test
    void noMaximumShiftLength_meansTwelveHours() {
        assertThat(ShiftLogCheckDelegate.maximumHours(execution)).isEqualTo(12);
    }

    @Test
    void theShiftLogCheck_comparesWithTheLastSignedOffShift() {
        // given: an empty log after a signed-off shift
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));
        when(execution.getVariable(LAST_SIGNED_OFF_SHIFT_START.name())).thenReturn("2026-02-03T06:00");
        when(execution.getVariable(SHIFT_DATE.name())).thenReturn("2026-02-03");
        when(execution.getVariable(SHIFT_START_TIME.name())).thenReturn("06:00");

        // when / then
        assertThatThrownBy(() -> new ShiftLogCheckDelegate(new ShiftLogRules()).execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> assertThat(error.getMessage())
                        .contains("not after the last signed-off shift (2026-02-03 06:00)"));
    }

    @Test
    void theStartListener_setsTheCount_fromItsField_orThree() {
        // when: no field
        new StartShiftLogCount().notify(execution);

        // then
        verify(execution).setVariable(SHIFT_LOGS_REQUIRED.name(), 3);
        verify(execution).setVariable(SHIFT_LOGS_SIGNED_OFF.name(), 0);

        // when: the field says 5
        StartShiftLogCount listener = new StartShiftLogCount();
        listener.setShiftLogsRequired(constant("5"));
        listener.notify(execution);

        // then
        verify(execution).setVariable(SHIFT_LOGS_REQUIRED.name(), 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "31", "ba"})
    void aShiftLogCountOutsideOneToThirty_failsTheStart_asAModellingError(String configured) {
        StartShiftLogCount listener = new StartShiftLogCount();
        listener.setShiftLogsRequired(constant(configured));

        assertThatThrownBy(() -> listener.notify(execution))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shiftLogsRequired");
    }

    @Test
    void signingOff_countsTheLog_andRemembersItsShiftsStart() {
        // given
        when(execution.getVariable(SHIFT_LOGS_SIGNED_OFF.name())).thenReturn(1);
        when(execution.getVariable(SHIFT_DATE.name())).thenReturn("2026-02-04");
        when(execution.getVariable(SHIFT_START_TIME.name())).thenReturn("18:30");

        // when
        new CountSignedOffShiftLog().notify(execution);

        // then
        verify(execution).setVariable(SHIFT_LOGS_SIGNED_OFF.name(), 2);
        verify(execution).setVariable(LAST_SIGNED_OFF_SHIFT_START.name(), "2026-02-04T18:30");
    }

    private Expression constant(String value) {
        Expression expression = mock(Expression.class);
        when(expression.getValue(execution)).thenReturn(value);
        return expression;
    }

    private void group3ValidUntil(String validUntil) {
        when(execution.getVariable(PORT_WORK_AREA.name())).thenReturn("QUAY_AND_YARD");
        when(execution.getVariable(SAFETY_TRAINING_GROUP.name())).thenReturn("3");
        when(execution.getVariable(SAFETY_CERTIFICATE_NUMBER.name())).thenReturn("125/2025/ATLĐ-N3");
        when(execution.getVariable(SAFETY_CERTIFICATE_ISSUER.name())).thenReturn("Trung tâm HLAT Hải Phòng");
        when(execution.getVariable(SAFETY_TRAINING_COMPLETED_ON.name())).thenReturn("2025-12-15");
        when(execution.getVariable(SAFETY_CERTIFICATE_VALID_UNTIL.name())).thenReturn(validUntil);
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
