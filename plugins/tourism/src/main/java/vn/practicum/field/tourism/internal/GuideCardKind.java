package vn.practicum.field.tourism.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.practicum.engine.spi.LocalizedText;

/**
 * The three tour-guide cards of the Law on Tourism 2017 (Art. 58) and what each lets its holder guide: an
 * international card international and domestic tourists anywhere, a domestic card domestic tourists anywhere,
 * an on-site card only at its tourist site. International and domestic cards are valid for 5 years; the on-site
 * card has no term.
 */
public enum GuideCardKind {
    INTERNATIONAL(LocalizedText.of("thẻ hướng dẫn viên du lịch quốc tế", "international tour-guide card"), true,
            EnumSet.of(TourScope.INTERNATIONAL, TourScope.DOMESTIC, TourScope.ON_SITE)),
    DOMESTIC(LocalizedText.of("thẻ hướng dẫn viên du lịch nội địa", "domestic tour-guide card"), true,
            EnumSet.of(TourScope.DOMESTIC, TourScope.ON_SITE)),
    ON_SITE(LocalizedText.of("thẻ hướng dẫn viên du lịch tại điểm", "on-site tour-guide card"), false,
            EnumSet.of(TourScope.ON_SITE));

    /** International and domestic cards are valid for 5 years (Law on Tourism 2017, Art. 58). */
    public static final int TERM_YEARS = 5;

    private final LocalizedText label;
    private final boolean hasTerm;
    private final Set<TourScope> scopes;

    GuideCardKind(LocalizedText label, boolean hasTerm, Set<TourScope> scopes) {
        this.label = label;
        this.hasTerm = hasTerm;
        this.scopes = scopes;
    }

    public LocalizedText label() {
        return label;
    }

    /** Whether the card is issued for a term (and so must show the day it expires). */
    public boolean hasTerm() {
        return hasTerm;
    }

    public boolean mayGuide(TourScope scope) {
        return scopes.contains(scope);
    }

    /** The kind of a form's code, or empty for null or an unknown code. */
    public static Optional<GuideCardKind> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(kind -> kind.name().equals(code.strip())).findFirst();
    }
}
