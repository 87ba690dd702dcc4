package vn.practicum.field.tourism.internal;

/**
 * A foreign-language certificate as the student typed it.
 *
 * @param language   ISO 639-1 code of its language
 * @param level      CEFR level, A1 to C2
 * @param number     the certificate's number
 * @param issuer     who issued it (university, testing organisation)
 * @param validUntil last day of validity, {@code yyyy-MM-dd}
 */
public record LanguageCertificate(String language, String level, String number, String issuer, String validUntil) {
}
