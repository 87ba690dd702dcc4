package vn.practicum.field.informationtechnology.internal;

import java.util.Objects;

/**
 * A training certificate as the student typed it: nothing is parsed yet, so that every problem can be reported.
 *
 * @param kind       which training
 * @param number     the certificate's number, such as {@code 125/2025/ATTT}
 * @param issuer     who issued it (training centre, school, authority)
 * @param validUntil last day of validity, {@code yyyy-MM-dd}
 */
public record TrainingCertificate(CertificateKind kind, String number, String issuer, String validUntil) {

    public TrainingCertificate {
        Objects.requireNonNull(kind, "kind");
    }
}
