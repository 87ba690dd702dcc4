package vn.practicum.engine.privacy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.practicum.engine.jdbc.EngineConnection;
import vn.practicum.engine.lifecycle.PracticumVariables;

/**
 * On completion of a consent task (a user task with the form {@code practicum-record-consent}): records who gave or
 * refused consent, when, and for which purposes, in the same transaction as the completion.
 */
class ConsentRecordingListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Boolean given = PracticumVariables.CONSENT_GIVEN.from(task);
        String studentId = PracticumVariables.STUDENT_ID.from(task);
        if (studentId == null && task.getExecution() != null) {
            studentId = task.getExecution().getProcessBusinessKey();
        }
        if (studentId == null) {
            throw new ProcessEngineException("The consent task " + task.getId() + " belongs to no student (no studentId)");
        }
        String actor = EngineConnection.authenticatedUserId();
        ConsentRegister.recordInEngine(new ConsentRecord(studentId,
                Boolean.TRUE.equals(given) ? ConsentEvent.GIVEN : ConsentEvent.REFUSED,
                List.of(ConsentPurpose.values()), actor != null ? actor : task.getAssignee(),
                ClockUtil.getCurrentTime().toInstant(), ConsentRegister.SOURCE_TASK, task.getId(),
                task.getProcessInstanceId()));
    }
}
