package vn.practicum.field.strategicmanagement.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** The analysis frameworks a strategy analysis may use, and which side of the strategy they look at. */
public enum StrategyFramework {
    PESTEL(Perspective.EXTERNAL, LocalizedText.of("PESTEL", "PESTEL")),
    PORTER_FIVE_FORCES(Perspective.EXTERNAL, LocalizedText.of("Năm lực lượng cạnh tranh (Porter)", "Porter's five forces")),
    SCENARIO_PLANNING(Perspective.EXTERNAL, LocalizedText.of("Xây dựng kịch bản", "Scenario planning")),
    COMPETITOR_PROFILING(Perspective.EXTERNAL, LocalizedText.of("Phân tích đối thủ cạnh tranh", "Competitor profiling")),
    VALUE_CHAIN(Perspective.INTERNAL, LocalizedText.of("Chuỗi giá trị", "Value chain")),
    VRIO(Perspective.INTERNAL, LocalizedText.of("VRIO (nguồn lực và năng lực)", "VRIO (resources and capabilities)")),
    MCKINSEY_7S(Perspective.INTERNAL, LocalizedText.of("Mô hình 7S của McKinsey", "McKinsey 7S")),
    FINANCIAL_ANALYSIS(Perspective.INTERNAL, LocalizedText.of("Phân tích tài chính", "Financial analysis"));

    /** What a framework looks at: the environment, or the organisation itself. */
    public enum Perspective {
        EXTERNAL(LocalizedText.of("môi trường bên ngoài", "the external environment")),
        INTERNAL(LocalizedText.of("nội bộ tổ chức", "the organisation itself"));

        private final LocalizedText label;

        Perspective(LocalizedText label) {
            this.label = label;
        }

        public LocalizedText label() {
            return label;
        }
    }

    private final Perspective perspective;
    private final LocalizedText label;

    StrategyFramework(Perspective perspective, LocalizedText label) {
        this.perspective = perspective;
        this.label = label;
    }

    public Perspective perspective() {
        return perspective;
    }

    public LocalizedText label() {
        return label;
    }

    static Optional<StrategyFramework> of(String name) {
        return Arrays.stream(values()).filter(framework -> framework.name().equals(name.strip())).findFirst();
    }
}
