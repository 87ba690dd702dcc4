package vn.practicum.engine.tracking;

import java.util.Map;
import vn.practicum.engine.spi.Stage;

/**
 * How many students are in each stage, in all and per field.
 *
 * @param byStage every stage, zero where nobody is
 * @param byField field key → stage → students (only the stages somebody is in)
 */
public record Funnel(Map<Stage, Long> byStage, Map<String, Map<Stage, Long>> byField) {

    public long total() {
        return byStage.values().stream().mapToLong(Long::longValue).sum();
    }

    public long max() {
        return byStage.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
