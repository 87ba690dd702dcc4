package vn.practicum.engine.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Year;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngineException;
import vn.practicum.engine.jdbc.EngineConnection;

/**
 * Issues completion certificates, at most one per student placement: issuing again (a retried job,
 * a second node) returns the certificate already issued.
 */
public class CertificateRegistry {

    public String issue(String studentId, String fieldKey, String finalGrade, double finalScore, Date now) {
        Connection connection = EngineConnection.current();
        try {
            String existing = find(connection, studentId);
            if (existing != null) {
                return existing;
            }
            String number = numberFor(studentId, now);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into practicum_certificate (student_id, certificate_number, field_key, final_grade, final_score, issued_at)
                    values (?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, studentId);
                insert.setString(2, number);
                insert.setString(3, fieldKey);
                insert.setString(4, finalGrade);
                insert.setDouble(5, finalScore);
                insert.setTimestamp(6, new Timestamp(now.getTime()));
                insert.executeUpdate();
            }
            return number;
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not issue the certificate of student " + studentId, e);
        }
    }

    private static String find(Connection connection, String studentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select certificate_number from practicum_certificate where student_id = ?")) {
            select.setString(1, studentId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** HTLV-<year>-<student id>: unique because the student id is, and readable on paper. */
    static String numberFor(String studentId, Date now) {
        int year = Year.from(now.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))).getValue();
        return "HTLV-" + year + "-" + studentId.toUpperCase(Locale.ROOT);
    }
}
