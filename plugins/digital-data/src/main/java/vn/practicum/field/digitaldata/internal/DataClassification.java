package vn.practicum.field.digitaldata.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/**
 * How sensitive the records in a student's scope are, least sensitive first: the three classes of the Law on Data
 * 2024 (other, important, core data) and, beyond them, state secrets (Law on Protection of State Secrets 2018).
 */
public enum DataClassification {
    OTHER_DATA(LocalizedText.of("Dữ liệu khác (không phải dữ liệu quan trọng, cốt lõi)", "Other data (neither important nor core)")),
    IMPORTANT_DATA(LocalizedText.of("Dữ liệu quan trọng", "Important data")),
    CORE_DATA(LocalizedText.of("Dữ liệu cốt lõi", "Core data")),
    STATE_SECRET(LocalizedText.of("Tài liệu chứa bí mật nhà nước", "Records holding state secrets"));

    private final LocalizedText label;

    DataClassification(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isAbove(DataClassification other) {
        return compareTo(other) > 0;
    }

    static Optional<DataClassification> of(String name) {
        return Arrays.stream(values()).filter(classification -> classification.name().equals(name.strip())).findFirst();
    }
}
