package vn.practicum.field.fieldtemplate.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/**
 * The kinds of field document a student may hold before the placement starts: the values of the select
 * {@code documentKind} on the submit form (a test keeps the two the same).
 */
// FIELD AUTHOR: list the documents your field accepts (FIELDS.md, column "placement"), and the same values in the
// select of the submit-field-document form.
public enum DocumentKind {
    PRACTISING_CERTIFICATE(LocalizedText.of("Chứng chỉ hành nghề", "Practising certificate")),
    TRAINING_CERTIFICATE(LocalizedText.of("Chứng chỉ đào tạo chuyên ngành", "Field training certificate")),
    ASSIGNMENT_LETTER(LocalizedText.of("Giấy phân công làm việc dưới sự giám sát của người hướng dẫn",
            "Letter assigning the student to work under the mentor's supervision"));

    private final LocalizedText label;

    DocumentKind(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** The kind a form value names ({@code TRAINING_CERTIFICATE}), if any. */
    public static Optional<DocumentKind> ofValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip();
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
