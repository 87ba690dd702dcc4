package vn.practicum.engine.tracking;

import java.time.Instant;
import vn.practicum.engine.spi.Stage;

/** One step of a student's timeline: when it started and ended, who acted, and how it ended. */
public record StageStep(Stage stage, String stepId, String stepName, Instant startedAt, Instant endedAt,
                        String actor, String outcome) {
}
