package vn.practicum.engine.placement;

/**
 * An applicant of one offer as its host sees it: no personal data beyond the student id.
 *
 * @param studentId     the student
 * @param choiceRank    the rank the student gave the offer, 1 for the first choice
 * @param priority      whether the school marks the student as priority
 * @param hostPosition  the host's rank of the student (1 = best), or null if the host did not rank them
 * @param declined      whether the host declined the student for this offer
 */
public record OfferApplicant(String studentId, int choiceRank, boolean priority, Integer hostPosition, boolean declined) {
}
