package vn.practicum.field.portoperations.internal;

import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOGS_REQUIRED;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOGS_SIGNED_OFF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;

/**
 * On the start of {@code port-operations-mentoring}: {@code shiftLogsRequired} from the listener's field of that
 * name (1 to 30, default 3), and {@code shiftLogsSignedOff} = 0. Java rather than a JUEL expression, which would
 * store the numbers as Long; a field rather than a constant, so that a modeller can change the count in the
 * Modeler. A count outside 1 to 30 is a modelling error and fails the start.
 */
public class StartShiftLogCount implements ExecutionListener {

    public static final int DEFAULT_SHIFT_LOGS = 3;
    public static final int MAX_SHIFT_LOGS = 30;

    /** Field injection from the BPMN ({@code <camunda:field name="shiftLogsRequired">}); optional. */
    private Expression shiftLogsRequired;

    public void setShiftLogsRequired(Expression shiftLogsRequired) {
        this.shiftLogsRequired = shiftLogsRequired;
    }

    @Override
    public void notify(DelegateExecution execution) {
        SHIFT_LOGS_REQUIRED.set(execution, required(execution));
        SHIFT_LOGS_SIGNED_OFF.set(execution, 0);
    }

    int required(DelegateExecution execution) {
        if (shiftLogsRequired == null) {
            return DEFAULT_SHIFT_LOGS;
        }
        Object configured = shiftLogsRequired.getValue(execution);
        try {
            int count = Integer.parseInt(String.valueOf(configured).strip());
            if (count >= 1 && count <= MAX_SHIFT_LOGS) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Field '" + SHIFT_LOGS_REQUIRED.name() + "' of the start listener of "
                + execution.getCurrentActivityId() + " must be 1 to " + MAX_SHIFT_LOGS + ", not '" + configured + "'");
    }
}
