package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL under load, on H2 in file mode: the packaged application completes tasks for many clients at once, is
 * killed (no shutdown hook runs), and is started again on the same data directory. Every completion acknowledged to a
 * client is still there, no instance is stuck (the jobs the dead process had locked are taken again once their lock,
 * set short here, expires), and the tracking model agrees with the engine. Runs after `package` (failsafe).
 */
class CrashRestartIT {

    static final String ADMIN_PASSWORD = "crash-Secret-1";
    static final String PROCESS = "test-crash-mentoring";
    static final int STUDENTS = 80;
    static final int CLIENTS = 8;
    static final int KILL_AFTER = 30;

    @TempDir
    Path work;

    @Test
    void acknowledged_completions_survive_a_sigkill_and_nothing_is_stuck_after_the_restart() throws Exception {
        Path data = work.resolve("data");
        int port = freePort();

        // given the packaged application on a fresh data directory, with students waiting in a review
        Process app = start(port, data, "first.log");
        Http admin = Http.basic(port, "admin", ADMIN_PASSWORD);
        awaitReady(admin, app, "first.log");
        byte[] bpmn;
        try (InputStream in = CrashRestartIT.class.getResourceAsStream("/bpmn/" + PROCESS + ".bpmn")) {
            bpmn = in.readAllBytes();
        }
        Http.Response deployed = admin.postMultipart("/engine-rest/deployment/create",
                Map.of("deployment-name", PROCESS), Map.of(PROCESS + ".bpmn", bpmn));
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
        for (int i = 0; i < STUDENTS; i++) {
            String student = student(i);
            Http.Response started = admin.postJson("/engine-rest/process-definition/key/" + PROCESS + "/start",
                    "{\"businessKey\":\"" + student + "\",\"variables\":{"
                            + "\"studentId\":{\"value\":\"" + student + "\"},\"schoolCode\":{\"value\":\"crashsch\"},"
                            + "\"fieldKey\":{\"value\":\"information-technology\"},\"hostCode\":{\"value\":\"crashhost\"},"
                            + "\"mentorId\":{\"value\":\"mentor.crash\"}}}");
            assertThat(started.status()).as(started.body()).isEqualTo(200);
        }

        // when clients complete reviews concurrently and the process is killed (SIGKILL) in the middle of it
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempted = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = client; i < STUDENTS; i += CLIENTS) {
                    String student = student(i);
                    try {
                        JsonNode tasks = admin.get("/engine-rest/task?processInstanceBusinessKey=" + student
                                + "&taskDefinitionKey=Task_ReviewWork").json();
                        attempted.incrementAndGet();
                        Http.Response completed = admin.postJson("/engine-rest/task/" + tasks.get(0).path("id").asText()
                                + "/complete", "{\"variables\":{\"reviewNote\":{\"value\":\"review of " + student + "\"}}}");
                        if (completed.status() == 204) {
                            acknowledged.add(student);
                        }
                    } catch (RuntimeException killed) {
                        return; // the server is gone
                    }
                }
            });
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (acknowledged.size() < KILL_AFTER && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        app.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no orderly close of the database
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(KILL_AFTER).isLessThan(STUDENTS);

        // then, started again on the same data directory
        Process again = start(port, data, "second.log");
        try {
            awaitReady(admin, again, "second.log");

            // every acknowledged completion is there
            for (String student : acknowledged) {
                JsonNode done = admin.get("/engine-rest/history/task?processInstanceBusinessKey=" + student
                        + "&taskDefinitionKey=Task_ReviewWork&finished=true").json();
                assertThat(done).as(student).hasSize(1);
            }
            // no instance is stuck: the jobs (some locked by the dead process) all run, once their lock expires
            long stuckUntil = System.currentTimeMillis() + 90_000;
            while (admin.get("/engine-rest/job/count?processDefinitionKey=" + PROCESS).json().path("count").asInt() > 0
                    && System.currentTimeMillis() < stuckUntil) {
                Thread.sleep(500);
            }
            assertThat(admin.get("/engine-rest/job/count?processDefinitionKey=" + PROCESS).json().path("count").asInt()).isZero();
            assertThat(admin.get("/engine-rest/incident/count").json().path("count").asInt()).isZero();
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                String student = student(i);
                JsonNode open = admin.get("/engine-rest/task?processInstanceBusinessKey=" + student).json();
                assertThat(open).as(student + " waits in exactly one task").hasSize(1);
                String waitsIn = open.get(0).path("taskDefinitionKey").asText();
                if (acknowledged.contains(student)) {
                    assertThat(waitsIn).as(student).isEqualTo("Task_ConfirmReview");
                }
                // and the tracking model agrees with the engine
                JsonNode stage = admin.get("/api/students/" + student + "/stage").json();
                if (!waitsIn.equals(stage.path("step").path("id").asText())) {
                    mismatches.add(student + ": engine " + waitsIn + ", tracking " + stage.path("step").path("id").asText());
                }
            }
            assertThat(mismatches).isEmpty();
            System.out.printf("CrashRestartIT: %d of %d completions acknowledged before SIGKILL (%d attempted); all kept%n",
                    acknowledged.size(), STUDENTS, attempted.get());
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(int port, Path data, String log) throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path application;
        try (Stream<Path> built = Files.list(repository.resolve("webapp/target"))) {
            application = built.filter(p -> p.getFileName().toString().matches("practicum-webapp-.*\\.jar")).findFirst().orElseThrow();
        }
        return new ProcessBuilder(java.toString(), "-jar", application.toString(), "--server.port=" + port,
                "--practicum.data-dir=" + data, "--practicum.admin.password=" + ADMIN_PASSWORD,
                "--camunda.bpm.job-execution.lock-time-in-millis=3000", "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(work.resolve(log).toFile()).start();
    }

    private void awaitReady(Http admin, Process app, String log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the application stopped; its log:\n" + Files.readString(work.resolve(log)));
            }
            try {
                if (admin.get("/api/fields").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the application did not start in time; log:\n" + Files.readString(work.resolve(log)));
    }

    private static String student(int i) {
        return "crashsch-%03d".formatted(i);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
