package vn.practicum.engine.spi;

import java.util.Locale;
import java.util.Optional;

/** Where a student's placement stands. The first four are the lifecycle's stages; the rest are final. */
public enum Stage {
    ENROLMENT(LocalizedText.of("Tuyển chọn", "Enrolment")),
    PLACEMENT(LocalizedText.of("Xếp chỗ thực tập", "Placement")),
    MENTORING(LocalizedText.of("Thực tập và hướng dẫn", "Mentoring")),
    ASSESSMENT(LocalizedText.of("Đánh giá", "Assessment")),
    COMPLETED(LocalizedText.of("Hoàn thành", "Completed")),
    WITHDRAWN(LocalizedText.of("Đã rút", "Withdrawn")),
    CLOSED(LocalizedText.of("Kết thúc không hoàn thành", "Closed without completion"));

    private final LocalizedText label;

    Stage(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** The suffix of fragment and stage process ids: {@code placement} in {@code information-technology-placement}. */
    public String processSuffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return ordinal() >= COMPLETED.ordinal();
    }

    /** The stage a process belongs to, read from its key's suffix ({@code practicum-mentoring}, {@code tourism-mentoring}). */
    public static Optional<Stage> ofProcessKey(String processDefinitionKey) {
        if (processDefinitionKey == null) {
            return Optional.empty();
        }
        for (Stage stage : values()) {
            if (!stage.isFinal() && processDefinitionKey.endsWith("-" + stage.processSuffix())) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
