package vn.practicum.engine.tracking;

import java.time.Instant;
import vn.practicum.engine.spi.Stage;

/** Where one student's placement stands now: a row of the tracking model. */
public record StudentStage(String studentId, String schoolCode, String hostCode, String fieldKey, String mentorId,
                           Stage stage, String stepId, String stepName, Instant since, String processInstanceId,
                           String outcome, Instant startedAt) {
}
