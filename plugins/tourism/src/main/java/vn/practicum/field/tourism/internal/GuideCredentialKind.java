package vn.practicum.field.tourism.internal;

import java.util.Arrays;
import java.util.Optional;

/** How a student may guide: with a card of their own, or shadowing a carded guide on the company's letter. */
public enum GuideCredentialKind {
    OWN_CARD,
    SHADOWING_LETTER;

    /** The kind of a form's code, or empty for null or an unknown code. */
    public static Optional<GuideCredentialKind> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(kind -> kind.name().equals(code.strip())).findFirst();
    }
}
