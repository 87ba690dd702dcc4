package vn.practicum.engine.tracking;

import java.time.Duration;
import java.time.Instant;
import vn.practicum.engine.spi.Stage;

/**
 * A row of a school's or host's list: where the student stands, with their name from the student register (null
 * if not registered or erased) and the open task of their step, if any.
 *
 * @param taskId  the open task of the current step, or null (a timer, a message, a final stage)
 * @param taskDue when that task is due, or null
 */
public record TrackedStudent(String studentId, String studentCode, String fullName, String schoolCode, String hostCode,
                             String fieldKey, String mentorId, Stage stage, String stepId, String stepName,
                             Instant since, String outcome, String taskId, Instant taskDue) {

    /** Whole days the student has been in this step. */
    public long daysInStep(Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toDays());
    }

    /** Whether the open task of the step is past its due date. */
    public boolean overdue(Instant now) {
        return taskDue != null && taskDue.isBefore(now);
    }

    TrackedStudent withTask(String id, Instant due) {
        return new TrackedStudent(studentId, studentCode, fullName, schoolCode, hostCode, fieldKey, mentorId, stage,
                stepId, stepName, since, outcome, id, due);
    }
}
