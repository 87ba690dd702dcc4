package vn.practicum.engine.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import vn.practicum.engine.jdbc.EngineConnection;
import vn.practicum.engine.spi.Stage;

/** Writes the tracking read model on the connection of the engine command that changes the student. */
class StageTrackingWriter {

    private static final String UPDATE_CURRENT = """
            update practicum_student_stage
               set stage = ?, step_id = ?, step_name = ?, since = ?, host_code = coalesce(?, host_code),
                   mentor_id = coalesce(?, mentor_id), field_key = ?, process_instance_id = ?, outcome = ?,
                   updated_at = ?
             where student_id = ?""";

    private static final String INSERT_CURRENT = """
            insert into practicum_student_stage
                   (student_id, school_code, host_code, field_key, mentor_id, stage, step_id, step_name, since,
                    process_instance_id, outcome, started_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_HISTORY = """
            insert into practicum_stage_history
                   (student_id, stage, step_id, step_name, activity_instance_id, started_at, outcome)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private static final String CLOSE_HISTORY = """
            update practicum_stage_history
               set ended_at = ?, actor = coalesce(actor, ?), outcome = coalesce(outcome, ?)
             where activity_instance_id = ? and ended_at is null""";

    void enter(StudentStep step, Date now) {
        Connection connection = EngineConnection.current();
        Timestamp at = new Timestamp(now.getTime());
        try {
            int updated;
            try (PreparedStatement update = connection.prepareStatement(UPDATE_CURRENT)) {
                update.setString(1, step.stage().name());
                update.setString(2, step.stepId());
                update.setString(3, step.stepName());
                update.setTimestamp(4, at);
                update.setString(5, step.hostCode());
                update.setString(6, step.mentorId());
                update.setString(7, step.fieldKey());
                update.setString(8, step.processInstanceId());
                update.setString(9, step.outcome());
                update.setTimestamp(10, at);
                update.setString(11, step.studentId());
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_CURRENT)) {
                    insert.setString(1, step.studentId());
                    insert.setString(2, step.schoolCode());
                    insert.setString(3, step.hostCode());
                    insert.setString(4, step.fieldKey());
                    insert.setString(5, step.mentorId());
                    insert.setString(6, step.stage().name());
                    insert.setString(7, step.stepId());
                    insert.setString(8, step.stepName());
                    insert.setTimestamp(9, at);
                    insert.setString(10, step.processInstanceId());
                    insert.setString(11, step.outcome());
                    insert.setTimestamp(12, at);
                    insert.setTimestamp(13, at);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement history = connection.prepareStatement(INSERT_HISTORY)) {
                history.setString(1, step.studentId());
                history.setString(2, step.stage().name());
                history.setString(3, step.stepId());
                history.setString(4, step.stepName());
                history.setString(5, step.activityInstanceId());
                history.setTimestamp(6, at);
                history.setString(7, step.stage().isFinal() ? step.outcome() : null);
                history.executeUpdate();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not record step " + step.stepId() + " of student " + step.studentId(), e);
        }
    }

    void leave(String activityInstanceId, String actor, String outcome, Date now) {
        Connection connection = EngineConnection.current();
        try (PreparedStatement close = connection.prepareStatement(CLOSE_HISTORY)) {
            close.setTimestamp(1, new Timestamp(now.getTime()));
            close.setString(2, actor);
            close.setString(3, outcome);
            close.setString(4, activityInstanceId);
            close.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not close step " + activityInstanceId, e);
        }
    }

    /** A wait state (or final state) a student has just reached. */
    record StudentStep(String studentId, String schoolCode, String fieldKey, String hostCode, String mentorId,
                       Stage stage, String stepId, String stepName, String processInstanceId,
                       String activityInstanceId, String outcome) {
    }
}
