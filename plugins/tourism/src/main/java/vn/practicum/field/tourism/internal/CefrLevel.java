package vn.practicum.field.tourism.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Foreign-language levels of the Common European Framework of Reference (CEFR), lowest first; Vietnam's 6-level
 * framework (Circular 01/2014/TT-BGDĐT) maps level 1 to A1 ... level 6 to C2.
 */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2;

    /** The least an international tour guide needs (Circular 06/2017/TT-BVHTTDL: B2, level 4 of 6). */
    public static final CefrLevel INTERNATIONAL_GUIDE_MINIMUM = B2;

    public boolean isAtLeast(CefrLevel other) {
        return compareTo(other) >= 0;
    }

    /** Vietnam's framework level, 1 to 6. */
    public int vietnameseLevel() {
        return ordinal() + 1;
    }

    /** The level of a code such as {@code B2} (case and spaces ignored), or empty. */
    public static Optional<CefrLevel> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(level -> level.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
