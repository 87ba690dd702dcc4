package vn.practicum.engine.tracking;

import java.time.Instant;

/** An open task of a tracked student, for a host's list of its mentors' work. */
public record OpenTask(String taskId, String taskName, String assignee, Instant created, Instant due,
                       String studentId, String fullName, String fieldKey) {

    public boolean overdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
