package vn.practicum.engine.spi;

import java.math.BigDecimal;
import java.util.List;

/** An assessment rubric: weighted criteria whose weights add up to exactly 1. */
public record Rubric(List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("A rubric needs at least one criterion");
        }
        BigDecimal total = criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("Rubric weights must add up to 1, not " + total);
        }
    }

    /**
     * One criterion.
     *
     * @param key    the form field suffix: the mentor's score is the variable {@code score_<key>}, 0 to 10
     * @param name   what users read
     * @param weight share of the mentor's score, 0 to 1
     */
    public record Criterion(String key, LocalizedText name, BigDecimal weight) {
        public Criterion {
            if (!key.matches("[a-zA-Z][a-zA-Z0-9]*")) {
                throw new IllegalArgumentException("Criterion key must be a plain identifier: " + key);
            }
            if (weight.signum() <= 0 || weight.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("Criterion weight must be in (0, 1]: " + weight);
            }
        }

        public String variableName() {
            return "score_" + key;
        }
    }
}
