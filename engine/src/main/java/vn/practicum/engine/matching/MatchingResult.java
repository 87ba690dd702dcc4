package vn.practicum.engine.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The round's result.
 *
 * @param outcomes   every applicant's outcome, by student id (sorted)
 * @param placements every offer's placed students, by offer id (sorted); each list in the host's order, best first;
 *                   an offer nobody is placed at has an empty list
 */
public record MatchingResult(SortedMap<String, StudentOutcome> outcomes, SortedMap<String, List<String>> placements) {

    public MatchingResult {
        outcomes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(outcomes));
        TreeMap<String, List<String>> copy = new TreeMap<>();
        placements.forEach((offer, students) -> copy.put(offer, List.copyOf(students)));
        placements = java.util.Collections.unmodifiableSortedMap(copy);
    }

    public Optional<StudentOutcome> outcome(String studentId) {
        return Optional.ofNullable(outcomes.get(studentId));
    }

    /** The students placed, by student id. */
    public List<StudentOutcome> placed() {
        return outcomes.values().stream().filter(StudentOutcome::placed).toList();
    }

    /** The students not placed, by student id: they go to their coordinator for a manual placement. */
    public List<StudentOutcome> unplaced() {
        return outcomes.values().stream().filter(outcome -> !outcome.placed()).toList();
    }

    /** Placed students per offer id, for a quick look. */
    public Map<String, Integer> filled() {
        TreeMap<String, Integer> filled = new TreeMap<>();
        placements.forEach((offer, students) -> filled.put(offer, students.size()));
        return filled;
    }
}
