package vn.practicum.field.tourism.internal;

/**
 * The student's guiding credential as typed: nothing is parsed yet, so that every problem can be reported.
 *
 * @param credential      OWN_CARD or SHADOWING_LETTER
 * @param cardKind        INTERNATIONAL, DOMESTIC or ON_SITE: the student's card, or the shadowed guide's
 * @param cardNumber      the card's number, digits only
 * @param cardValidUntil  the card's last day of validity, {@code yyyy-MM-dd} (none for an on-site card)
 * @param letterNumber    the assignment letter's number (shadowing only)
 * @param letterIssuedOn  the assignment letter's date, {@code yyyy-MM-dd} (shadowing only)
 */
public record GuideCredentials(String credential, String cardKind, String cardNumber, String cardValidUntil,
                               String letterNumber, String letterIssuedOn) {
}
