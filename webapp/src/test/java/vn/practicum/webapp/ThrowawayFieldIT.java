package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Write your own field", proven the way a field author does it: a throwaway field is made from the
 * template with plugins/NewField.java, compiled and packed into a jar, dropped into the fields folder of
 * the packaged application (no change to engine, processes or webapp), and the application started on
 * it offers the field and deploys its fragments. Runs after `package` (failsafe), against the real jar.
 */
class ThrowawayFieldIT {

    private static final String KEY = "throwaway-field";
    private static final String ADMIN_PASSWORD = "throwaway-Secret-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void a_field_made_from_the_template_joins_the_packaged_application_as_a_dropped_in_jar() throws Exception {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        // given a new field module made from the template, outside the repository
        Process generator = new ProcessBuilder(java.toString(), "plugins/NewField.java", KEY, "Ngành thử", "Throwaway field",
                "--into", work.toString()).directory(repository.toFile()).redirectErrorStream(true).start();
        String generated = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(generator.waitFor()).as(generated).isZero();
        Path module = work.resolve(KEY);
        assertThat(module.resolve("src/main/java/vn/practicum/field/throwawayfield/ThrowawayFieldField.java")).exists();

        // when it is compiled against the engine and packed into a jar in the application's fields folder
        Path fields = Files.createDirectories(work.resolve("fields"));
        Path jar = fields.resolve("practicum-field-" + KEY + ".jar");
        pack(compile(module), module.resolve("src/main/resources"), jar);

        // then the packaged application started with it offers the field and deploys its fragments
        Path application;
        try (Stream<Path> built = Files.list(repository.resolve("webapp/target"))) {
            application = built.filter(p -> p.getFileName().toString().matches("practicum-webapp-.*\\.jar")).findFirst().orElseThrow();
        }
        int port = freePort();
        Process app = new ProcessBuilder(java.toString(), "-Dloader.path=" + fields, "-jar", application.toString(),
                "--server.port=" + port, "--practicum.data-dir=" + work.resolve("data"),
                "--practicum.admin.password=" + ADMIN_PASSWORD, "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile()).start();
        try {
            JsonNode offered = awaitJson(port, "/api/fields", Duration.ofSeconds(150), app);
            List<String> keys = new ArrayList<>();
            offered.forEach(field -> keys.add(field.path("key").asText()));
            assertThat(keys).contains(KEY, "information-technology");
            assertThat(get(port, "/engine-rest/deployment?name=practicum-field-" + KEY).body()).contains("practicum-field-" + KEY);
            for (String stage : List.of("placement", "mentoring", "assessment")) {
                assertThat(JSON.readTree(get(port, "/engine-rest/process-definition/count?key=" + KEY + "-" + stage).body())
                        .path("count").asInt()).as(stage).isEqualTo(1);
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private Path compile(Path module) throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> sources;
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                "-classpath", System.getProperty("java.class.path")));
        arguments.addAll(sources);
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac of the generated field").isZero();
        return classes;
    }

    /** A jar as Maven packs one: directory entries too, which classpath*: patterns need to find the bundle. */
    private static void pack(Path classes, Path resources, Path jar) throws IOException {
        java.util.Set<String> written = new java.util.HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path root : List.of(classes, resources)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> !f.equals(root)).sorted().toList()) {
                        String name = root.relativize(file).toString().replace('\\', '/') + (Files.isDirectory(file) ? "/" : "");
                        if (!written.add(name)) {
                            continue;
                        }
                        out.putNextEntry(new JarEntry(name));
                        if (Files.isRegularFile(file)) {
                            Files.copy(file, out);
                        }
                        out.closeEntry();
                    }
                }
            }
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(20)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitJson(int port, String path, Duration patience, Process app) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the application stopped; its log:\n" + Files.readString(work.resolve("app.log")));
            }
            try {
                HttpResponse<String> response = get(port, path);
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the application did not answer " + path + " in " + patience + "; log:\n"
                + Files.readString(work.resolve("app.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
