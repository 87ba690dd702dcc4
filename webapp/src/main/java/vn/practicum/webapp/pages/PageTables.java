package vn.practicum.webapp.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.practicum.webapp.audit.AuditEntry;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.practicum.engine.party.Party;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.tracking.Funnel;
import vn.practicum.engine.tracking.OpenTask;
import vn.practicum.engine.tracking.StageStep;
import vn.practicum.engine.tracking.SummaryDimension;
import vn.practicum.engine.tracking.SummaryRow;
import vn.practicum.engine.tracking.TrackedStudent;

/** Turns the tracking queries' answers into what the pages and exports show, in the reader's language. */
class PageTables {

    private static final List<Stage> LIFECYCLE = List.of(Stage.ENROLMENT, Stage.PLACEMENT, Stage.MENTORING,
            Stage.ASSESSMENT);

    private final PageText text;

    PageTables(PageText text) {
        this.text = text;
    }

    /** One bar per stage, its width relative to the largest. */
    List<FunnelBar> funnelBars(Funnel funnel, Locale locale) {
        long max = Math.max(1, funnel.max());
        return funnel.byStage().entrySet().stream()
                .map(entry -> new FunnelBar(entry.getKey().name(), text.stage(entry.getKey(), locale), entry.getValue(),
                        Math.round(entry.getValue() * 100.0 / max)))
                .toList();
    }

    /** Students per field (rows) and stage (columns). */
    Table fieldFunnel(Funnel funnel, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(text.message("column.field", locale));
        for (Stage stage : Stage.values()) {
            header.add(text.stage(stage, locale));
        }
        List<List<String>> rows = new ArrayList<>();
        funnel.byField().forEach((field, counts) -> {
            List<String> row = new ArrayList<>();
            row.add(text.field(field, locale));
            for (Stage stage : Stage.values()) {
                row.add(String.valueOf(counts.getOrDefault(stage, 0L)));
            }
            rows.add(row);
        });
        return new Table("funnel-field", text.message("school.byField", locale), header, rows);
    }

    List<StudentRow> studentRows(List<TrackedStudent> students, Map<String, Party> hosts, Instant now, Locale locale) {
        return students.stream().map(student -> new StudentRow(student.studentId(),
                student.fullName() == null ? "" : student.fullName(),
                student.studentCode() == null ? "" : student.studentCode(),
                text.field(student.fieldKey(), locale), student.stage().name(), text.stage(student.stage(), locale),
                student.stepName() == null ? student.stepId() : student.stepName(),
                text.party(hosts, student.hostCode(), locale), student.mentorId() == null ? "" : student.mentorId(),
                PageText.date(student.since()), student.daysInStep(now), student.overdue(now),
                PageText.date(student.taskDue()),
                student.taskId() == null ? null : TrackingPagesController.TASKLIST + student.taskId())).toList();
    }

    Table studentTable(String name, List<TrackedStudent> students, Map<String, Party> hosts, Instant now, Locale locale) {
        List<String> header = List.of(text.message("column.studentId", locale), text.message("column.name", locale),
                text.message("column.field", locale), text.message("column.stage", locale),
                text.message("column.step", locale), text.message("column.host", locale),
                text.message("column.mentor", locale), text.message("column.since", locale),
                text.message("column.days", locale), text.message("column.overdue", locale));
        List<List<String>> rows = studentRows(students, hosts, now, locale).stream().map(row -> List.of(row.studentId(),
                row.name(), row.field(), row.stage(), row.step(), row.host(), row.mentor(), row.since(),
                String.valueOf(row.days()), row.overdue() ? text.message("yes", locale) : "")).toList();
        return new Table(name, text.message("school.students", locale), header, rows);
    }

    List<TimelineRow> timeline(List<StageStep> steps, Locale locale) {
        return steps.stream().map(step -> new TimelineRow(text.stage(step.stage(), locale),
                step.stepName() == null ? step.stepId() : step.stepName(), PageText.dateTime(step.startedAt()),
                PageText.dateTime(step.endedAt()), step.actor() == null ? "" : step.actor(),
                outcome(step.outcome(), locale))).toList();
    }

    /** What people did through the engine (claims, assignments, completions...), from the student's audit trail. */
    List<AuditRow> auditRows(List<AuditEntry> entries, Locale locale) {
        return entries.stream().filter(entry -> !"TRACKING".equals(entry.source()))
                .map(entry -> new AuditRow(PageText.dateTime(entry.time()), entry.userId() == null ? "" : entry.userId(),
                        entry.operationLabel().in(locale),
                        entry.stepName() != null ? entry.stepName() : entry.stepId() != null ? entry.stepId() : "",
                        entry.details().stream().map(AuditEntry.Detail::property).distinct()
                                .collect(java.util.stream.Collectors.joining(", "))))
                .toList();
    }

    record AuditRow(String time, String user, String operation, String step, String properties) {
    }

    List<TaskRow> taskRows(List<OpenTask> tasks, Instant now, Locale locale) {
        return tasks.stream().map(task -> new TaskRow(task.taskName() == null ? "" : task.taskName(),
                task.studentId(), task.fullName() == null ? "" : task.fullName(), text.field(task.fieldKey(), locale),
                task.assignee() == null ? "" : task.assignee(), PageText.date(task.created()), PageText.date(task.due()),
                task.overdue(now), TrackingPagesController.TASKLIST + task.taskId())).toList();
    }

    /** The four summary tables, per field, school, host and province. */
    List<Table> summary(Map<SummaryDimension, List<SummaryRow>> summary, Locale locale) {
        Map<String, Party> schools = text.schools();
        Map<String, Party> hosts = text.hosts();
        List<Table> tables = new ArrayList<>();
        for (SummaryDimension dimension : SummaryDimension.values()) {
            List<String> header = new ArrayList<>(List.of(
                    text.message("summary.key." + dimension.name(), locale),
                    text.message("summary.enrolled", locale), text.message("summary.placed", locale),
                    text.message("summary.inMentoring", locale), text.message("summary.assessed", locale),
                    text.message("summary.completed", locale), text.message("summary.withdrawn", locale),
                    text.message("summary.completionRate", locale)));
            for (Stage stage : LIFECYCLE) {
                header.add(text.message("summary.averageDays", locale, text.stage(stage, locale)));
            }
            header.add(text.message("summary.grades", locale));
            List<List<String>> rows = new ArrayList<>();
            for (SummaryRow row : summary.getOrDefault(dimension, List.of())) {
                List<String> cells = new ArrayList<>(List.of(key(dimension, row.key(), schools, hosts, locale),
                        String.valueOf(row.enrolled()), String.valueOf(row.placed()),
                        String.valueOf(row.inMentoring()), String.valueOf(row.assessed()),
                        String.valueOf(row.completed()), String.valueOf(row.withdrawn()),
                        PageText.percent(row.completionRate(), locale)));
                for (Stage stage : LIFECYCLE) {
                    cells.add(PageText.days(row.averageDays().get(stage), locale));
                }
                cells.add(row.grades().entrySet().stream().map(grade -> grade.getKey() + ": " + grade.getValue())
                        .collect(Collectors.joining(", ")));
                rows.add(cells);
            }
            tables.add(new Table(summaryName(dimension), text.message("summary.title." + dimension.name(), locale),
                    header, rows));
        }
        return tables;
    }

    static String summaryName(SummaryDimension dimension) {
        return "summary-" + dimension.name().toLowerCase(Locale.ROOT);
    }

    private String key(SummaryDimension dimension, String key, Map<String, Party> schools, Map<String, Party> hosts,
                       Locale locale) {
        if (key == null || key.isEmpty()) {
            return text.message(dimension == SummaryDimension.HOST ? "summary.noHost" : "summary.unknown", locale);
        }
        return switch (dimension) {
            case FIELD -> text.field(key, locale);
            case SCHOOL -> text.party(schools, key, locale);
            case HOST -> text.party(hosts, key, locale);
            case PROVINCE -> key;
        };
    }

    private String outcome(String outcome, Locale locale) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case "COMPLETED" -> text.message("outcome.completed", locale);
            case "CANCELLED" -> text.message("outcome.cancelled", locale);
            default -> outcome;
        };
    }

    record FunnelBar(String stage, String label, long count, long percent) {
    }

    record StudentRow(String studentId, String name, String studentCode, String field, String stageKey, String stage,
                      String step, String host, String mentor, String since, long days, boolean overdue, String due,
                      String taskUrl) {
    }

    record TimelineRow(String stage, String step, String started, String ended, String actor, String outcome) {
    }

    record TaskRow(String name, String studentId, String studentName, String field, String assignee, String created,
                   String due, boolean overdue, String taskUrl) {
    }
}
