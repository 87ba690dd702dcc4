package vn.practicum.webapp.benchmark;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.practicum.engine.field.ProgrammeField;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.matching.Applicant;
import vn.practicum.engine.matching.DeferredAcceptance;
import vn.practicum.engine.matching.HostPreferences;
import vn.practicum.engine.matching.MatchingInput;
import vn.practicum.engine.matching.MatchingResult;
import vn.practicum.engine.matching.Offer;
import vn.practicum.webapp.PracticumApplication;
import vn.practicum.webapp.access.PartyAccess;

/**
 * The benchmark: one command, one table. Each row has its figure, its target and whether it is met.
 * <ul>
 *   <li>{@code startup}: start-up time of the application (H2 file, demo profile) and heap used after the demo cohort;</li>
 *   <li>{@code lifecycle}: full-lifecycle throughput (students per second, every user task completed through the Java
 *       API, one thread) of Practicum against a bare Camunda engine running a BPMN with as many wait states, in the
 *       same run, on H2 (file) and on PostgreSQL; target: Practicum ≥ 0.8 × bare;</li>
 *   <li>{@code tracking}: "which students of school X are where since when", a page of 50, at 100,000 students:
 *       the tracking model ({@link StudentStageQueries}) against Camunda's task and history queries; target ≥ 10×;</li>
 *   <li>{@code import}: bulk enrolment of 10,000 students through the API (target ≤ 30 s);</li>
 *   <li>{@code matching}: placement matching of 10,000 students to 1,000 offers (target ≤ 2 s);</li>
 *   <li>{@code cluster}: async-job throughput of two nodes against one node on PostgreSQL ({@link ClusterThroughput},
 *       needs the packaged jar: {@code ./mvnw -pl webapp -am package -DskipTests} first); target ≥ 1.6×; measured
 *       with each node held to its own CPU quota ({@code --node-cpus=0.35}, a Linux cgroup: a node as on a machine of
 *       its own) and with both nodes sharing this machine's cores; each as {@code --cluster-repeats=3} pairs of runs
 *       (one node, then two), the figure being the ratio of the medians.</li>
 * </ul>
 * Run (after {@code ./mvnw -q -B install -DskipTests}):
 * {@code ./mvnw -q -B -pl webapp test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.practicum.webapp.benchmark.PracticumBenchmark -Dexec.args="..."}. Arguments, all optional:
 * the parts to run (default: all), {@code --students=10000 --offers=1000 --lifecycle-students=100
 * --tracking-students=100000 --cluster-students=1200 --node-cpus=0.35 --cluster-repeats=3 --cluster-modes=quota} (the last: leave out the run
 * with shared cores), and {@code --spring.x=y}, {@code --camunda.x=y} settings passed to the application in the import and
 * cluster parts. PostgreSQL: a fresh database per measurement on {@code practicum.test.postgres.url}
 * (default 127.0.0.1:5432, user postgres), dropped afterwards.
 */
public final class PracticumBenchmark {

    static final double IMPORT_TARGET_SECONDS = 30;
    static final double MATCHING_TARGET_SECONDS = 2;
    static final double LIFECYCLE_TARGET_RATIO = 0.8;
    static final double TRACKING_TARGET_FACTOR = 10;
    static final double CLUSTER_TARGET_FACTOR = 1.6;
    static final String PASSWORD = "Quang-Ninh#2025";
    static final List<String> PARTS = List.of("startup", "lifecycle", "tracking", "import", "matching", "cluster");

    private PracticumBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> parts = new java.util.LinkedHashSet<>();
        Map<String, String> options = new java.util.HashMap<>();
        List<String> appSettings = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--spring.") || arg.startsWith("--camunda.") || arg.startsWith("--practicum.")) {
                appSettings.add(arg);
            } else if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (PARTS.contains(arg)) {
                parts.add(arg);
            } else {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'; parts: " + PARTS
                        + ", options: --students= --offers= --lifecycle-students= --tracking-students= --cluster-students= --node-cpus= --cluster-repeats= --cluster-modes=quota");
            }
        }
        if (parts.isEmpty()) {
            parts.addAll(PARTS);
        }
        int students = Integer.parseInt(options.getOrDefault("students", "10000"));
        int offers = Integer.parseInt(options.getOrDefault("offers", "1000"));
        List<String[]> table = new ArrayList<>();
        long began = System.nanoTime();

        if (parts.contains("startup")) {
            table.addAll(part("startup", LifecycleThroughput::startup));
        }
        if (parts.contains("lifecycle")) {
            int lifecycleStudents = Integer.parseInt(options.getOrDefault("lifecycle-students", "100"));
            table.addAll(part("lifecycle", () -> LifecycleThroughput.measure(lifecycleStudents)));
        }
        if (parts.contains("tracking")) {
            int trackingStudents = Integer.parseInt(options.getOrDefault("tracking-students", "100000"));
            table.addAll(part("tracking", () -> TrackingQueries.measure(trackingStudents)));
        }
        if (parts.contains("import")) {
            table.addAll(part("import", () -> bulkImport(students, appSettings)));
        }
        if (parts.contains("matching")) {
            table.addAll(part("matching", () -> matching(students, offers)));
        }
        if (parts.contains("cluster")) {
            int clusterStudents = Integer.parseInt(options.getOrDefault("cluster-students", "1200"));
            double nodeCpus = Double.parseDouble(options.getOrDefault("node-cpus", "0.35"));
            int repeats = Integer.parseInt(options.getOrDefault("cluster-repeats", "3"));
            boolean shared = !"quota".equals(options.get("cluster-modes"));
            table.addAll(part("cluster", () -> ClusterThroughput.measure(clusterStudents, nodeCpus, repeats, shared, appSettings)));
        }
        print(parts, table, seconds(began));
    }

    interface Part {
        List<String[]> run() throws Exception;
    }

    /** Runs one part; a part that fails becomes a row saying so (with its stack trace on stderr), and the others run. */
    static List<String[]> part(String name, Part part) {
        try {
            return part.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            return List.<String[]>of(new String[] {name + ": FAILED", "", "", "NOT MET", String.valueOf(e.getMessage())});
        }
    }

    static List<String[]> matching(int students, int offers) {
        List<String[]> table = new ArrayList<>();
        MatchingInput round = round(students, offers, 2026L);
        DeferredAcceptance matcher = new DeferredAcceptance();
        for (int i = 0; i < 3; i++) {
            matcher.match(round); // warm up the JIT, as a server that has run a while
        }
        double[] runs = new double[5];
        MatchingResult result = null;
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            result = matcher.match(round);
            runs[i] = seconds(start);
        }
        Arrays.sort(runs);
        table.add(atMost("matching " + students + " students × " + offers + " offers (median of 5)", runs[2], "s",
                MATCHING_TARGET_SECONDS, result.placed().size() + " placed, " + result.unplaced().size() + " to manual placement; slowest "
                        + String.format(Locale.ROOT, "%.2f s", runs[runs.length - 1])));
        return table;
    }

    static List<String[]> bulkImport(int students, List<String> extraSettings) throws Exception {
        List<String[]> table = new ArrayList<>();
        Path data = Path.of("target", "benchmark-data", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(data);
        // as command-line arguments: they outrank application.yaml
        List<String> settings = new ArrayList<>(quietApplication(data));
        settings.addAll(extraSettings); // e.g. --spring.profiles.active=postgres
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticumApplication.class)
                .run(settings.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            coordinator(app, "bench-coord", "bench");
            byte[] file = enrolmentFile(students);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            long importStart = System.nanoTime();
            HttpResponse<String> imported = upload(http, port, "/api/schools/bench/enrolments", file);
            double importSeconds = seconds(importStart);
            System.err.printf(Locale.ROOT, "import: the upload answered after %.1f s (HTTP %d)%n", importSeconds, imported.statusCode());
            // the upload answers once every lifecycle exists (queued start); the job executor then takes each student
            // to eligibility and the coordinator's approval: the time until all of them wait there
            String startedField = field(imported.body(), "started");
            int started = startedField.equals("?") ? 0 : Integer.parseInt(startedField);
            TaskService tasks = app.getBean(TaskService.class);
            long waiting = 0;
            while (seconds(importStart) < 1800
                    && (waiting = tasks.createTaskQuery().taskDefinitionKey("Task_ApproveEnrolment").count()) < started) {
                Thread.sleep(250);
            }
            double firstTaskSeconds = seconds(importStart);
            long againStart = System.nanoTime();
            HttpResponse<String> again = upload(http, port, "/api/schools/bench/enrolments", file);
            double againSeconds = seconds(againStart);

            table.add(atMost("bulk enrolment of " + students + " students (" + file.length / 1024 + " KB CSV, H2 file)", importSeconds, "s",
                    IMPORT_TARGET_SECONDS, "HTTP " + imported.statusCode() + ", " + field(imported.body(), "started") + " lifecycles started"));
            table.add(info("... until every imported student waits at the coordinator's approval",
                    format(firstTaskSeconds) + " s", waiting + " of " + started + " waiting (job executor, after the upload's answer)"));
            table.add(atMost("same file again (all skipped)", againSeconds, "s", IMPORT_TARGET_SECONDS,
                    "HTTP " + again.statusCode() + ", " + field(again.body(), "skipped") + " skipped"));
        } finally {
            deleteRecursively(data);
        }
        return table;
    }

    /** Settings for an application started inside the benchmark: its own data directory, quiet, any free port. */
    static List<String> quietApplication(Path data) {
        return List.of("--practicum.data-dir=" + data,
                "--practicum.admin.password=Bench-Secret-Pw-1!", "--server.port=0", "--logging.level.root=warn",
                "--logging.level.vn.practicum=warn", "--logging.level.org.camunda=warn", "--logging.level.org.camunda.bpm.spring.boot=warn",
                "--spring.main.banner-mode=off");
    }

    /**
     * A round like a cohort's: ten fields, offers of 1 to 15 places (about 8 places for 10 students, so choices are
     * contested), a few requirements, five choices per student skewed towards popular offers, a tenth priority, a
     * fifth of the hosts ranking some applicants and declining a few.
     */
    static MatchingInput round(int students, int offers, long seed) {
        Random random = new Random(seed);
        List<String> fields = Arrays.stream(ProgrammeField.values()).map(ProgrammeField::key).toList();
        List<String> requirements = List.of("cybersecurity-training", "nda", "english-b2", "driving-licence");
        List<Offer> offerList = new ArrayList<>();
        List<List<String>> offersByField = new ArrayList<>();
        fields.forEach(f -> offersByField.add(new ArrayList<>()));
        for (int o = 0; o < offers; o++) {
            int field = o % fields.size();
            Set<String> needs = new HashSet<>();
            if (random.nextInt(4) == 0) {
                needs.add(requirements.get(random.nextInt(requirements.size())));
            }
            Offer offer = new Offer("offer-" + o, "host-" + (o / 3), fields.get(field), 1 + random.nextInt(15), needs);
            offerList.add(offer);
            offersByField.get(field).add(offer.id());
        }
        List<Applicant> applicants = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            int field = random.nextInt(fields.size());
            List<String> pool = offersByField.get(field);
            Set<String> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < Math.min(Applicant.MAX_CHOICES, pool.size())) {
                double skew = random.nextDouble();
                chosen.add(pool.get((int) (skew * skew * pool.size())));
            }
            Set<String> holds = new HashSet<>();
            requirements.forEach(r -> {
                if (random.nextBoolean()) {
                    holds.add(r);
                }
            });
            applicants.add(new Applicant(String.format(Locale.ROOT, "school-%06d", s), fields.get(field),
                    random.nextInt(10) == 0, holds, List.copyOf(chosen)));
        }
        List<HostPreferences> preferences = new ArrayList<>();
        for (Offer offer : offerList) {
            if (random.nextInt(5) == 0) {
                List<String> ranking = new ArrayList<>();
                Set<String> declined = new HashSet<>();
                for (int i = 0; i < 20; i++) {
                    String id = applicants.get(random.nextInt(students)).studentId();
                    if (random.nextInt(5) == 0) {
                        declined.add(id);
                    } else if (!ranking.contains(id)) {
                        ranking.add(id);
                    }
                }
                ranking.removeAll(declined);
                preferences.add(new HostPreferences(offer.id(), ranking, declined));
            }
        }
        return new MatchingInput(offerList, applicants, preferences, seed);
    }

    static byte[] enrolmentFile(int students) {
        StringBuilder csv = new StringBuilder("\ufeffstudentCode;fullName;email;fieldKey;creditsEarned;prerequisitesPassed;"
                + "placementStart;placementEnd;supervisorId;priority\r\n");
        int year = LocalDate.now().getYear() + 1;
        List<String> fields = Arrays.stream(ProgrammeField.values()).map(ProgrammeField::key).toList();
        for (int i = 0; i < students; i++) {
            csv.append(String.format(Locale.ROOT, "SV%06d;Nguyễn Thị Ánh %d;sv%06d@bench.edu.vn;%s;%d;true;01/02/%d;%d-05-31;gv-%d;%s\r\n",
                    i, i, i, fields.get(i % fields.size()), 100 + i % 50, year, year, i % 40, i % 10 == 0));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void coordinator(ConfigurableApplicationContext app, String userId, String school) {
        IdentityService identity = app.getBean(IdentityService.class);
        User user = identity.newUser(userId);
        user.setFirstName("Bench");
        user.setLastName("Coordinator");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        String group = Groups.schoolCoordinators(school);
        app.getBean(PartyAccess.class).grant(group);
        identity.createMembership(userId, group);
    }

    static HttpResponse<String> upload(HttpClient http, int port, String path, byte[] file) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cohort.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("bench-coord:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void deleteRecursively(Path directory) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String field(String json, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return matcher.find() ? matcher.group(1) : "?";
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** A row whose figure must stay at or below its target (a duration). */
    static String[] atMost(String what, double figure, String unit, double target, String note) {
        return new String[] {what, format(figure) + " " + unit, "≤ " + format(target) + " " + unit, figure <= target ? "met" : "NOT MET", note};
    }

    /** A row whose figure must reach its target (a throughput or speed-up). */
    static String[] atLeast(String what, double figure, String unit, double target, String note) {
        return new String[] {what, format(figure) + unit, "≥ " + format(target) + unit, figure >= target ? "met" : "NOT MET", note};
    }

    /** A row without a target. */
    static String[] info(String what, String figure, String note) {
        return new String[] {what, figure, "", "", note};
    }

    static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void print(Set<String> parts, List<String[]> table, double totalSeconds) {
        String[] header = {"measure", "figure", "target", "met?", "note"};
        int[] widths = new int[header.length];
        for (String[] line : concat(header, table)) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nPracticum benchmark (%s): %d cores, Java %s, %.0f s%n",
                String.join(" ", parts), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), totalSeconds));
        for (String[] line : concat(header, table)) {
            for (int i = 0; i < line.length; i++) {
                out.append(String.format("%-" + widths[i] + "s", line[i])).append(i + 1 < line.length ? " | " : "\n");
            }
            if (line == header) {
                for (int i = 0; i < widths.length; i++) {
                    out.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "-+-" : "\n");
                }
            }
        }
        System.out.print(out);
    }

    private static List<String[]> concat(String[] header, List<String[]> table) {
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(table);
        return all;
    }
}
