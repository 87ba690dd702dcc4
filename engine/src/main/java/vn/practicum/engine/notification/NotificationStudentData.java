package vn.practicum.engine.notification;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.privacy.StudentDataHolder;

/**
 * The mails sent to a student (the ledger holds user ids and task ids, never addresses) in the student's data export;
 * removed on erasure, so the ledger keeps no trace of an erased student.
 */
public class NotificationStudentData implements StudentDataHolder {

    private final JdbcTemplate jdbc;

    public NotificationStudentData(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Object export(String studentId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select kind, task_id, status, claimed_at, sent_at from practicum_notification
                 where recipient_id = ? order by claimed_at""", studentId);
        return rows.isEmpty() ? null : rows;
    }

    @Override
    public void erase(String studentId, String pseudonym) {
        jdbc.update("delete from practicum_notification where recipient_id = ?", studentId);
    }
}
