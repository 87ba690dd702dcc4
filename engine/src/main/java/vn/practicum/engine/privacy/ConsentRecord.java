package vn.practicum.engine.privacy;

import java.time.Instant;
import java.util.List;

/**
 * One event of a student's consent.
 *
 * @param studentId         the student (or the pseudonym of an erased student)
 * @param event             given, refused or withdrawn
 * @param purposes          the purposes it covers
 * @param actor             the user who gave, refused or withdrew it; null if the engine acted without a user
 * @param recordedAt        when
 * @param source            {@code TASK} (the enrolment's consent task) or {@code API}
 * @param taskId            the consent task, for {@code TASK}
 * @param processInstanceId the enrolment's process instance, for {@code TASK}
 */
public record ConsentRecord(String studentId, ConsentEvent event, List<ConsentPurpose> purposes, String actor,
                            Instant recordedAt, String source, String taskId, String processInstanceId) {

    public ConsentRecord {
        purposes = List.copyOf(purposes);
    }
}
