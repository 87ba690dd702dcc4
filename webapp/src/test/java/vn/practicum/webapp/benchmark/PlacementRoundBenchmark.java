package vn.practicum.webapp.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.matching.Applicant;
import vn.practicum.engine.matching.MatchingInput;
import vn.practicum.engine.matching.Offer;
import vn.practicum.engine.placement.CloseSummary;
import vn.practicum.engine.placement.PlacementRounds;
import vn.practicum.engine.placement.RoundOffer;
import vn.practicum.webapp.PracticumApplication;

/**
 * Issue 5's own measurements, printed as a table (a command, not a unit test), on the whole application with H2 in
 * file mode in a fresh directory under {@code target/}:
 * <ol>
 *   <li>bulk enrolment of {@code students} through the API (as {@link PracticumBenchmark}), and then the time until
 *       the job executor has moved every student on to their first task (the coordinator's approval);</li>
 *   <li>closing a round of {@code students} applicants and {@code offers} offers (matching and storing every
 *       result in one transaction), with the tables filled through {@link PlacementRounds};</li>
 *   <li>{@code waiting} real lifecycles waiting for a round: the close's Camunda batch moving each to the host's
 *       review or the coordinator, until none waits.</li>
 * </ol>
 * Run: {@code ./mvnw -q -B -pl webapp test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.practicum.webapp.benchmark.PlacementRoundBenchmark -Dexec.args="10000 1000 1000"} after
 * {@code ./mvnw -q -B install -DskipTests}. Further arguments ({@code --name=value}) go to the application.
 */
public final class PlacementRoundBenchmark {

    private PlacementRoundBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int offers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int waiting = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        List<String[]> table = new ArrayList<>();
        Path data = Path.of("target", "benchmark-data", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(data);
        List<String> settings = new ArrayList<>(List.of("--practicum.data-dir=" + data,
                "--practicum.admin.password=Bench-Secret-Pw-1!", "--server.port=0", "--logging.level.root=warn",
                "--logging.level.vn.practicum=warn", "--logging.level.org.camunda=warn", "--spring.main.banner-mode=off"));
        settings.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticumApplication.class)
                .run(settings.toArray(String[]::new))) {
            TaskService tasks = app.getBean(TaskService.class);
            RuntimeService runtime = app.getBean(RuntimeService.class);

            // 1. bulk enrolment, then until every student has their first task
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            PracticumBenchmark.coordinator(app, "bench-coord", "bench");
            byte[] file = PracticumBenchmark.enrolmentFile(students);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            long importStart = System.nanoTime();
            long importCpu = processCpuNanos();
            long jobsCpu = jobExecutorCpuNanos();
            long h2Cpu = threadsCpuNanos("MVStore background writer");
            long gcMillis = gcMillis();
            HttpResponse<String> imported = upload(http, port, file);
            double importSeconds = seconds(importStart);
            double importCpuSeconds = (processCpuNanos() - importCpu) / 1e9;
            double jobsCpuSeconds = (jobExecutorCpuNanos() - jobsCpu) / 1e9;
            double h2CpuSeconds = (threadsCpuNanos("MVStore background writer") - h2Cpu) / 1e9;
            double gcSeconds = (gcMillis() - gcMillis) / 1e3;
            double allAtFirstTask = waitUntil(() -> tasks.createTaskQuery().taskDefinitionKey("Task_ApproveEnrolment")
                    .count() >= students ? 1 : 0, importStart, Duration.ofMinutes(30));
            double drainCpuSeconds = (processCpuNanos() - importCpu) / 1e9;
            table.add(row("bulk enrolment of " + students + " students (HTTP answer)", importSeconds, 30,
                    "HTTP " + imported.statusCode() + String.format(Locale.ROOT, "; JVM CPU meanwhile %.1f s, of which"
                            + " job executor %.1f s, H2 writer %.1f s; GC pauses %.1f s", importCpuSeconds, jobsCpuSeconds,
                            h2CpuSeconds, gcSeconds)));
            table.add(row("  … until all " + students + " wait at Task_ApproveEnrolment", allAtFirstTask, Double.NaN,
                    String.format(Locale.ROOT, "JVM CPU from the upload on %.1f s", drainCpuSeconds)));

            // 2. closing a round of students x offers: matching + storing every result
            PlacementRounds rounds = app.getBean(PlacementRounds.class);
            MatchingInput input = PracticumBenchmark.round(students, offers, 2026L);
            rounds.open("bench-round", "bench", 2026L, "bench");
            for (Offer offer : input.offers()) {
                rounds.publish(new RoundOffer(offer.id(), "bench-round", offer.hostCode(), offer.fieldKey(),
                        Math.max(1, offer.capacity()), offer.requirements(), "Vị trí " + offer.id(), "Offer " + offer.id()), "bench");
            }
            long fillStart = System.nanoTime();
            for (Applicant applicant : input.applicants()) {
                rounds.rank("bench-round", applicant.studentId(), "bench", applicant.fieldKey(), applicant.rankedOfferIds());
            }
            double filled = seconds(fillStart);
            long closeStart = System.nanoTime();
            CloseSummary closed = rounds.close("bench-round", "bench");
            double closeSeconds = seconds(closeStart);
            table.add(row("ranking of " + students + " students, one call each (setting up)", filled, Double.NaN, ""));
            table.add(row("closing a round of " + students + " students × " + offers + " offers (match + store)",
                    closeSeconds, Double.NaN, closed.round().placed() + " placed, " + closed.round().unplaced() + " not"));

            // 3. real lifecycles waiting for a round: the close's batch moves them on (skipped when waiting is 0)
            if (waiting > 0) {
                moveWaiting(app, rounds, tasks, runtime, waiting, table);
            }
        } finally {
            try (java.util.stream.Stream<Path> paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        print(students, offers, waiting, table);
    }

    private static void moveWaiting(ConfigurableApplicationContext app, PlacementRounds rounds, TaskService tasks,
                                    RuntimeService runtime, int waiting, List<String[]> table) throws Exception {
        {
            PracticumLifecycle lifecycle = app.getBean(PracticumLifecycle.class);
            rounds.open("bench-wait", "bench-wait", 7L, "bench");
            for (int o = 0; o < Math.max(1, waiting / 8); o++) {
                rounds.publish(new RoundOffer("wait-" + o, "bench-wait", "host-" + o, "information-technology", 6,
                        null, "Vị trí " + o, "Offer " + o), "bench");
            }
            LocalDate start = LocalDate.now().plusMonths(2);
            long prepareStart = System.nanoTime();
            for (int s = 0; s < waiting; s++) {
                String studentId = String.format(Locale.ROOT, "wait-%05d", s);
                lifecycle.start(new PracticumStart(studentId, "benchw", "information-technology", "gv", 130, true,
                        start, start.plusMonths(3)));
                complete(tasks, studentId, "Task_ApproveEnrolment", Map.of(PracticumVariables.ENROLMENT_APPROVED.name(), true));
                complete(tasks, studentId, "Task_RecordConsent", Map.of(PracticumVariables.CONSENT_GIVEN.name(), true));
                rounds.rank("bench-wait", studentId, "benchw", "information-technology",
                        List.of("wait-" + (s % Math.max(1, waiting / 8)), "wait-" + ((s + 1) % Math.max(1, waiting / 8))));
                complete(tasks, studentId, "Task_SubmitPreferences", Map.of());
            }
            double prepared = seconds(prepareStart);
            long moveStart = System.nanoTime();
            CloseSummary moved = rounds.close("bench-wait", "bench");
            double closeAnswer = seconds(moveStart);
            double allMoved = waitUntil(() -> rounds.waiting("bench-wait") == 0 ? 1 : 0, moveStart, Duration.ofMinutes(15));
            long atReview = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PLACEMENT)
                    .activityIdIn("Task_ReviewCandidate").count();
            table.add(row(waiting + " lifecycles brought to the round (setting up)", prepared, Double.NaN, ""));
            table.add(row("closing it: the answer (match, store, create the batch)", closeAnswer, Double.NaN,
                    moved.waiting() + " waiting"));
            table.add(row("  … until none waits (batch through the job executor)", allMoved, Double.NaN,
                    atReview + " at host review, the others at the coordinator"));
        }
    }

    /** CPU time the live threads whose name starts so used so far. */
    private static long threadsCpuNanos(String prefix) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    /** CPU time the job executor's threads used so far. */
    private static long jobExecutorCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("camundaTaskExecutor")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    /** The upload as {@link PracticumBenchmark#upload}, waiting up to 30 minutes on a machine shared by many. */
    private static HttpResponse<String> upload(HttpClient http, int port, byte[] file) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cohort.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/schools/bench/enrolments"))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("bench-coord:"
                        + PracticumBenchmark.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** CPU time the whole JVM used so far: shows how much of the wall-clock time the shared machine gave us. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void complete(TaskService tasks, String studentId, String key, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(studentId).taskDefinitionKey(key).singleResult();
        tasks.complete(task.getId(), new HashMap<>(variables));
    }

    /** Seconds from {@code startNanos} until the condition holds (polled every 200 ms). */
    private static double waitUntil(LongSupplier done, long startNanos, Duration atMost) throws InterruptedException {
        long deadline = startNanos + atMost.toNanos();
        while (done.getAsLong() == 0) {
            if (System.nanoTime() > deadline) {
                return Double.POSITIVE_INFINITY;
            }
            Thread.sleep(200);
        }
        return seconds(startNanos);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String[] row(String what, double seconds, double target, String note) {
        String verdict = Double.isNaN(target) ? "" : seconds <= target ? "ok" : "TOO SLOW";
        return new String[] {what, String.format(Locale.ROOT, "%.2f s", seconds),
                Double.isNaN(target) ? "" : String.format(Locale.ROOT, "≤ %.0f s", target), verdict, note};
    }

    private static void print(int students, int offers, int waiting, List<String[]> table) {
        String[] header = {"measure", "time", "target", "", "note"};
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(table);
        int[] widths = new int[header.length];
        for (String[] line : all) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nPlacement round benchmark: %d students, %d offers, %d waiting lifecycles, %d cores, Java %s%n",
                students, offers, waiting, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        for (String[] line : all) {
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
}
