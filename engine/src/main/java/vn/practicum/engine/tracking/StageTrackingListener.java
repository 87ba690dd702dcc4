package vn.practicum.engine.tracking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.practicum.engine.jdbc.EngineConnection;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.tracking.StageTrackingWriter.StudentStep;

/**
 * Records a student's steps in the tracking model. Attached by {@link StageTrackingParseListener} to
 * every wait state of a stage process (user tasks, receive tasks, catching events) and to the
 * activities that declare a final stage ({@code practicum.stage} extension property).
 */
class StageTrackingListener implements ExecutionListener, TaskListener {

    private final StageTrackingWriter writer;
    private final Stage declaredStage;

    /**
     * @param declaredStage the stage this activity puts the student in, or null to take it from the
     *                      process key ({@code practicum-mentoring} → MENTORING)
     */
    StageTrackingListener(StageTrackingWriter writer, Stage declaredStage) {
        this.writer = writer;
        this.declaredStage = declaredStage;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (EVENTNAME_START.equals(execution.getEventName())) {
            enter(execution);
        } else if (EVENTNAME_END.equals(execution.getEventName())) {
            String outcome = ((ExecutionEntity) execution).isCanceled() ? "CANCELLED" : null;
            writer.leave(execution.getActivityInstanceId(), EngineConnection.authenticatedUserId(), outcome,
                    ClockUtil.getCurrentTime());
        }
    }

    /** Task completion: the actor is the signed-in user, or the assignee when the engine acts through its API. */
    @Override
    public void notify(DelegateTask task) {
        String actor = EngineConnection.authenticatedUserId();
        writer.leave(task.getExecution().getActivityInstanceId(), actor != null ? actor : task.getAssignee(),
                "COMPLETED", ClockUtil.getCurrentTime());
    }

    private void enter(DelegateExecution execution) {
        ExecutionEntity entity = (ExecutionEntity) execution;
        String processKey = entity.getProcessDefinition().getKey();
        Stage stage = declaredStage != null ? declaredStage : Stage.ofProcessKey(processKey).orElse(null);
        String studentId = execution.getProcessBusinessKey();
        if (stage == null || studentId == null) {
            return; // not a step of a student's practicum
        }
        String schoolCode = PracticumVariables.SCHOOL_CODE.from(execution);
        String fieldKey = PracticumVariables.FIELD_KEY.from(execution);
        if (schoolCode == null || fieldKey == null) {
            return; // a process that is not part of the lifecycle
        }
        String stepName = execution.getCurrentActivityName();
        writer.enter(new StudentStep(studentId, schoolCode, fieldKey,
                PracticumVariables.HOST_CODE.from(execution), PracticumVariables.MENTOR_ID.from(execution),
                stage, execution.getCurrentActivityId(), stepName != null ? stepName : execution.getCurrentActivityId(),
                execution.getProcessInstanceId(), execution.getActivityInstanceId(), outcomeOf(stage, execution, stepName)),
                ClockUtil.getCurrentTime());
    }

    private static String outcomeOf(Stage stage, DelegateExecution execution, String stepName) {
        return switch (stage) {
            case COMPLETED -> PracticumVariables.FINAL_GRADE.from(execution);
            case WITHDRAWN -> PracticumVariables.WITHDRAWN_BY.from(execution) + ": "
                    + PracticumVariables.WITHDRAWAL_REASON.from(execution);
            case CLOSED -> stepName;
            // a placement round's outcome in words, once the round closed ("Đã xếp chỗ theo nguyện vọng 2 ...")
            case PLACEMENT -> PracticumVariables.ROUND_OUTCOME.from(execution);
            default -> null;
        };
    }
}
