package vn.practicum.field.fieldtemplate.internal;

/**
 * A field document as the student typed it: nothing is parsed yet, so that every problem can be reported.
 *
 * @param kind       the name of a {@link DocumentKind}, as the form's select sends it
 * @param number     the document's number, such as {@code 125/2025/CCHN}
 * @param issuer     who issued it (authority, training centre, host)
 * @param validUntil last day of validity, {@code yyyy-MM-dd}
 */
// FIELD AUTHOR: the fields of your document, as the form gives them (Strings: parse them in the rules).
public record FieldDocument(String kind, String number, String issuer, String validUntil) {
}
