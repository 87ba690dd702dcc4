package vn.practicum.field.digitaldata.internal;

import java.util.Objects;

/**
 * A training the student completed, as typed: nothing is parsed yet, so that every problem can be reported.
 *
 * @param kind        which training
 * @param number      the certificate's number
 * @param issuer      who trained and certified
 * @param completedOn the day the training was completed, {@code yyyy-MM-dd}
 * @param validUntil  the last day the certificate is valid, {@code yyyy-MM-dd}
 */
public record TrainingRecord(TrainingKind kind, String number, String issuer, String completedOn, String validUntil) {

    public TrainingRecord {
        Objects.requireNonNull(kind, "kind");
    }
}
