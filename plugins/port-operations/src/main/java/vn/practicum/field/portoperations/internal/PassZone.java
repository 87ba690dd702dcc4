package vn.practicum.field.portoperations.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** The restricted areas a port-facility pass opens (ISPS Code: access to each restricted area is controlled). */
public enum PassZone {
    QUAY_AND_YARD(LocalizedText.of("khu vực cầu cảng và bãi", "quay and yard areas")),
    CONTROL_CENTRE(LocalizedText.of("khu vực trung tâm điều độ", "control-centre area")),
    ALL_OPERATIONAL_AREAS(LocalizedText.of("mọi khu vực khai thác", "all operational areas"));

    private final LocalizedText label;

    PassZone(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    public boolean opens(PortWorkArea area) {
        return this == ALL_OPERATIONAL_AREAS || name().equals(area.name());
    }

    /** The zone of a form's code, or empty for null or an unknown code. */
    public static Optional<PassZone> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(zone -> zone.name().equals(code.strip())).findFirst();
    }
}
