package vn.practicum.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.field.GenericField;

class RubricScoringTest {

    private final RubricScoring scoring = new RubricScoring(new BigDecimal("0.6"));

    @Test
    void weighs_each_criterion_of_the_rubric() {
        Map<String, Number> scores = Map.of("score_professionalConduct", 9, "score_workQuality", 8L, "score_learningProgress", 7.5);

        double mentorScore = scoring.mentorScore(GenericField.RUBRIC, scores::get);

        // 0.3 * 9 + 0.4 * 8 + 0.3 * 7.5 = 2.7 + 3.2 + 2.25
        assertThat(mentorScore).isEqualTo(8.15);
    }

    @Test
    void names_every_missing_or_out_of_range_score() {
        Map<String, Number> scores = Map.of("score_professionalConduct", 11, "score_workQuality", -1);

        assertThatThrownBy(() -> scoring.mentorScore(GenericField.RUBRIC, scores::get))
                .isInstanceOf(RubricScoring.InvalidScoresException.class)
                .hasMessageContaining("score_professionalConduct must be between 0 and 10")
                .hasMessageContaining("score_workQuality must be between 0 and 10")
                .hasMessageContaining("score_learningProgress is missing");
    }

    @Test
    void final_score_weighs_mentor_and_supervisor_and_rounds_to_one_decimal() {
        assertThat(scoring.finalScore(8.15, 7.0)).isEqualTo(7.7);   // 4.89 + 2.8 = 7.69
        assertThat(scoring.finalScore(10, 10)).isEqualTo(10.0);
        assertThatThrownBy(() -> scoring.finalScore(8, 10.5)).isInstanceOf(RubricScoring.InvalidScoresException.class);
    }

    @Test
    void refuses_a_weight_outside_zero_to_one() {
        assertThatThrownBy(() -> new RubricScoring(new BigDecimal("1.2"))).isInstanceOf(IllegalArgumentException.class);
    }
}
