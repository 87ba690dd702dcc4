package vn.practicum.engine.matching;

import java.util.List;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What the round gave one student.
 *
 * @param studentId the student
 * @param offerId   the offer the student is placed at, or null if not placed
 * @param hostCode  the host of that offer, or null
 * @param rank      the rank the student gave that offer (1 = first choice), or 0 if not placed
 * @param choices   each of the student's choices and what became of it, in the student's order
 * @param text      the outcome in words, Vietnamese and English: "placed at your 2nd choice: ...",
 *                  "not placed: all your choices are full"
 */
public record StudentOutcome(String studentId, String offerId, String hostCode, int rank,
                             List<ChoiceOutcome> choices, LocalizedText text) {

    public StudentOutcome {
        choices = List.copyOf(choices);
    }

    public boolean placed() {
        return offerId != null;
    }
}
