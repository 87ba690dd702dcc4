package vn.practicum.engine.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import vn.practicum.engine.jdbc.EngineConnection;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.student.StudentNames;

/** Writes the tracking read model on the connection of the engine command that changes the student. */
class StageTrackingWriter {

    private final StageCounters counters = new StageCounters();

    private static final String READ_CURRENT = """
            select school_code, host_code, field_key, stage, outcome, stage_since
              from practicum_student_stage where student_id = ?""";

    private static final String UPDATE_CURRENT = """
            update practicum_student_stage
               set stage_since = case when stage = ? then stage_since else ? end, stage = ?, step_id = ?, step_name = ?, since = ?, host_code = coalesce(?, host_code),
                   mentor_id = coalesce(?, mentor_id), field_key = ?, process_instance_id = ?, outcome = ?,
                   updated_at = ?
             where student_id = ?""";

    private static final String INSERT_CURRENT = """
            insert into practicum_student_stage
                   (student_id, school_code, host_code, field_key, mentor_id, stage, step_id, step_name, since,
                    process_instance_id, outcome, started_at, updated_at, stage_since, sort_key, search_key)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    coalesce((select r.sort_key from practicum_student r where r.student_id = ?), ?),
                    coalesce((select r.search_key from practicum_student r where r.student_id = ?), ?))""";

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
            Current before = current(connection, step.studentId());
            int updated = 0;
            if (before != null) {
                try (PreparedStatement update = connection.prepareStatement(UPDATE_CURRENT)) {
                    update.setString(1, step.stage().name());
                    update.setTimestamp(2, at);
                    update.setString(3, step.stage().name());
                    update.setString(4, step.stepId());
                    update.setString(5, step.stepName());
                    update.setTimestamp(6, at);
                    update.setString(7, step.hostCode());
                    update.setString(8, step.mentorId());
                    update.setString(9, step.fieldKey());
                    update.setString(10, step.processInstanceId());
                    update.setString(11, step.outcome());
                    update.setTimestamp(12, at);
                    update.setString(13, step.studentId());
                    updated = update.executeUpdate();
                }
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
                    insert.setTimestamp(14, at);
                    insert.setString(15, step.studentId());
                    insert.setString(16, StudentNames.unregisteredSortKey(step.studentId()));
                    insert.setString(17, step.studentId());
                    insert.setString(18, StudentNames.searchable(step.studentId()));
                    insert.executeUpdate();
                }
            }
            counters.move(connection, before == null ? null : before.bucket(), bucketOf(step, before),
                    before != null && before.stage() != step.stage() ? before.stageSince() : null, at);
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

    private static Current current(Connection connection, String studentId) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ_CURRENT)) {
            read.setString(1, studentId);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Stage stage = Stage.valueOf(rs.getString("stage"));
                Timestamp stageSince = rs.getTimestamp("stage_since");
                return new Current(new StageCounters.Bucket(rs.getString("school_code"), rs.getString("host_code"),
                        rs.getString("field_key"), stage, StageCounters.gradeOf(stage, rs.getString("outcome"))),
                        stage, stageSince);
            }
        }
    }

    /** The counter the student is in once the step is recorded: the update keeps a host or mentor it is not given. */
    private static StageCounters.Bucket bucketOf(StudentStep step, Current before) {
        String school = before != null ? before.bucket().schoolCode() : step.schoolCode();
        String host = step.hostCode() != null ? step.hostCode() : before != null ? before.bucket().hostCode() : null;
        return new StageCounters.Bucket(school, host, step.fieldKey(), step.stage(),
                StageCounters.gradeOf(step.stage(), step.outcome()));
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

    /** Where the student stood before the step. */
    private record Current(StageCounters.Bucket bucket, Stage stage, Timestamp stageSince) {
    }

    /** A wait state (or final state) a student has just reached. */
    record StudentStep(String studentId, String schoolCode, String fieldKey, String hostCode, String mentorId,
                       Stage stage, String stepId, String stepName, String processInstanceId,
                       String activityInstanceId, String outcome) {
    }
}
