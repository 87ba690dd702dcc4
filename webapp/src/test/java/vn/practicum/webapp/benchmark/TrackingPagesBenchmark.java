package vn.practicum.webapp.benchmark;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.student.StudentNames;
import vn.practicum.engine.tracking.StudentSearch;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.engine.tracking.TrackingPageQueries;
import vn.practicum.webapp.PracticumApplication;

/**
 * How fast the tracking pages' data is with 100,000 students in the tracking model (issue 4: the school page's data
 * and the programme summary at p95 ≤ 50 ms on this machine). A command that prints a table, not a unit test.
 *
 * <p>Starts the whole application (H2 in file mode in a fresh directory under {@code target/}, or any profile given
 * as an argument), loads the party register, the student register, the tracking rows, three history steps per student
 * and the stage counters with plain JDBC batches, then times each query in-process ({@link TrackingPageQueries}, the
 * beans the pages call) after a warm-up, and the school page rendered over HTTP for comparison.
 *
 * <p>Run: {@code ./mvnw -q -B -pl webapp test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.practicum.webapp.benchmark.TrackingPagesBenchmark} (after {@code ./mvnw -q -B install
 * -DskipTests} of the other modules). Arguments: {@code students runs [--spring.setting=value ...]} (defaults 100000
 * 1000).
 */
public final class TrackingPagesBenchmark {

    static final double TARGET_P95_MS = 50;
    static final int SCHOOLS = 20;
    static final int HOSTS = 200;
    static final String ADMIN_PASSWORD = "Bench-Secret-Pw-1!";

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Đức", "Quốc", "Thu", "Ngọc", "Hoàng", "Thanh",
            "Hữu", "Gia", "Bảo"};
    private static final String[] GIVEN = {"An", "Anh", "Ánh", "Bình", "Châu", "Cường", "Dũng", "Duy", "Đạt", "Giang",
            "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh",
            "Nam", "Ngân", "Nhung", "Phong", "Phúc", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Trang",
            "Trung", "Tú", "Uyên", "Việt", "Yến"};
    private static final String[] PROVINCES = {"Hà Nội", "Quảng Ninh", "Hải Phòng", "Đà Nẵng", "TP Hồ Chí Minh",
            "Cần Thơ", "Thừa Thiên Huế", "Nghệ An"};
    private static final String[] FIELDS = {"tourism", "port-operations", "green-certification", "digital-business",
            "information-technology", "fintech", "vocational-digital-transformation", "digital-data",
            "strategic-management", "e-commerce"};

    private TrackingPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path data = Path.of("target", "benchmark-data", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(data);
        List<String> settings = new ArrayList<>(List.of("--practicum.data-dir=" + data,
                "--practicum.admin.password=" + ADMIN_PASSWORD, "--server.port=0", "--logging.level.root=warn",
                "--logging.level.vn.practicum=warn", "--logging.level.org.camunda=warn", "--spring.main.banner-mode=off",
                "--camunda.bpm.job-execution.enabled=false"));
        settings.addAll(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticumApplication.class)
                .run(settings.toArray(String[]::new))) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            long loading = System.nanoTime();
            load(jdbc, students);
            double loaded = (System.nanoTime() - loading) / 1e9;
            TrackingPageQueries queries = app.getBean(TrackingPageQueries.class);
            StudentStageQueries stages = app.getBean(StudentStageQueries.class);
            Instant now = Instant.now();
            String big = "s00"; // the largest school: a fifth of all students
            long bigSchool = jdbc.queryForObject("select count(*) from practicum_student_stage where school_code = ?",
                    Long.class, big);
            String someStudent = jdbc.queryForObject(
                    "select min(student_id) from practicum_student_stage where school_code = ?", String.class, big);

            // Between two runs, untimed, a tracking write as the listeners make it (a student moving from one counter to
            // another: two delta rows). It is also what keeps H2 from answering a repeated query from its last result.
            Random moves = new Random(7);
            Runnable trackingWrite = () -> {
                String school = String.format("s%02d", moves.nextInt(SCHOOLS));
                String field = FIELDS[moves.nextInt(FIELDS.length)];
                jdbc.batchUpdate("""
                        insert into practicum_stage_delta (school_code, host_code, field_key, stage, grade, students,
                               exits, exit_seconds) values (?, ?, ?, ?, '', ?, ?, ?)""", List.of(
                        new Object[] {school, "", field, "ENROLMENT", -1, 1, 86_400},
                        new Object[] {school, "", field, "PLACEMENT", 1, 0, 0}));
            };
            String[] terms = {"nguyen", "tran thi", "anh", "hung", "duc", "le van", "0012", "yen"};
            int[] call = {0};
            List<String[]> table = new ArrayList<>();
            table.add(measure("school page data: funnel + a page of 20 (pages 1-10 of " + bigSchool + " students)", runs,
                    true, trackingWrite, () -> {
                        queries.funnel(big);
                        return queries.students(new StudentSearch(big, null, null, null, null, false, call[0]++ % 10,
                                20), now);
                    }));
            table.add(measure("school page data: funnel + search without diacritics (8 terms)", runs, true,
                    trackingWrite, () -> {
                        queries.funnel(big);
                        return queries.students(new StudentSearch(big, null, null, null, terms[call[0]++ % terms.length],
                                false, 0, 20), now);
                    }));
            table.add(measure("school page data: funnel + stage and field filter, pages 1-10", runs, true,
                    trackingWrite, () -> {
                        queries.funnel(big);
                        return queries.students(new StudentSearch(big, null, Stage.MENTORING, "information-technology",
                                null, false, call[0]++ % 10, 20), now);
                    }));
            table.add(measure("programme summary: 4 tables + funnel (" + students + " students)", runs, true,
                    trackingWrite, () -> {
                        queries.funnel(null);
                        return queries.summary();
                    }));
            table.add(measure("school list, search matching nobody (reads the whole school)", Math.max(20, runs / 10),
                    false, trackingWrite, () -> queries.students(new StudentSearch(big, null, null, null,
                            "khong co ai " + call[0]++, false, 0, 20), now)));
            table.add(measure("student page data: access check + row + timeline", runs, false, trackingWrite, () -> {
                String id = String.format("s00-%07d", 5 * (call[0]++ % (students / 5)));
                stages.find(id);
                queries.student(id);
                return queries.timeline(id);
            }));
            table.add(measure("host page data: placements page + mentor tasks", runs, false, trackingWrite, () -> {
                String host = String.format("h%03d", call[0]++ % HOSTS);
                queries.students(new StudentSearch(null, host, null, null, null, false, 0, 20), now);
                return queries.mentorTasks(host, 200);
            }));
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient browser = signedIn(port);
            table.add(measure("school page over HTTP (rendered HTML, for comparison)", Math.max(50, runs / 5), false,
                    trackingWrite, () -> get(browser, "http://localhost:" + port + "/pages/schools/" + big)));
            table.add(measure("programme page over HTTP (rendered HTML, for comparison)", Math.max(50, runs / 5), false,
                    trackingWrite, () -> get(browser, "http://localhost:" + port + "/pages/programme")));

            System.out.printf(Locale.ROOT, "%nTracking pages, %d students (%d schools, %d hosts), loaded in %.1f s; "
                            + "%d runs per query after %d warm-up runs; %d processors, database %s%n%n",
                    students, SCHOOLS, HOSTS, loaded, runs, runs / 5, Runtime.getRuntime().availableProcessors(),
                    jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) connection ->
                            connection.getMetaData().getDatabaseProductName()));
            System.out.printf(Locale.ROOT, "| %-72s | %8s | %8s | %8s | %-12s |%n", "query", "p50 ms", "p95 ms", "max ms",
                    "target p95");
            System.out.println("|" + "-".repeat(74) + "|" + "-".repeat(10) + "|" + "-".repeat(10) + "|" + "-".repeat(10)
                    + "|" + "-".repeat(14) + "|");
            for (String[] row : table) {
                System.out.printf(Locale.ROOT, "| %-72s | %8s | %8s | %8s | %-12s |%n", (Object[]) row);
            }
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    private static String[] measure(String name, int runs, boolean targeted, Runnable between, Supplier<Object> query) {
        for (int i = 0; i < runs / 5; i++) {
            between.run();
            query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            between.run();
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double p95 = ms[(int) Math.ceil(runs * 0.95) - 1];
        String target = targeted ? (p95 <= TARGET_P95_MS ? "≤ 50 ok" : "≤ 50 MISSED") : "-";
        String[] row = {name, format(ms[runs / 2]), format(p95), format(ms[runs - 1]), target};
        System.out.println("measured: " + String.join(" | ", row)); // as it comes, in case a later step fails
        return row;
    }

    private static String format(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    /** Parties, students, tracking rows, history and counters, as the listeners would have left them. */
    static void load(JdbcTemplate jdbc, int students) {
        Random random = new Random(2026);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> parties = new ArrayList<>();
        for (int s = 0; s < SCHOOLS; s++) {
            parties.add(new Object[] {String.format("s%02d", s), "SCHOOL", "Trường thử " + s, "Test school " + s,
                    PROVINCES[s % PROVINCES.length]});
        }
        for (int h = 0; h < HOSTS; h++) {
            parties.add(new Object[] {String.format("h%03d", h), "HOST", "Đơn vị thử " + h, "Test host " + h,
                    PROVINCES[h % PROVINCES.length]});
        }
        jdbc.batchUpdate("insert into practicum_party (party_code, kind, name_vi, name_en, province) values (?, ?, ?, ?, ?)",
                parties);
        Stage[] stages = Stage.values();
        int[] weights = {15, 15, 35, 10, 20, 4, 1};
        List<Object[]> register = new ArrayList<>();
        List<Object[]> tracking = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            // a fifth of the students in s00, the rest spread over the other schools
            String school = i % 5 == 0 ? "s00" : String.format("s%02d", 1 + random.nextInt(SCHOOLS - 1));
            String code = String.format("%07d", i);
            String id = school + "-" + code;
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            Stage stage = pick(stages, weights, random);
            String host = stage == Stage.ENROLMENT || (stage == Stage.PLACEMENT && random.nextBoolean()) ? null
                    : String.format("h%03d", random.nextInt(HOSTS));
            String field = FIELDS[random.nextInt(FIELDS.length)];
            Timestamp since = Timestamp.from(Instant.now().minus(Duration.ofDays(random.nextInt(60))));
            String outcome = stage == Stage.COMPLETED ? "ABCD".substring(random.nextInt(4)).substring(0, 1) : null;
            register.add(new Object[] {id, school, code, name, code + "@" + school + ".edu.vn", false, now,
                    StudentNames.searchKey(name, code), StudentNames.sortKey(name)});
            tracking.add(new Object[] {id, school, host, field, host == null ? null : "mentor." + host, stage.name(),
                    "Task_Step" + stage.ordinal(), "Bước " + stage.ordinal(), since, "pi-" + id, outcome, since, since,
                    since, StudentNames.searchKey(name, code), StudentNames.sortKey(name)});
            for (int step = 0; step < 3; step++) {
                history.add(new Object[] {id, stage.name(), "Task_Step" + step, "Bước " + step, "ai-" + id + "-" + step,
                        since, step < 2 ? since : null, step < 2 ? "coord." + school : null, step < 2 ? "COMPLETED" : null});
            }
            if (register.size() == 2_000 || i == students - 1) {
                jdbc.batchUpdate("""
                        insert into practicum_student (student_id, school_code, student_code, full_name, email,
                               placement_priority, created_at, search_key, sort_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", register);
                jdbc.batchUpdate("""
                        insert into practicum_student_stage (student_id, school_code, host_code, field_key, mentor_id,
                               stage, step_id, step_name, since, process_instance_id, outcome, started_at, updated_at,
                               stage_since, search_key, sort_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tracking);
                jdbc.batchUpdate("""
                        insert into practicum_stage_history (student_id, stage, step_id, step_name, activity_instance_id,
                               started_at, ended_at, actor, outcome)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", history);
                register.clear();
                tracking.clear();
                history.clear();
            }
        }
        // the counters as the folded listeners' changes leave them; exits as if each student spent 12 days per stage
        jdbc.update("""
                insert into practicum_stage_count (school_code, field_key, stage, grade, placed, students, exits,
                       exit_seconds)
                select school_code, field_key, stage, case when stage = 'COMPLETED' then coalesce(outcome, '') else '' end,
                       case when host_code is null then 0 else 1 end, count(*), count(*), count(*) * 12 * 86400
                  from practicum_student_stage
                 group by school_code, field_key, stage,
                       case when stage = 'COMPLETED' then coalesce(outcome, '') else '' end,
                       case when host_code is null then 0 else 1 end""");
        jdbc.update("""
                insert into practicum_host_count (host_code, stage, grade, students, exits, exit_seconds)
                select coalesce(host_code, ''), stage, case when stage = 'COMPLETED' then coalesce(outcome, '') else '' end,
                       count(*), count(*), count(*) * 12 * 86400
                  from practicum_student_stage
                 group by coalesce(host_code, ''), stage,
                       case when stage = 'COMPLETED' then coalesce(outcome, '') else '' end""");
        jdbc.execute("analyze");
    }

    private static Stage pick(Stage[] stages, int[] weights, Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < stages.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return stages[i];
            }
        }
        return stages[stages.length - 1];
    }

    private static HttpClient signedIn(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = get(client, "http://localhost:" + port + "/pages/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token in the login form");
        }
        String body = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pages/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + login.statusCode());
        }
        return client;
    }

    private static String get(HttpClient client, String url) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
