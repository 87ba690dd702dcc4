package vn.practicum.processes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.practicum.engine.lifecycle.PracticumVariables;

/**
 * {@code logbookNumber} = 0 when the logbook branch of {@code practicum-mentoring} starts (on {@code Flow_ToLogbooks}).
 *
 * <p>Set there, not on the start event, on purpose: the field's milestones fragment runs beside the logbooks and
 * must never hold a copy of the count it could write back. It gets only the student's context
 * ({@link vn.practicum.engine.lifecycle.LifecycleVariableMapping}), which has no {@code logbookNumber}.
 *
 * <p>A Java listener rather than a JUEL expression, which would store the number as a Long.
 */
public class StartLogbookCount implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        PracticumVariables.LOGBOOK_NUMBER.set(execution, 0);
    }
}
