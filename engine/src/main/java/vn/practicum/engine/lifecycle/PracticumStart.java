package vn.practicum.engine.lifecycle;

import java.time.LocalDate;

/**
 * What starts one student's practicum. Only references and academic facts: the student's name and
 * contact data stay in the student register, not in the process.
 *
 * @param studentId           the student's user id, also the business key (for example {@code hust-20210001})
 * @param schoolCode          the school, such as {@code hust}
 * @param fieldKey            the specialist field, such as {@code information-technology}
 * @param supervisorId        the school's supervising lecturer
 * @param creditsEarned       credits the student has earned so far
 * @param prerequisitesPassed whether the field's prerequisite courses are passed
 * @param placementStart      the planned first day at the host
 * @param placementEnd        the planned last day at the host
 */
public record PracticumStart(String studentId, String schoolCode, String fieldKey, String supervisorId,
                             int creditsEarned, boolean prerequisitesPassed,
                             LocalDate placementStart, LocalDate placementEnd) {
}
