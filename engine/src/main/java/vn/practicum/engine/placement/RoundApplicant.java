package vn.practicum.engine.placement;

import java.util.List;
import java.util.Set;

/**
 * A student taking part in a round.
 *
 * @param roundId        the round
 * @param studentId      the student
 * @param schoolCode     the student's school
 * @param fieldKey       the student's field
 * @param priority       whether the school marks the student as priority
 * @param qualifications what the school confirms the student holds
 * @param choices        offer ids, best first, at most five
 */
public record RoundApplicant(String roundId, String studentId, String schoolCode, String fieldKey, boolean priority,
                             Set<String> qualifications, List<String> choices) {

    public RoundApplicant {
        qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
