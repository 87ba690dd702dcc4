package vn.practicum.engine.config;

import java.math.BigDecimal;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.practicum.engine.schedule.PracticumSchedule;

/**
 * {@code practicum.*} settings.
 *
 * @param schedule   the cohort's calendar: logbooks, due dates, reminders, escalations
 * @param assessment how the final score is made
 * @param fields     which fields are switched off
 */
@ConfigurationProperties("practicum")
public record PracticumProperties(@DefaultValue Schedule schedule, @DefaultValue Assessment assessment,
                                  @DefaultValue Fields fields, @DefaultValue History history) {

    /**
     * {@code practicum.history.variable-changes}: keep a history row for every change of a process variable
     * ({@code ACT_HI_DETAIL}); off by default, the latest value of each variable is kept either way.
     */
    public record History(@DefaultValue("false") boolean variableChanges) {
    }

    /** {@code practicum.fields.disabled}: keys of fields switched off (not deployed, no new students). */
    public record Fields(@DefaultValue Set<String> disabled) {
    }

    /** {@code practicum.schedule.*}, ISO-8601 durations. */
    public record Schedule(@DefaultValue("8") int logbookCount, @DefaultValue("P7D") String logbookInterval,
                           @DefaultValue("P3D") String taskDueAfter, @DefaultValue("P2D") String reminderAfter,
                           @DefaultValue("P5D") String escalationAfter, @DefaultValue("P28D") String midtermAfter) {
        public PracticumSchedule toSchedule() {
            return new PracticumSchedule(logbookCount, logbookInterval, taskDueAfter, reminderAfter, escalationAfter, midtermAfter);
        }
    }

    /** {@code practicum.assessment.mentor-weight}: the mentor's share of the final score, the supervisor has the rest. */
    public record Assessment(@DefaultValue("0.6") BigDecimal mentorWeight) {
    }
}
