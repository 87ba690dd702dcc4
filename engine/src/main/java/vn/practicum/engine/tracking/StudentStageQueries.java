package vn.practicum.engine.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import vn.practicum.engine.spi.Stage;

/**
 * Reads the tracking model, and only it: every question is answered from indexed columns of
 * {@code practicum_student_stage} and {@code practicum_stage_history}, never from Camunda's history.
 */
public class StudentStageQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private static final String COLUMNS = "student_id, school_code, host_code, field_key, mentor_id, stage, step_id, "
            + "step_name, since, process_instance_id, outcome, started_at";

    private static final RowMapper<StudentStage> STUDENT = (rs, row) -> new StudentStage(
            rs.getString("student_id"), rs.getString("school_code"), rs.getString("host_code"),
            rs.getString("field_key"), rs.getString("mentor_id"), Stage.valueOf(rs.getString("stage")),
            rs.getString("step_id"), rs.getString("step_name"), instant(rs, "since"),
            rs.getString("process_instance_id"), rs.getString("outcome"), instant(rs, "started_at"));

    private final JdbcTemplate jdbc;

    public StudentStageQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StudentStage> find(String studentId) {
        return jdbc.query("select " + COLUMNS + " from practicum_student_stage where student_id = ?", STUDENT, studentId)
                .stream().findFirst();
    }

    /** The student's steps, oldest first. */
    public List<StageStep> history(String studentId) {
        return jdbc.query("""
                select stage, step_id, step_name, started_at, ended_at, actor, outcome
                  from practicum_stage_history where student_id = ? order by started_at, id""",
                (rs, row) -> new StageStep(Stage.valueOf(rs.getString("stage")), rs.getString("step_id"),
                        rs.getString("step_name"), instant(rs, "started_at"), instant(rs, "ended_at"),
                        rs.getString("actor"), rs.getString("outcome")),
                studentId);
    }

    /**
     * The students of one school, optionally of one stage and one field, ordered by student id.
     *
     * @param page zero-based
     * @param size 1 to {@link #MAX_PAGE_SIZE}
     */
    public StudentPage bySchool(String schoolCode, Stage stage, String fieldKey, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        StringBuilder where = new StringBuilder(" where school_code = ?");
        List<Object> args = new ArrayList<>(List.of(schoolCode));
        if (stage != null) {
            where.append(" and stage = ?");
            args.add(stage.name());
        }
        if (fieldKey != null) {
            where.append(" and field_key = ?");
            args.add(fieldKey);
        }
        Long total = jdbc.queryForObject("select count(*) from practicum_student_stage" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<StudentStage> items = jdbc.query("select " + COLUMNS + " from practicum_student_stage" + where
                + " order by student_id limit ? offset ?", STUDENT, pageArgs.toArray());
        return new StudentPage(items, total == null ? 0 : total, page, size);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
