package vn.practicum.engine.student;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The student register ({@code practicum_student}): the personal data the processes refer to by student id only.
 * Writes join the caller's transaction (Spring's, which the engine shares), so a student registered together with
 * the start of their lifecycle is registered exactly when it starts.
 */
public class StudentRegister {

    /** Rows per {@code in (...)} list and per JDBC batch. */
    static final int CHUNK = 500;

    private static final RowMapper<StudentRecord> STUDENT = (rs, row) -> new StudentRecord(
            rs.getString("student_id"), rs.getString("school_code"), rs.getString("student_code"),
            rs.getString("full_name"), rs.getString("email"), rs.getBoolean("placement_priority"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("national_id"));

    private final JdbcTemplate jdbc;

    public StudentRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers the students. A student id registered already fails the insert (primary key), which rolls back the
     * caller's transaction: two imports of the same file at once cannot both start the same student.
     */
    public void register(List<StudentRecord> students) {
        for (int from = 0; from < students.size(); from += CHUNK) {
            List<StudentRecord> chunk = students.subList(from, Math.min(students.size(), from + CHUNK));
            jdbc.batchUpdate("""
                    insert into practicum_student
                           (student_id, school_code, student_code, full_name, email, placement_priority, created_at,
                            national_id, search_key, sort_key)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", chunk, chunk.size(), (statement, student) -> {
                statement.setString(1, student.studentId());
                statement.setString(2, student.schoolCode());
                statement.setString(3, student.studentCode());
                statement.setString(4, student.fullName());
                statement.setString(5, student.email());
                statement.setBoolean(6, student.placementPriority());
                statement.setTimestamp(7, Timestamp.from(student.createdAt()));
                statement.setString(8, student.nationalId());
                statement.setString(9, StudentNames.searchKey(student.fullName(), student.studentCode()));
                statement.setString(10, StudentNames.sortKey(student.fullName()));
            });
            // a student the tracking model knows already (started before being registered) gets the name keys too
            jdbc.batchUpdate("update practicum_student_stage set search_key = ?, sort_key = ? where student_id = ?",
                    chunk, chunk.size(), (statement, student) -> {
                        statement.setString(1, StudentNames.searchKey(student.fullName(), student.studentCode()));
                        statement.setString(2, StudentNames.sortKey(student.fullName()));
                        statement.setString(3, student.studentId());
                    });
        }
    }

    /**
     * Computes the search and sort keys ({@link StudentNames}) of students registered before they existed; run at
     * start-up, does nothing once every student has them.
     *
     * @return how many students got their keys
     */
    public int fillMissingNameKeys() {
        List<Object[]> missing = jdbc.query(
                "select student_id, student_code, full_name from practicum_student where search_key is null",
                (rs, row) -> new Object[] {
                        StudentNames.searchKey(rs.getString("full_name"), rs.getString("student_code")),
                        StudentNames.sortKey(rs.getString("full_name")), rs.getString("student_id")});
        for (int from = 0; from < missing.size(); from += CHUNK) {
            jdbc.batchUpdate("update practicum_student set search_key = ?, sort_key = ? where student_id = ?",
                    missing.subList(from, Math.min(missing.size(), from + CHUNK)));
        }
        // tracking rows written before their keys existed: the register's keys, or the unregistered student's
        jdbc.update("""
                update practicum_student_stage
                   set search_key = coalesce((select r.search_key from practicum_student r
                                               where r.student_id = practicum_student_stage.student_id),
                                             lower(student_id)),
                       sort_key = coalesce((select r.sort_key from practicum_student r
                                             where r.student_id = practicum_student_stage.student_id),
                                           'zz' || lower(student_id))
                 where sort_key is null""");
        return missing.size();
    }

    public Optional<StudentRecord> find(String studentId) {
        return jdbc.query("select * from practicum_student where student_id = ?", STUDENT, studentId).stream().findFirst();
    }

    /** Which of these student ids are registered. */
    public Set<String> registered(Collection<String> studentIds) {
        return existing("practicum_student", studentIds);
    }

    /**
     * Which of these student ids the tracking model knows: students whose lifecycle ever started, whether or not
     * through the register, running or finished.
     */
    public Set<String> tracked(Collection<String> studentIds) {
        return existing("practicum_student_stage", studentIds);
    }

    /** Erases the student's personal data on request; the lifecycle and tracking keep only the student id. */
    public boolean erase(String studentId) {
        jdbc.update("update practicum_student_stage set search_key = ?, sort_key = ? where student_id = ?",
                StudentNames.searchable(studentId), StudentNames.unregisteredSortKey(studentId), studentId);
        return jdbc.update("delete from practicum_student where student_id = ?", studentId) > 0;
    }

    private Set<String> existing(String table, Collection<String> studentIds) {
        Set<String> found = new HashSet<>();
        List<String> ids = new ArrayList<>(studentIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            found.addAll(jdbc.queryForList("select student_id from " + table + " where student_id in (" + marks + ")",
                    String.class, chunk.toArray()));
        }
        return found;
    }
}
