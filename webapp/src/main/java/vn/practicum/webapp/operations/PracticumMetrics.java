package vn.practicum.webapp.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.practicum.engine.spi.Stage;

/**
 * Practicum's gauges for Prometheus ({@code /actuator/prometheus}):
 * <ul>
 *   <li>{@code practicum_students{stage="MENTORING"}}: students per stage, one grouped count over the tracking
 *       model ({@code practicum_student_stage}, indexed by stage), not over Camunda's runtime tables;</li>
 *   <li>{@code practicum_incidents_open}: open incidents (failed jobs that ran out of retries);</li>
 *   <li>{@code practicum_tasks_overdue}: user tasks whose due date has passed.</li>
 * </ul>
 * A scrape reads the database at most once per {@link #MAX_AGE}, whatever the number of scrapers or nodes
 * asking; the gauges run as the system (no signed-in user), so they count across all schools.
 */
@Component
class PracticumMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Clock clock;
    private volatile Snapshot snapshot;

    PracticumMetrics(JdbcTemplate jdbc, RuntimeService runtimeService, TaskService taskService) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Stage stage : Stage.values()) {
            Gauge.builder("practicum.students", this, metrics -> metrics.current().students().getOrDefault(stage, 0L))
                    .tag("stage", stage.name())
                    .description("Students whose placement is in this stage (tracking model)")
                    .register(registry);
        }
        Gauge.builder("practicum.incidents.open", this, metrics -> metrics.current().openIncidents())
                .description("Open incidents: failed jobs and external tasks out of retries")
                .register(registry);
        Gauge.builder("practicum.tasks.overdue", this, metrics -> metrics.current().overdueTasks())
                .description("User tasks past their due date")
                .register(registry);
    }

    private Snapshot current() {
        Snapshot last = snapshot;
        long now = clock.millis();
        if (last == null || now - last.takenAt() > MAX_AGE.toMillis()) {
            synchronized (this) {
                last = snapshot;
                if (last == null || now - last.takenAt() > MAX_AGE.toMillis()) {
                    last = take(now);
                    snapshot = last;
                }
            }
        }
        return last;
    }

    private Snapshot take(long now) {
        Map<Stage, Long> students = new EnumMap<>(Stage.class);
        jdbc.query("select stage, count(*) from practicum_student_stage group by stage", row -> {
            for (Stage stage : Stage.values()) {
                if (stage.name().equals(row.getString(1))) {
                    students.put(stage, row.getLong(2));
                }
            }
        });
        long incidents = runtimeService.createIncidentQuery().count();
        long overdue = taskService.createTaskQuery().dueBefore(new Date(now)).count();
        return new Snapshot(now, students, incidents, overdue);
    }

    private record Snapshot(long takenAt, Map<Stage, Long> students, long openIncidents, long overdueTasks) {
    }
}
