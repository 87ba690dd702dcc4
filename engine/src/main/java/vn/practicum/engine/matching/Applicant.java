package vn.practicum.engine.matching;

import java.util.List;
import java.util.Set;

/**
 * A student taking part in a round.
 *
 * @param studentId      the student's id (user id and business key)
 * @param fieldKey       the student's specialist field
 * @param priority       whether the school marks the student as priority: hosts that did not rank the student
 *                       explicitly order priority students first (see the package documentation)
 * @param qualifications what the student holds, compared with {@link Offer#requirements()}
 * @param rankedOfferIds the student's choices, best first, at most {@link #MAX_CHOICES}, no repeats
 */
public record Applicant(String studentId, String fieldKey, boolean priority, Set<String> qualifications,
                        List<String> rankedOfferIds) {

    /** A student ranks at most five offers. */
    public static final int MAX_CHOICES = 5;

    public Applicant {
        qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
        rankedOfferIds = rankedOfferIds == null ? List.of() : List.copyOf(rankedOfferIds);
    }

    /** The 1-based rank the student gave the offer, or 0 if they did not rank it. */
    public int rankOf(String offerId) {
        return rankedOfferIds.indexOf(offerId) + 1;
    }
}
