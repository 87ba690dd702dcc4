package vn.practicum.field.portoperations.internal;

/**
 * The student's occupational-safety training as typed: nothing is parsed yet, so that every problem is reported.
 *
 * @param group       the training group, "1" to "6"
 * @param number      the number of the safety card or training certificate (group 4: of the training record)
 * @param issuer      the licensed training organisation, or the employer for group 4
 * @param completedOn the day the training was completed, {@code yyyy-MM-dd}
 * @param validUntil  the last day it is valid, {@code yyyy-MM-dd}
 */
public record SafetyCertificate(String group, String number, String issuer, String completedOn, String validUntil) {
}
