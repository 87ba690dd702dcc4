package vn.practicum.field.digitalbusiness.internal;

import java.util.Locale;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** What the student may do with the host's data. There is no administrator level for a student. */
public enum AccessLevel {
    READ_ONLY(LocalizedText.of("chỉ đọc", "read-only")),
    READ_WRITE(LocalizedText.of("đọc và ghi", "read and write"));

    private final LocalizedText label;

    AccessLevel(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** The level of its name, whatever its case, or empty for anything else. */
    public static Optional<AccessLevel> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (AccessLevel level : values()) {
            if (level.name().equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
