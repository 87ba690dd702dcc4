package vn.practicum.field.tourism.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** Which tourists the student will guide: the three scopes of practice of the Law on Tourism 2017 (Art. 58). */
public enum TourScope {
    INTERNATIONAL(LocalizedText.of("tour cho khách du lịch quốc tế", "tours for international tourists")),
    DOMESTIC(LocalizedText.of("tour cho khách du lịch nội địa", "tours for domestic tourists")),
    ON_SITE(LocalizedText.of("hướng dẫn tại khu du lịch, điểm du lịch", "guiding at a tourist site"));

    private final LocalizedText label;

    TourScope(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** The scope of a form's code, or empty for null or an unknown code. */
    public static Optional<TourScope> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(scope -> scope.name().equals(code.strip())).findFirst();
    }
}
