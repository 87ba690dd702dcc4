package vn.practicum.engine.tracking;

import java.util.Map;
import vn.practicum.engine.spi.Stage;

/**
 * One line of the programme summary.
 *
 * @param key            the field key, school code, host code ("" for students with no host yet) or province
 * @param enrolled       every student whose lifecycle started
 * @param placed         students with a host, whatever their stage
 * @param inMentoring    students in the mentoring stage now
 * @param assessed       students who reached assessment: in it now or completed
 * @param completed      students who completed
 * @param withdrawn      students who withdrew
 * @param closed         students whose practicum ended without completion otherwise
 * @param averageDays    per lifecycle stage, the average days the students who left it spent in it (absent if none)
 * @param grades         final grade → completed students
 */
public record SummaryRow(String key, long enrolled, long placed, long inMentoring, long assessed, long completed,
                         long withdrawn, long closed, Map<Stage, Double> averageDays, Map<String, Long> grades) {

    /** Completed students among those whose practicum ended (completed, withdrawn or closed), 0 to 1; null if none. */
    public Double completionRate() {
        long ended = completed + withdrawn + closed;
        return ended == 0 ? null : (double) completed / ended;
    }
}
