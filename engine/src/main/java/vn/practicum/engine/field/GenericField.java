package vn.practicum.engine.field;

import java.math.BigDecimal;
import java.util.List;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Rubric.Criterion;

/** What applies to a student whose field has no plugin: the generic fragments and rubric. */
public final class GenericField {

    private GenericField() {
    }

    public static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion("professionalConduct",
                    LocalizedText.of("Tác phong, kỷ luật nghề nghiệp", "Professional conduct"), new BigDecimal("0.3")),
            new Criterion("workQuality",
                    LocalizedText.of("Chất lượng công việc được giao", "Quality of assigned work"), new BigDecimal("0.4")),
            new Criterion("learningProgress",
                    LocalizedText.of("Tiến bộ và chủ động học hỏi", "Learning and initiative"), new BigDecimal("0.3"))));
}
