package vn.practicum.processes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** {@code logbookNumber} + 1 when a logbook is accepted (on {@code Flow_LogbookAccepted}), kept an Integer. */
public class CountAcceptedLogbook implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Integer accepted = PracticumVariables.LOGBOOK_NUMBER.from(execution);
        PracticumVariables.LOGBOOK_NUMBER.set(execution, accepted == null ? 1 : accepted + 1);
    }
}
