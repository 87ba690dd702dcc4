package vn.practicum.engine.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.Objects;
import vn.practicum.engine.spi.Stage;

/**
 * Keeps {@code practicum_stage_count} in step with {@code practicum_student_stage}, on the same connection and so in
 * the same transaction: a student moving from one (school, host, field, stage, grade) to another is taken off the
 * first counter and added to the second; leaving a stage adds the time spent in it to that stage's exits.
 * The two counters are updated in key order, so that two transactions moving students between the same two
 * counters in opposite directions wait for each other instead of deadlocking.
 */
class StageCounters {

    static final String NONE = "";

    private static final String ADD = """
            update practicum_stage_count
               set students = students + ?, exits = exits + ?, exit_seconds = exit_seconds + ?
             where school_code = ? and host_code = ? and field_key = ? and stage = ? and grade = ?""";

    private static final String INSERT = """
            insert into practicum_stage_count
                   (school_code, host_code, field_key, stage, grade, students, exits, exit_seconds)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final Comparator<Bucket> KEY_ORDER = Comparator.comparing(Bucket::schoolCode)
            .thenComparing(Bucket::hostKey).thenComparing(Bucket::fieldKey).thenComparing(Bucket::stage)
            .thenComparing(Bucket::grade);

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
        long exits = stageSince != null ? 1 : 0;
        long seconds = stageSince != null ? Math.max(0, (now.getTime() - stageSince.getTime()) / 1000) : 0;
        if (from == null) {
            add(connection, to, 1, 0, 0);
        } else if (KEY_ORDER.compare(from, to) < 0) {
            add(connection, from, -1, exits, seconds);
            add(connection, to, 1, 0, 0);
        } else {
            add(connection, to, 1, 0, 0);
            add(connection, from, -1, exits, seconds);
        }
    }

    private static void add(Connection connection, Bucket bucket, long students, long exits, long seconds)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ADD)) {
            update.setLong(1, students);
            update.setLong(2, exits);
            update.setLong(3, seconds);
            update.setString(4, bucket.schoolCode());
            update.setString(5, bucket.hostKey());
            update.setString(6, bucket.fieldKey());
            update.setString(7, bucket.stage().name());
            update.setString(8, bucket.grade());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, bucket.schoolCode());
            insert.setString(2, bucket.hostKey());
            insert.setString(3, bucket.fieldKey());
            insert.setString(4, bucket.stage().name());
            insert.setString(5, bucket.grade());
            insert.setLong(6, students);
            insert.setLong(7, exits);
            insert.setLong(8, seconds);
            insert.executeUpdate();
        }
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
