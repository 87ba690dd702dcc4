package vn.practicum.processes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.practicum.engine.lifecycle.PracticumVariables;

/**
 * {@code logbookNumber} = 0 when the logbook branch of {@code practicum-mentoring} starts (on {@code Flow_ToLogbooks}).
 *
 * <p>Set there, not on the start event, on purpose: the field's milestones fragment is called first from the
 * same fork ({@code Flow_ToFieldMilestones} comes first), so its copy of the variables ({@code camunda:in
 * variables="all"}) holds no {@code logbookNumber}, and its {@code camunda:out variables="all"} cannot write a
 * stale count back over the real one when it ends between or after the logbooks.
 *
 * <p>A Java listener rather than a JUEL expression, which would store the number as a Long.
 */
public class StartLogbookCount implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        PracticumVariables.LOGBOOK_NUMBER.set(execution, 0);
    }
}
