package vn.practicum.engine.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Objects;
import vn.practicum.engine.spi.Stage;

/**
 * Keeps the stage counters in step with {@code practicum_student_stage}, on the same connection and so in the same
 * transaction: a student moving from one (school, host, field, stage, grade) to another is taken off the first
 * counter and added to the second; leaving a stage adds the time spent in it to that stage's exits.
 *
 * <p>Only inserts into {@code practicum_stage_delta}: no shared counter row is locked by the engine's transactions,
 * so a bulk enrolment on several threads or two nodes of a cluster never wait for or deadlock on each other here.
 * {@link TrackingPageQueries} adds the deltas to {@code practicum_stage_count} when it reads, and folds them in.
 */
class StageCounters {

    static final String NONE = "";

    private static final String INSERT_DELTA = """
            insert into practicum_stage_delta
                   (school_code, host_code, field_key, stage, grade, students, exits, exit_seconds)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The grade a counter keeps: the final grade of a completed student, none otherwise. */
    static String gradeOf(Stage stage, String outcome) {
        return stage == Stage.COMPLETED && outcome != null ? outcome : NONE;
    }

    /**
     * Moves a student from one counter to another.
     *
     * @param from       the counter the student was in, or null for a new student
     * @param to         the counter the student is in now
     * @param stageSince when the student entered the stage they leave, or null if they stay in their stage
     */
    void move(Connection connection, Bucket from, Bucket to, Timestamp stageSince, Timestamp now) throws SQLException {
        if (to.equals(from)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DELTA)) {
            if (from != null) {
                long exits = stageSince != null ? 1 : 0;
                long seconds = stageSince != null ? Math.max(0, (now.getTime() - stageSince.getTime()) / 1000) : 0;
                add(insert, from, -1, exits, seconds);
            }
            add(insert, to, 1, 0, 0);
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, Bucket bucket, long students, long exits, long seconds)
            throws SQLException {
        insert.setString(1, bucket.schoolCode());
        insert.setString(2, bucket.hostKey());
        insert.setString(3, bucket.fieldKey());
        insert.setString(4, bucket.stage().name());
        insert.setString(5, bucket.grade());
        insert.setLong(6, students);
        insert.setLong(7, exits);
        insert.setLong(8, seconds);
        insert.addBatch();
    }

    /** One counter's key; hostCode null while the student has no host. */
    record Bucket(String schoolCode, String hostCode, String fieldKey, Stage stage, String grade) {

        Bucket {
            Objects.requireNonNull(schoolCode);
            Objects.requireNonNull(fieldKey);
            Objects.requireNonNull(stage);
            hostCode = hostCode == null || hostCode.isEmpty() ? null : hostCode;
            grade = grade == null ? NONE : grade;
        }

        String hostKey() {
            return hostCode == null ? NONE : hostCode;
        }
    }
}
