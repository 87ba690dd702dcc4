package vn.practicum.field.portoperations.internal;

/**
 * The port facility's security induction of the student and the restricted-area pass issued afterwards, as entered.
 *
 * @param inductionCompletedOn the day of the security-awareness induction, {@code yyyy-MM-dd}
 * @param passNumber           the pass's number
 * @param passZone             the restricted areas it opens
 * @param passIssuedOn         {@code yyyy-MM-dd}
 * @param passValidUntil       {@code yyyy-MM-dd}
 */
public record SecurityInduction(String inductionCompletedOn, String passNumber, String passZone, String passIssuedOn,
                                String passValidUntil) {
}
