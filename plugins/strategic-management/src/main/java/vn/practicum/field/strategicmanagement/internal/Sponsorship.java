package vn.practicum.field.strategicmanagement.internal;

/**
 * The executive sponsor and the confidentiality agreement, as the host's HR entered them: nothing is parsed yet, so
 * that every problem can be reported.
 *
 * @param sponsorId          the sponsor's user id
 * @param sponsorTitle       the sponsor's position
 * @param sponsorLevel       a {@link SponsorLevel} name
 * @param topic              the strategic question given to the student
 * @param agreementNumber    the confidentiality agreement's number
 * @param agreementSignedOn  the day it was signed, {@code yyyy-MM-dd}
 * @param agreementValidUntil the last day its obligations run, {@code yyyy-MM-dd}
 */
public record Sponsorship(String sponsorId, String sponsorTitle, String sponsorLevel, String topic, String agreementNumber,
                          String agreementSignedOn, String agreementValidUntil) {
}
