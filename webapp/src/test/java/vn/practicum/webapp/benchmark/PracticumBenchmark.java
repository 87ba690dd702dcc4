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
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
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
 * The two timed targets, measured on this machine and printed as a table (a command, not a unit test):
 * <ul>
 *   <li>bulk enrolment of 10,000 students ≤ 30 s: a CSV uploaded through the API of the whole application (H2 in
 *       file mode in a fresh directory under {@code target/}), each student registered and their lifecycle started
 *       up to the coordinator's approval;</li>
 *   <li>a placement round of 10,000 students and 1,000 offers ≤ 2 s: {@link DeferredAcceptance} alone.</li>
 * </ul>
 * Run: {@code ./mvnw -q -B -pl webapp test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.practicum.webapp.benchmark.PracticumBenchmark} (after {@code ./mvnw -q -B install -DskipTests}
 * of the other modules). Arguments: {@code students offers [--spring.setting=value ...]} (defaults 10000 1000); the
 * settings go to the application, for example {@code --spring.profiles.active=postgres} to measure on PostgreSQL.
 */
public final class PracticumBenchmark {

    static final double IMPORT_TARGET_SECONDS = 30;
    static final double MATCHING_TARGET_SECONDS = 2;
    static final String PASSWORD = "Quang-Ninh#2025";

    private PracticumBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int offers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
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
        double cold = time(() -> new DeferredAcceptance().match(round(students, offers, 7L)));
        table.add(row("matching " + students + " students × " + offers + " offers (median of 5)", runs[2], MATCHING_TARGET_SECONDS,
                result.placed().size() + " placed, " + result.unplaced().size() + " to manual placement"));
        table.add(row("matching, slowest of 5", runs[runs.length - 1], MATCHING_TARGET_SECONDS, ""));
        table.add(row("matching, first run of a fresh round (incl. generating it)", cold, MATCHING_TARGET_SECONDS, ""));

        Path data = Path.of("target", "benchmark-data", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(data);
        long boot = System.nanoTime();
        // as command-line arguments: they outrank application.yaml
        List<String> settings = new ArrayList<>(List.of("--practicum.data-dir=" + data,
                "--practicum.admin.password=Bench-Secret-Pw-1!", "--server.port=0", "--logging.level.root=warn",
                "--logging.level.vn.practicum=warn", "--logging.level.org.camunda=warn", "--spring.main.banner-mode=off"));
        settings.addAll(Arrays.asList(args).subList(Math.min(2, args.length), args.length)); // e.g. --spring.profiles.active=postgres
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticumApplication.class)
                .run(settings.toArray(String[]::new))) {
            double booted = seconds(boot);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            coordinator(app, "bench-coord", "bench");
            byte[] file = enrolmentFile(students);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            long checkStart = System.nanoTime();
            HttpResponse<String> report = upload(http, port, "/api/schools/bench/enrolments/report", file);
            double checked = seconds(checkStart);
            long importStart = System.nanoTime();
            HttpResponse<String> imported = upload(http, port, "/api/schools/bench/enrolments", file);
            double importSeconds = seconds(importStart);
            long againStart = System.nanoTime();
            HttpResponse<String> again = upload(http, port, "/api/schools/bench/enrolments", file);
            double againSeconds = seconds(againStart);

            table.add(row("application start (H2 file, empty)", booted, Double.NaN, ""));
            table.add(row("enrolment file checked only, " + students + " rows (" + file.length / 1024 + " KB)", checked,
                    Double.NaN, "HTTP " + report.statusCode() + ", " + (report.body().split("\r\n").length - 1) + " problems"));
            table.add(row("bulk enrolment of " + students + " students", importSeconds, IMPORT_TARGET_SECONDS,
                    "HTTP " + imported.statusCode() + ", " + field(imported.body(), "started") + " lifecycles started"));
            table.add(row("same file again (all skipped)", againSeconds, IMPORT_TARGET_SECONDS,
                    "HTTP " + again.statusCode() + ", " + field(again.body(), "skipped") + " skipped"));
        } finally {
            deleteRecursively(data);
        }
        print(students, offers, table);
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
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("bench-coord:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String field(String json, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static double time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String[] row(String what, double seconds, double target, String note) {
        String verdict = Double.isNaN(target) ? "" : seconds <= target ? "ok" : "TOO SLOW";
        return new String[] {what, String.format(Locale.ROOT, "%.2f s", seconds),
                Double.isNaN(target) ? "" : String.format(Locale.ROOT, "≤ %.0f s", target), verdict, note};
    }

    private static void print(int students, int offers, List<String[]> table) {
        String[] header = {"measure", "time", "target", "", "note"};
        int[] widths = new int[header.length];
        for (String[] line : concat(header, table)) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nPracticum benchmark: %d students, %d offers, %d cores, Java %s%n",
                students, offers, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
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
