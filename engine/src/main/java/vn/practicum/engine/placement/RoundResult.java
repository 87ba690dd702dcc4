package vn.practicum.engine.placement;

import vn.practicum.engine.spi.LocalizedText;

/**
 * What a closed round gave one student.
 *
 * @param roundId    the round
 * @param studentId  the student
 * @param offerId    the offer the student is placed at, or null
 * @param hostCode   that offer's host, or null
 * @param choiceRank the rank the student gave the offer, 0 if not placed
 * @param outcome    in words, Vietnamese and English ("placed at your 2nd choice: ...")
 */
public record RoundResult(String roundId, String studentId, String offerId, String hostCode, int choiceRank,
                          LocalizedText outcome) {

    public boolean placed() {
        return offerId != null;
    }
}
