package vn.practicum.engine.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import vn.practicum.engine.jdbc.EngineConnection;

/**
 * The consent record ({@code practicum_consent}). The consent task's outcome is written on the engine command's own
 * connection ({@link #recordInEngine}), so the task is complete exactly when its consent is recorded; withdrawals join
 * the caller's transaction.
 */
public class ConsentRegister {

    static final String SOURCE_TASK = "TASK";
    static final String SOURCE_API = "API";

    private static final String INSERT = """
            insert into practicum_consent
                   (student_id, event, purposes, actor, recorded_at, source, task_id, process_instance_id)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final RowMapper<ConsentRecord> CONSENT = (rs, row) -> new ConsentRecord(
            rs.getString("student_id"), ConsentEvent.valueOf(rs.getString("event")), purposes(rs.getString("purposes")),
            rs.getString("actor"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("source"),
            rs.getString("task_id"), rs.getString("process_instance_id"));

    private final JdbcTemplate jdbc;

    public ConsentRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The student's consent events, oldest first. */
    public List<ConsentRecord> of(String studentId) {
        return jdbc.query("select * from practicum_consent where student_id = ? order by recorded_at, id", CONSENT, studentId);
    }

    /** The latest event: the student's consent now. */
    public Optional<ConsentEvent> current(String studentId) {
        List<ConsentRecord> records = of(studentId);
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1).event());
    }

    /** Records a withdrawal of every purpose, in the caller's transaction. */
    public void recordWithdrawal(String studentId, String actor, Instant at) {
        jdbc.update(INSERT, studentId, ConsentEvent.WITHDRAWN.name(), names(EnumSet.allOf(ConsentPurpose.class)), actor,
                Timestamp.from(at), SOURCE_API, null, null);
    }

    /** Records the consent task's outcome in the transaction of the engine command completing the task. */
    static void recordInEngine(ConsentRecord record) {
        Connection connection = EngineConnection.current();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, record.studentId());
            insert.setString(2, record.event().name());
            insert.setString(3, names(record.purposes()));
            insert.setString(4, record.actor());
            insert.setTimestamp(5, Timestamp.from(record.recordedAt()));
            insert.setString(6, record.source());
            insert.setString(7, record.taskId());
            insert.setString(8, record.processInstanceId());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not record the consent of student " + record.studentId(), e);
        }
    }

    private static String names(java.util.Collection<ConsentPurpose> purposes) {
        return purposes.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static List<ConsentPurpose> purposes(String names) {
        return names == null || names.isBlank() ? List.of()
                : Arrays.stream(names.split(",")).map(String::trim).map(ConsentPurpose::valueOf).toList();
    }
}
