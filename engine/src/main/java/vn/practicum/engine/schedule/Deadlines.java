package vn.practicum.engine.schedule;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Due dates from ISO-8601 durations, on the engine's clock (so tests that move the clock see the same
 * dates as timers do). Used from BPMN as {@code camunda:dueDate="${deadlines.after(taskDueAfter)}"}.
 */
public class Deadlines {

    public static final String BEAN_NAME = "deadlines";

    public Date after(String isoDuration) {
        Calendar calendar = Calendar.getInstance();
        calendar.setTime(ClockUtil.getCurrentTime());
        String text = isoDuration == null ? "" : isoDuration.trim();
        try {
            if (text.contains("T")) {
                Duration duration = Duration.parse(text);
                calendar.add(Calendar.SECOND, (int) duration.getSeconds());
            } else {
                Period period = Period.parse(text);
                calendar.add(Calendar.YEAR, period.getYears());
                calendar.add(Calendar.MONTH, period.getMonths());
                calendar.add(Calendar.DAY_OF_MONTH, period.getDays());
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 duration such as P3D or PT12H: '" + isoDuration + "'", e);
        }
        return calendar.getTime();
    }
}
