package vn.practicum.engine.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Rubric.Criterion;

/**
 * Scores on the Vietnamese 10-point scale: the mentor's rubric score (weighted criteria) and the
 * final score (mentor and supervisor's report grade, by {@code practicum.assessment.mentor-weight}).
 */
public class RubricScoring {

    private final BigDecimal mentorWeight;

    public RubricScoring(BigDecimal mentorWeight) {
        if (mentorWeight.signum() < 0 || mentorWeight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("practicum.assessment.mentor-weight must be between 0 and 1");
        }
        this.mentorWeight = mentorWeight;
    }

    /** The weighted rubric score, rounded to two decimals. Every criterion needs a score from 0 to 10. */
    public double mentorScore(Rubric rubric, Function<String, Number> scoreOfVariable) {
        List<String> problems = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : rubric.criteria()) {
            Number score = scoreOfVariable.apply(criterion.variableName());
            if (score == null) {
                problems.add(criterion.variableName() + " is missing");
                continue;
            }
            BigDecimal value = new BigDecimal(score.toString());
            if (value.signum() < 0 || value.compareTo(BigDecimal.TEN) > 0) {
                problems.add(criterion.variableName() + " must be between 0 and 10, not " + score);
                continue;
            }
            total = total.add(value.multiply(criterion.weight()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidScoresException(String.join("; ", problems));
        }
        return total.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Final score: mentor weight × mentor score + the rest × report score, rounded to one decimal as transcripts show it. */
    public double finalScore(double mentorScore, double reportScore) {
        if (reportScore < 0 || reportScore > 10) {
            throw new InvalidScoresException("reportScore must be between 0 and 10, not " + reportScore);
        }
        BigDecimal result = mentorWeight.multiply(BigDecimal.valueOf(mentorScore))
                .add(BigDecimal.ONE.subtract(mentorWeight).multiply(BigDecimal.valueOf(reportScore)));
        return result.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Scores that cannot be used: the process turns this into a BPMN error, sending the form back. */
    public static class InvalidScoresException extends RuntimeException {
        public InvalidScoresException(String message) {
            super(message);
        }
    }
}
