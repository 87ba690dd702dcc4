package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.practicum.engine.test.TestDatabase;

/**
 * Camunda's cluster model with the packaged application: two JVMs of the same jar started at the same moment on one
 * fresh PostgreSQL database (the start-ups take turns: ClusterStartupLock, PracticumSetup's lock row), a cohort whose
 * async steps and timers both nodes run (cluster-drill.bpmn: the asynchronous tail of assessment, with Practicum's
 * real certificate step), one node killed with SIGKILL in the middle, while it holds locked jobs (a few certificate
 * steps are held up by rows another transaction is writing, so that node A's single job thread stalls and its queue
 * keeps jobs it has locked). Then every student finishes, no instance is lost, no certificate is issued twice, and
 * the jobs the dead node had locked are run by the survivor once their locks (4 s here) have expired: shown from
 * node A's job acquisition log (which job ids it took, when) and the engine's job log (which host ran each job,
 * when). The nodes' logs are kept in target/cluster-failover/.
 */
class ClusterFailoverIT {

    private static final String ADMIN_PASSWORD = "cluster-Secret-1";
    private static final String PROCESS = "practicum-cluster-drill";
    private static final int STUDENTS = 240;
    /** Students whose certificate step is held up until node A has been killed. */
    private static final int BLOCKED = 20;
    private static final Duration LOCK_TIME = Duration.ofSeconds(4);
    /** ENGINE-14022 Acquired 3 jobs for process engine 'default': [[id, id, id]] */
    private static final Pattern ACQUIRED = Pattern.compile("^(\\S+)\\s+DEBUG.*ENGINE-14022 Acquired \\d+ jobs[^:]*: \\[(.*)\\]\\s*$");

    @TempDir
    Path work;

    @Test
    void the_survivor_finishes_every_student_once_the_killed_nodes_locks_expire() throws Exception {
        String database = TestDatabase.freshDatabase();
        String url = TestDatabase.url(database);
        Node a = null;
        Node b = null;
        try {
            // given two nodes of the packaged application started at the same moment on one empty database
            // (node A with one job thread: in a burst its queue holds jobs it has locked and not yet run)
            a = Node.start(work, "node-a", url, "--camunda.bpm.job-execution.core-pool-size=1",
                    "--camunda.bpm.job-execution.max-pool-size=1", "--camunda.bpm.job-execution.queue-capacity=3");
            b = Node.start(work, "node-b", url);
            a.awaitHealthy(Duration.ofSeconds(600));
            b.awaitHealthy(Duration.ofSeconds(600));
            // both ran the idempotent set-up at the same time: one of each, no duplicate (filters have no unique key)
            try (Connection db = connect(url)) {
                assertThat(count(db, "select count(*) from act_ru_filter")).isEqualTo(3);
                assertThat(count(db, "select count(*) from act_id_user where id_ = 'admin'")).isEqualTo(1);
            }

            // and a cohort of students whose steps are jobs (async continuations, a timer, the certificate)
            a.deploy("cluster-drill.bpmn", Files.readAllBytes(Path.of("src/test/resources/bpmn/cluster-drill.bpmn")));
            // and a slow step: the certificates of some students wait on rows another transaction is writing
            // (uncommitted), so a node's job thread that meets one is held, and node A's queue holds jobs it has locked
            Connection blocker = connect(url);
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                for (int i = 0; i < BLOCKED; i++) {
                    statement.executeUpdate(String.format(Locale.ROOT, "insert into practicum_certificate (student_id, certificate_number,"
                            + " field_key, final_grade, final_score, issued_at) values ('cluster-%04d', 'HELD-%d', 'x', 'A', 0, now())", STUDENTS - 1 - i * 2, i));
                }
            }

            // whose appeal period ends at the same moment for all: then both nodes work through a burst of jobs
            Instant appealEnds = Instant.now().plusSeconds(40);
            for (int i = 0; i < STUDENTS; i++) {
                (i % 2 == 0 ? a : b).startStudent(String.format(Locale.ROOT, "cluster-%04d", i), appealEnds);
            }

            // when node A is killed (SIGKILL) in the burst, while it holds locked jobs
            Instant killedAt;
            Set<String> heldByA;
            try (Connection db = connect(url)) {
                heldByA = awaitJobsLockedBy(a, db, Duration.ofSeconds(300));
                killedAt = Instant.now();
                a.process.destroyForcibly();
                assertThat(a.process.waitFor()).as("exit status of a JVM killed by SIGKILL (128 + 9)").isEqualTo(137);
            } finally {
                blocker.rollback(); // the slow step is over: nothing of it stays
                blocker.close();
            }

            // then node B alone finishes every student
            try (Connection db = connect(url)) {
                awaitCount(db, "select count(*) from act_hi_procinst where proc_def_key_ = '" + PROCESS
                        + "' and end_time_ is not null", STUDENTS, Duration.ofSeconds(480));

                assertThat(count(db, "select count(*) from act_hi_procinst where proc_def_key_ = '" + PROCESS + "'"))
                        .as("no instance lost or duplicated").isEqualTo(STUDENTS);
                assertThat(count(db, "select count(*) from act_hi_procinst where proc_def_key_ = '" + PROCESS
                        + "' and state_ = 'COMPLETED'")).isEqualTo(STUDENTS);
                assertThat(count(db, "select count(*) from act_ru_execution")).as("nothing left running").isZero();
                assertThat(count(db, "select count(*) from act_ru_incident")).as("no incident").isZero();
                // one certificate per student, never two (and the register's primary key would refuse a second)
                assertThat(count(db, "select count(*) from practicum_certificate where student_id like 'cluster-%'")).isEqualTo(STUDENTS);
                assertThat(count(db, "select count(distinct certificate_number) from practicum_certificate")).isEqualTo(STUDENTS);
                assertThat(count(db, "select count(*) from act_hi_varinst where name_ = 'certificateNumber'")).isEqualTo(STUDENTS);

                // both nodes ran jobs before the kill
                Map<String, Long> byHost = successfulJobsByHost(db);
                assertThat(byHost.getOrDefault("node-a", 0L)).as("jobs run by node A: " + byHost).isPositive();
                assertThat(byHost.getOrDefault("node-b", 0L)).as("jobs run by node B: " + byHost).isPositive();

                // and the jobs node A held locked when it was killed were run by node B once their locks had expired
                // (counted from node A's last acquisition of each: a job that fails is unlocked and acquired again)
                Map<String, Instant> acquiredByA = a.acquiredJobs();
                Map<String, JobRun> runs = successfulRuns(db);
                List<String> orphaned = heldByA.stream()
                        .filter(job -> runs.containsKey(job) && !"node-a".equals(runs.get(job).host())).sorted().toList();
                assertThat(orphaned).as("jobs node A held when it was killed: " + heldByA).isNotEmpty();
                for (String job : orphaned) {
                    JobRun run = runs.get(job);
                    assertThat(run.host()).as("job " + job).isEqualTo("node-b");
                    assertThat(run.at()).as("job " + job + " acquired by node A at " + acquiredByA.get(job) + ", killed at " + killedAt)
                            .isAfterOrEqualTo(acquiredByA.get(job).plus(LOCK_TIME).minusMillis(500));
                }
                System.out.printf(Locale.ROOT, "cluster drill: %d students, jobs by host %s, %d jobs of node A taken over by node B "
                        + "after their %d s locks expired%n", STUDENTS, byHost, orphaned.size(), LOCK_TIME.toSeconds());
            }
        } finally {
            Path logs = Files.createDirectories(Path.of("target", "cluster-failover"));
            for (Node node : new Node[] {a, b}) {
                if (node != null) {
                    node.process.destroy();
                    node.process.waitFor();
                    Files.copy(node.log(), logs.resolve(node.name() + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            TestDatabase.drop(database);
        }
    }

    /**
     * Waits until at least two jobs node A's log says it acquired are still locked in the database (acquired, not yet
     * done), and returns them.
     */
    private static Set<String> awaitJobsLockedBy(Node node, Connection db, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> acquired = node.acquiredJobs().keySet();
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                    "select id_ from act_ru_job where lock_owner_ is not null")) {
                Set<String> held = new HashSet<>();
                while (rows.next()) {
                    if (acquired.contains(rows.getString(1))) {
                        held.add(rows.getString(1));
                    }
                }
                if (held.size() >= 2) {
                    return held;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError(node.name() + " held no locked job in " + patience);
    }

    private static Map<String, Long> successfulJobsByHost(Connection db) throws SQLException {
        Map<String, Long> byHost = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")) {
            while (rows.next()) {
                byHost.put(rows.getString(1), rows.getLong(2));
            }
        }
        return byHost;
    }

    /** The successful run of each job (job state 2 = successful), by which host and when. */
    private static Map<String, JobRun> successfulRuns(Connection db) throws SQLException {
        Map<String, JobRun> runs = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select job_id_, hostname_, timestamp_ from act_hi_job_log where job_state_ = 2")) {
            while (rows.next()) {
                Timestamp at = rows.getTimestamp(3);
                runs.put(rows.getString(1), new JobRun(rows.getString(2), at.toInstant()));
            }
        }
        return runs;
    }

    record JobRun(String host, Instant at) {
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void awaitCount(Connection db, String sql, long atLeast, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            last = count(db, sql);
            if (last >= atLeast) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(sql + " reached " + last + ", not " + atLeast + ", in " + patience);
    }

    /** One JVM of the packaged application. */
    private record Node(String name, Process process, int port, Path log) {

        static Node start(Path work, String name, String databaseUrl, String... settings) throws IOException {
            Path repository = Path.of("").toAbsolutePath().getParent();
            Path application;
            try (Stream<Path> built = Files.list(repository.resolve("webapp/target"))) {
                application = built.filter(p -> p.getFileName().toString().matches("practicum-webapp-.*\\.jar")).findFirst().orElseThrow();
            }
            int port = freePort();
            Path log = work.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-jar", application.toString(),
                    "--spring.profiles.active=postgres", "--server.port=" + port,
                    "--practicum.data-dir=" + work.resolve(name + "-data"), "--practicum.admin.password=" + ADMIN_PASSWORD,
                    // short locks for the test; fast polling so that both nodes take part
                    "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                    "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                    "--camunda.bpm.generic-properties.properties.hostname=" + name,
                    "--logging.level.root=warn", "--logging.level.vn.practicum=info",
                    "--logging.level.org.camunda.bpm.engine.jobexecutor=debug")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.command().addAll(List.of(settings));
            builder.environment().put("PRACTICUM_DB_URL", databaseUrl);
            builder.environment().put("PRACTICUM_DB_USER", TestDatabase.user());
            builder.environment().put("PRACTICUM_DB_PASSWORD", TestDatabase.password());
            return new Node(name, builder.start(), port, log);
        }

        void awaitHealthy(Duration patience) throws Exception {
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError(name + " stopped; its log:\n" + Files.readString(log));
                }
                try {
                    HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
                    if (health.statusCode() == 200 && health.body().contains("UP")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new AssertionError(name + " was not healthy in " + patience + "; log:\n" + Files.readString(log));
        }

        void deploy(String fileName, byte[] bpmn) throws Exception {
            String boundary = "----cluster" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + PROCESS
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bpmn);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = send(admin(HttpRequest.newBuilder(uri("/engine-rest/deployment/create")))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }

        void startStudent(String studentId, Instant appealEnds) throws Exception {
            String json = """
                    {"businessKey": "%s", "variables": {
                      "fieldKey": {"value": "information-technology", "type": "String"},
                      "finalGrade": {"value": "A", "type": "String"},
                      "finalScore": {"value": 8.75, "type": "Double"},
                      "appealEnds": {"value": "%s", "type": "Date"}}}""".formatted(studentId,
                    DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC).format(appealEnds));
            HttpResponse<String> response = send(admin(HttpRequest.newBuilder(uri("/engine-rest/process-definition/key/" + PROCESS + "/start")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }

        /** The job ids this node's job executor acquired, with the last time it acquired each (its DEBUG log). */
        Map<String, Instant> acquiredJobs() throws IOException {
            Map<String, Instant> acquired = new HashMap<>();
            for (String line : Files.readAllLines(log)) {
                Matcher matcher = ACQUIRED.matcher(line);
                if (matcher.matches()) {
                    Instant at = OffsetDateTime.parse(matcher.group(1)).toInstant();
                    Set<String> ids = new HashSet<>();
                    for (String id : matcher.group(2).replace("[", "").replace("]", "").split(",")) {
                        if (!id.isBlank()) {
                            ids.add(id.trim());
                        }
                    }
                    ids.forEach(id -> acquired.put(id, at));
                }
            }
            return acquired;
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private static HttpRequest.Builder admin(HttpRequest.Builder request) {
            return request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }

        private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
