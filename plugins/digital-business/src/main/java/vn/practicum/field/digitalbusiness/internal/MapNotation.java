package vn.practicum.field.digitalbusiness.internal;

import java.util.Locale;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** The notations a process map delivered to a host may use: ones the host's people can read and keep up. */
public enum MapNotation {
    BPMN(LocalizedText.of("BPMN 2.0", "BPMN 2.0")),
    FLOWCHART(LocalizedText.of("lưu đồ theo làn (swimlane)", "swimlane flowchart")),
    VALUE_STREAM_MAP(LocalizedText.of("sơ đồ chuỗi giá trị", "value stream map"));

    private final LocalizedText label;

    MapNotation(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** The notation of its name, whatever its case, or empty for anything else. */
    public static Optional<MapNotation> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (MapNotation notation : values()) {
            if (notation.name().equals(wanted)) {
                return Optional.of(notation);
            }
        }
        return Optional.empty();
    }
}
