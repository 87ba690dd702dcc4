package vn.practicum.engine.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.student.StudentNames;

/**
 * What the tracking pages show, read from the tracking model ({@code practicum_student_stage},
 * {@code practicum_stage_history}, the counters {@code practicum_stage_count}), the student register for names and
 * the party register for provinces. Open tasks (their ids for the Tasklist link, their due dates for the overdue
 * flag) come from Camunda's runtime task table, by process instance id; Camunda's history is never read.
 *
 * <p>Counts come from the counters, so they cost the same at 30 or 100,000 students; lists are one indexed page.
 */
public class TrackingPageQueries {

    public static final int MAX_PAGE_SIZE = 200;

    /** Readers fold the counter changes into the counters once there are this many. */
    static final int FOLD_AT = 1_000;

    private static final String LIST_COLUMNS = """
            select s.student_id, r.student_code, r.full_name, s.school_code, s.host_code, s.field_key, s.mentor_id,
                   s.stage, s.step_id, s.step_name, s.since, s.outcome, s.process_instance_id
              from practicum_student_stage s left join practicum_student r on r.student_id = s.student_id""";

    private final JdbcTemplate jdbc;

    public TrackingPageQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Students per stage and per field and stage, of one school, or of the whole programme if schoolCode is null. */
    public Funnel funnel(String schoolCode) {
        foldIfMany();
        String where = schoolCode == null ? "" : " where school_code = ?";
        Object[] args = schoolCode == null ? new Object[0] : new Object[] {schoolCode, schoolCode};
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, 0L);
        }
        Map<String, Map<Stage, Long>> byField = new TreeMap<>();
        // a few hundred rows per school, a few thousand in all: added up here rather than grouped by the database
        jdbc.query("select field_key, stage, students from practicum_stage_count" + where
                + " union all select field_key, stage, students from practicum_stage_delta" + where, rs -> {
            Stage stage = Stage.valueOf(rs.getString(2));
            long n = rs.getLong(3);
            if (n != 0) {
                byStage.merge(stage, n, Long::sum);
                byField.computeIfAbsent(rs.getString(1), key -> new EnumMap<>(Stage.class)).merge(stage, n, Long::sum);
            }
        }, args);
        byField.values().forEach(stages -> stages.values().removeIf(n -> n == 0));
        byField.values().removeIf(Map::isEmpty);
        return new Funnel(byStage, byField);
    }

    /**
     * A page of a school's students (or a host's placements), in Vietnamese name order (given name first);
     * students not in the register (no name) come after, by student id. Read in index order
     * ({@code practicum_stage_school_name}, {@code practicum_stage_host_name}): the page costs the same wherever it is
     * in a school of any size, up to the rows a filter skips.
     */
    public TrackedPage students(StudentSearch search, Instant now) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (search.schoolCode() != null) {
            where.append(" and s.school_code = ?");
            args.add(search.schoolCode());
        }
        if (search.hostCode() != null) {
            where.append(" and s.host_code = ?");
            args.add(search.hostCode());
        }
        if (search.stage() != null) {
            where.append(" and s.stage = ?");
            args.add(search.stage().name());
        }
        if (search.fieldKey() != null) {
            where.append(" and s.field_key = ?");
            args.add(search.fieldKey());
        }
        String text = StudentNames.searchable(search.text());
        if (!text.isEmpty()) {
            where.append(" and (s.search_key like ? escape '!' or s.student_id like ? escape '!')");
            String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            args.add(pattern);
            args.add(pattern);
        }
        if (search.overdueOnly()) {
            where.append(" and exists (select 1 from ACT_RU_TASK t where t.PROC_INST_ID_ = s.process_instance_id"
                    + " and t.TASK_DEF_KEY_ = s.step_id and t.DUE_DATE_ < ?)");
            args.add(Timestamp.from(now));
        }
        Long total = text.isEmpty()
                ? jdbc.queryForObject("select count(*) from practicum_student_stage s" + where, Long.class, args.toArray())
                : null;
        // Unfiltered, or filtered by text only: with the index's leading column too, so that the database reads
        // practicum_stage_school_name (or _host_name) in order and stops at the page. Filtered by stage or field: the
        // filter's index (practicum_stage_school: school, stage, field) finds the few rows, which are then sorted.
        boolean filtered = search.stage() != null || search.fieldKey() != null;
        String order = filtered ? "s.sort_key, s.student_id"
                : (search.schoolCode() != null ? "s.school_code" : "s.host_code") + ", s.sort_key, s.student_id";
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(search.size() + 1);
        pageArgs.add((long) search.page() * search.size());
        Map<String, String> processOf = new HashMap<>();
        List<TrackedStudent> rows = jdbc.query(LIST_COLUMNS + where
                        + " order by " + order
                        + " limit ? offset ?",
                (rs, row) -> {
                    processOf.put(rs.getString("student_id"), rs.getString("process_instance_id"));
                    return student(rs);
                }, pageArgs.toArray());
        boolean more = rows.size() > search.size();
        List<TrackedStudent> page = more ? rows.subList(0, search.size()) : rows;
        return new TrackedPage(withTasks(page, processOf), total, search.page(), search.size(), more);
    }

    /** One student's row with name and open task, or null if the tracking model does not know them. */
    public TrackedStudent student(String studentId) {
        Map<String, String> processOf = new HashMap<>();
        List<TrackedStudent> rows = jdbc.query(LIST_COLUMNS + " where s.student_id = ?", (rs, row) -> {
            processOf.put(rs.getString("student_id"), rs.getString("process_instance_id"));
            return student(rs);
        }, studentId);
        return rows.isEmpty() ? null : withTasks(rows, processOf).get(0);
    }

    /** The student's steps, oldest first: stage, step, dates, who acted, outcome. */
    public List<StageStep> timeline(String studentId) {
        return jdbc.query("""
                select stage, step_id, step_name, started_at, ended_at, actor, outcome
                  from practicum_stage_history where student_id = ? order by started_at, id""",
                (rs, row) -> new StageStep(Stage.valueOf(rs.getString("stage")), rs.getString("step_id"),
                        rs.getString("step_name"), instant(rs, "started_at"), instant(rs, "ended_at"),
                        rs.getString("actor"), rs.getString("outcome")),
                studentId);
    }

    /**
     * The open tasks of a host's mentors on the students it hosts — assigned to the student's mentor or offered to
     * the host's mentors group — overdue first, then by due date and age.
     */
    public List<OpenTask> mentorTasks(String hostCode, int limit) {
        return jdbc.query("""
                select t.ID_, t.NAME_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_, s.student_id, r.full_name, s.field_key
                  from practicum_student_stage s
                  join ACT_RU_TASK t on t.PROC_INST_ID_ = s.process_instance_id
                  left join practicum_student r on r.student_id = s.student_id
                 where s.host_code = ?
                   and (t.ASSIGNEE_ = s.mentor_id
                        or exists (select 1 from ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_ and i.GROUP_ID_ = ?))
                 order by case when t.DUE_DATE_ is null then 1 else 0 end, t.DUE_DATE_, t.CREATE_TIME_
                 limit ?""",
                (rs, row) -> new OpenTask(rs.getString("ID_"), rs.getString("NAME_"), rs.getString("ASSIGNEE_"),
                        instant(rs, "CREATE_TIME_"), instant(rs, "DUE_DATE_"), rs.getString("student_id"),
                        rs.getString("full_name"), rs.getString("field_key")),
                hostCode, Groups.businessMentors(hostCode), limit);
    }

    /**
     * The programme summary per field, school, host and province (the school's, from the party register; "" when
     * the school is not registered), each sorted by key. Read from the counters: a few thousand rows at most.
     */
    public Map<SummaryDimension, List<SummaryRow>> summary() {
        foldIfMany();
        Map<String, String> provinceOfSchool = new HashMap<>();
        jdbc.query("select party_code, province from practicum_party where kind = 'SCHOOL'",
                rs -> { provinceOfSchool.put(rs.getString(1), rs.getString(2)); });
        // raw rows (a few thousand), added up per dimension below
        List<Counter> schools = jdbc.query("""
                select school_code, field_key, stage, grade, placed, students, exits, exit_seconds
                  from practicum_stage_count
                union all
                select school_code, field_key, stage, grade, case when host_code = '' then 0 else 1 end, students,
                       exits, exit_seconds
                  from practicum_stage_delta""",
                (rs, row) -> new Counter(rs.getString(1), null, rs.getString(2), Stage.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5) == 1, rs.getLong(6), rs.getLong(7), rs.getLong(8)));
        List<Counter> hosts = jdbc.query("""
                select host_code, stage, grade, students, exits, exit_seconds from practicum_host_count
                union all
                select host_code, stage, grade, students, exits, exit_seconds from practicum_stage_delta""",
                (rs, row) -> new Counter(null, rs.getString(1), null, Stage.valueOf(rs.getString(2)), rs.getString(3),
                        !rs.getString(1).isEmpty(), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        Map<SummaryDimension, List<SummaryRow>> summary = new EnumMap<>(SummaryDimension.class);
        summary.put(SummaryDimension.FIELD, rows(schools, Counter::fieldKey));
        summary.put(SummaryDimension.SCHOOL, rows(schools, Counter::schoolCode));
        summary.put(SummaryDimension.HOST, rows(hosts, Counter::hostCode));
        summary.put(SummaryDimension.PROVINCE, rows(schools,
                counter -> provinceOfSchool.getOrDefault(counter.schoolCode(), "")));
        return summary;
    }

    /**
     * Adds the counter changes the tracking listeners recorded ({@code practicum_stage_delta}) to the counters and
     * removes them, in a transaction of its own; one node at a time (the row of {@code practicum_stage_fold} is the
     * lock). Readers add the deltas themselves, so folding changes no answer; it keeps the deltas few.
     *
     * @return how many changes were folded in
     */
    public int foldCounters() {
        DataSource dataSource = jdbc.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int folded = fold(connection);
                connection.commit();
                return folded;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fold the stage counters", e);
        }
    }

    private void foldIfMany() {
        Long pending = jdbc.queryForObject("select count(*) from practicum_stage_delta", Long.class);
        if (pending != null && pending >= FOLD_AT) {
            foldCounters();
        }
    }

    private static int fold(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "update practicum_stage_fold set folded_at = ? where id = 1")) {
            lock.setTimestamp(1, Timestamp.from(Instant.now()));
            lock.executeUpdate();
        }
        long upTo;
        try (PreparedStatement max = connection.prepareStatement("select coalesce(max(id), 0) from practicum_stage_delta");
             ResultSet rs = max.executeQuery()) {
            rs.next();
            upTo = rs.getLong(1);
        }
        if (upTo == 0) {
            return 0;
        }
        upsert(connection, upTo, """
                select school_code, field_key, stage, grade, case when host_code = '' then 0 else 1 end placed,
                       sum(students), sum(exits), sum(exit_seconds)
                  from practicum_stage_delta where id <= ?
                 group by school_code, field_key, stage, grade, case when host_code = '' then 0 else 1 end""", """
                update practicum_stage_count
                   set students = students + ?, exits = exits + ?, exit_seconds = exit_seconds + ?
                 where school_code = ? and field_key = ? and stage = ? and grade = ? and placed = ?""", """
                insert into practicum_stage_count
                       (students, exits, exit_seconds, school_code, field_key, stage, grade, placed)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", 5);
        upsert(connection, upTo, """
                select host_code, stage, grade, sum(students), sum(exits), sum(exit_seconds)
                  from practicum_stage_delta where id <= ?
                 group by host_code, stage, grade""", """
                update practicum_host_count
                   set students = students + ?, exits = exits + ?, exit_seconds = exit_seconds + ?
                 where host_code = ? and stage = ? and grade = ?""", """
                insert into practicum_host_count (students, exits, exit_seconds, host_code, stage, grade)
                values (?, ?, ?, ?, ?, ?)""", 3);
        try (PreparedStatement delete = connection.prepareStatement("delete from practicum_stage_delta where id <= ?")) {
            delete.setLong(1, upTo);
            return delete.executeUpdate();
        }
    }

    /** Adds the sums of the deltas up to an id to one counter table: the first {@code keys} columns are its key. */
    private static void upsert(Connection connection, long upTo, String sums, String update, String insert, int keys)
            throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(sums);
             PreparedStatement add = connection.prepareStatement(update);
             PreparedStatement create = connection.prepareStatement(insert)) {
            read.setLong(1, upTo);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[keys + 3];
                    for (int column = 0; column < keys + 3; column++) {
                        row[column] = rs.getObject(column + 1);
                    }
                    rows.add(row);
                }
            }
            for (Object[] row : rows) {
                bind(add, row, keys);
                if (add.executeUpdate() == 0) {
                    bind(create, row, keys);
                    create.executeUpdate();
                }
            }
        }
    }

    /** Binds the three sums first, then the key columns, as the update and insert statements list them. */
    private static void bind(PreparedStatement statement, Object[] row, int keys) throws SQLException {
        for (int sum = 0; sum < 3; sum++) {
            statement.setLong(sum + 1, ((Number) row[keys + sum]).longValue());
        }
        for (int key = 0; key < keys; key++) {
            statement.setObject(key + 4, row[key] instanceof Number number ? number.intValue() : row[key]);
        }
    }

    private static List<SummaryRow> rows(List<Counter> counters, Function<Counter, String> keyOf) {
        Map<String, List<Counter>> groups = new TreeMap<>();
        for (Counter counter : counters) {
            groups.computeIfAbsent(keyOf.apply(counter), key -> new ArrayList<>()).add(counter);
        }
        List<SummaryRow> rows = new ArrayList<>();
        groups.forEach((key, group) -> rows.add(row(key, group)));
        return Collections.unmodifiableList(rows);
    }

    private static SummaryRow row(String key, List<Counter> group) {
        long enrolled = 0;
        long placed = 0;
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        Map<Stage, long[]> exits = new EnumMap<>(Stage.class);
        Map<String, Long> grades = new TreeMap<>();
        for (Counter counter : group) {
            enrolled += counter.students();
            if (counter.placed()) {
                placed += counter.students();
            }
            byStage.merge(counter.stage(), counter.students(), Long::sum);
            long[] sum = exits.computeIfAbsent(counter.stage(), stage -> new long[2]);
            sum[0] += counter.exits();
            sum[1] += counter.exitSeconds();
            if (counter.stage() == Stage.COMPLETED && counter.students() != 0) {
                grades.merge(counter.grade().isEmpty() ? "?" : counter.grade(), counter.students(), Long::sum);
            }
        }
        grades.values().removeIf(n -> n == 0);
        Map<Stage, Double> averageDays = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            long[] sum = exits.get(stage);
            if (!stage.isFinal() && sum != null && sum[0] > 0) {
                averageDays.put(stage, sum[1] / 86_400.0 / sum[0]);
            }
        }
        long completed = byStage.getOrDefault(Stage.COMPLETED, 0L);
        return new SummaryRow(key, enrolled, placed, byStage.getOrDefault(Stage.MENTORING, 0L),
                byStage.getOrDefault(Stage.ASSESSMENT, 0L) + completed, completed,
                byStage.getOrDefault(Stage.WITHDRAWN, 0L), byStage.getOrDefault(Stage.CLOSED, 0L),
                averageDays, grades);
    }

    /** Adds the open task of each student's current step, one query for the page. */
    private List<TrackedStudent> withTasks(List<TrackedStudent> rows, Map<String, String> processOf) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<String> processes = rows.stream().map(row -> processOf.get(row.studentId())).distinct().toList();
        String marks = String.join(",", Collections.nCopies(processes.size(), "?"));
        Map<String, Object[]> taskOf = new HashMap<>();
        jdbc.query("select ID_, PROC_INST_ID_, TASK_DEF_KEY_, DUE_DATE_ from ACT_RU_TASK where PROC_INST_ID_ in ("
                + marks + ") order by CREATE_TIME_", rs -> {
            taskOf.putIfAbsent(rs.getString("PROC_INST_ID_") + "/" + rs.getString("TASK_DEF_KEY_"),
                    new Object[] {rs.getString("ID_"), instant(rs, "DUE_DATE_")});
        }, processes.toArray());
        return rows.stream().map(row -> {
            Object[] task = taskOf.get(processOf.get(row.studentId()) + "/" + row.stepId());
            return task == null ? row : row.withTask((String) task[0], (Instant) task[1]);
        }).toList();
    }

    private static TrackedStudent student(ResultSet rs) throws SQLException {
        return new TrackedStudent(rs.getString("student_id"), rs.getString("student_code"), rs.getString("full_name"),
                rs.getString("school_code"), rs.getString("host_code"), rs.getString("field_key"),
                rs.getString("mentor_id"), Stage.valueOf(rs.getString("stage")), rs.getString("step_id"),
                rs.getString("step_name"), instant(rs, "since"), rs.getString("outcome"), null, null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A counter row: school and field (hostCode null), or host (schoolCode and fieldKey null). */
    private record Counter(String schoolCode, String hostCode, String fieldKey, Stage stage, String grade,
                           boolean placed, long students, long exits, long exitSeconds) {
    }
}
