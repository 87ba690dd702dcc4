package vn.practicum.field.fintech.internal;

import java.util.Locale;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/**
 * The data a fintech student may see, from the narrowest to the widest. There is no wider scope: live customer
 * data and production systems are never granted to a student (Decree 94/2025/NĐ-CP limits a controlled-testing
 * mechanism's data to what its test plan allows; Law on Personal Data Protection 91/2025/QH15).
 */
public enum SandboxDataScope {
    SYNTHETIC(LocalizedText.of("dữ liệu giả lập", "synthetic data")),
    MASKED(LocalizedText.of("dữ liệu thật đã che giấu, khử định danh", "masked, de-identified real data"));

    private final LocalizedText label;

    SandboxDataScope(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** True if this scope shows more than the other one. */
    public boolean isWiderThan(SandboxDataScope other) {
        return ordinal() > other.ordinal();
    }

    /** The scope of its name ({@code SYNTHETIC}, {@code masked}), or empty for anything else. */
    public static Optional<SandboxDataScope> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (SandboxDataScope scope : values()) {
            if (scope.name().equals(wanted)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
