package vn.practicum.engine.placement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.privacy.StudentDataHolder;

/**
 * A student's part in placement rounds (applications, choices, hosts' rankings, results) in the student's data export,
 * and kept under the pseudonym on erasure: the round's statistics stay, the student id goes.
 */
public class PlacementStudentData implements StudentDataHolder {

    private final JdbcTemplate jdbc;

    public PlacementStudentData(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public String name() {
        return "placementRounds";
    }

    @Override
    public Object export(String studentId) {
        Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
        data.put("applications", jdbc.queryForList(
                "select * from practicum_placement_applicant where student_id = ? order by round_id", studentId));
        data.put("choices", jdbc.queryForList(
                "select * from practicum_placement_choice where student_id = ? order by round_id, choice_rank", studentId));
        data.put("hostChoices", jdbc.queryForList(
                "select * from practicum_placement_host_choice where student_id = ? order by offer_id", studentId));
        data.put("results", jdbc.queryForList(
                "select * from practicum_placement_result where student_id = ? order by round_id", studentId));
        return data.values().stream().allMatch(List::isEmpty) ? null : data;
    }

    @Override
    public void erase(String studentId, String pseudonym) {
        // the choices reference the application: a copy under the pseudonym first, then the choices, then the original
        jdbc.update("""
                insert into practicum_placement_applicant
                       (round_id, student_id, school_code, field_key, priority, qualifications, ranked_at)
                select round_id, ?, school_code, field_key, priority, '', ranked_at
                  from practicum_placement_applicant where student_id = ?""", pseudonym, studentId);
        jdbc.update("update practicum_placement_choice set student_id = ? where student_id = ?", pseudonym, studentId);
        jdbc.update("delete from practicum_placement_applicant where student_id = ?", studentId);
        jdbc.update("update practicum_placement_host_choice set student_id = ? where student_id = ?", pseudonym, studentId);
        jdbc.update("update practicum_placement_result set student_id = ? where student_id = ?", pseudonym, studentId);
    }
}
