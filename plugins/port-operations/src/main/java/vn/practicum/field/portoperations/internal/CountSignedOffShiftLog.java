package vn.practicum.field.portoperations.internal;

import static vn.practicum.field.portoperations.PortOperationsVariables.LAST_SIGNED_OFF_SHIFT_START;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_DATE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOGS_SIGNED_OFF;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_START_TIME;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.practicum.engine.rules.Inputs;

/**
 * When the shift supervisor signs a hand-over off (on {@code Flow_HandOverSignedOff}): {@code shiftLogsSignedOff}
 * + 1, kept an Integer, and {@code lastSignedOffShiftStart} = that shift's start, so the next log must be a later
 * shift.
 */
public class CountSignedOffShiftLog implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Integer signedOff = SHIFT_LOGS_SIGNED_OFF.from(execution);
        SHIFT_LOGS_SIGNED_OFF.set(execution, signedOff == null ? 1 : signedOff + 1);
        LocalDateTime start = ShiftLogCheckDelegate.shiftStart(Inputs.text(execution, SHIFT_DATE),
                Inputs.text(execution, SHIFT_START_TIME));
        if (start != null) {
            LAST_SIGNED_OFF_SHIFT_START.set(execution, start.toString());
        }
    }
}
