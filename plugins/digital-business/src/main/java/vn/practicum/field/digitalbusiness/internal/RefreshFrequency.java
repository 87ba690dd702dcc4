package vn.practicum.field.digitalbusiness.internal;

import java.util.Locale;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** How often the dashboard's figures are refreshed from their source. */
public enum RefreshFrequency {
    DAILY(LocalizedText.of("hằng ngày", "daily")),
    WEEKLY(LocalizedText.of("hằng tuần", "weekly")),
    MONTHLY(LocalizedText.of("hằng tháng", "monthly"));

    private final LocalizedText label;

    RefreshFrequency(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** The frequency of its name, whatever its case, or empty for anything else. */
    public static Optional<RefreshFrequency> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (RefreshFrequency frequency : values()) {
            if (frequency.name().equals(wanted)) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
