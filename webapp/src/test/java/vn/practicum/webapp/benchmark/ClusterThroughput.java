package vn.practicum.webapp.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import vn.practicum.engine.test.TestDatabase;

/**
 * Async-job throughput of one node against two nodes of the packaged application on one PostgreSQL database. For
 * each run: a fresh database; a driver engine in this JVM (job executor off) deploys a chain of five asynchronous
 * steps and suspends its jobs; the nodes start and report healthy; a warm-up batch of 400 students per node runs
 * through them at full speed; the jobs are suspended again while the measured students are started; each node gets its
 * CPU quota; then the jobs are activated and the clock runs until every instance has ended. Jobs per second =
 * students × 5 / that time.
 *
 * <p>On one machine the nodes, PostgreSQL and this driver share its cores, so a second node can only take CPU the
 * first one already had: that measures the machine, not the cluster. The first pair of runs therefore holds each
 * node to a CPU quota of its own ({@link NodeCpuQuota}: a Linux cgroup, set once the node is warm), as if each
 * node ran on a small machine of its own, with PostgreSQL and the driver on the rest; the second pair lets both
 * nodes share everything, as before.
 */
final class ClusterThroughput {

    private static final String PROCESS = "bench-async-chain";
    private static final int STEPS = 5;
    /**
     * Students run through each node before the clock starts, at full speed (no quota yet). A node's JIT compiler
     * needs this: with 200 students shared by all nodes and the quota already on, JFR showed the nodes still compiling
     * through the whole measured window (about 1,300 compilations in it alone, 1,900 for a node of the pair), on the
     * same 0.35 CPU as the jobs, and the more so for a node of the pair, which had seen half the warm-up.
     */
    private static final int WARM_UP_PER_NODE = 400;
    /** Linux's USER_HZ, the unit of {@code /proc/<pid>/stat} CPU times: 100 on every mainstream architecture. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private ClusterThroughput() {
    }

    /**
     * @param repeats  pairs of runs (one node, then two) per configuration; the figure is the ratio of the medians
     * @param shared   also measure with the nodes sharing the machine's cores (no quota)
     * @param settings application settings for every node ({@code --camunda.bpm.job-execution...=...})
     */
    static List<String[]> measure(int students, double nodeCpus, int repeats, boolean shared, List<String> settings) throws Exception {
        List<String[]> rows = new ArrayList<>();
        if (NodeCpuQuota.available()) {
            Pairs quota = pairs(repeats, students, nodeCpus, settings);
            rows.add(PracticumBenchmark.atLeast(String.format(Locale.ROOT,
                            "async jobs on PostgreSQL, two nodes / one node, %.2f CPU per node", nodeCpus), quota.ratio(), "×",
                    PracticumBenchmark.CLUSTER_TARGET_FACTOR, String.format(Locale.ROOT,
                            "median of %d runs each: %.0f vs %.0f jobs/s; ratio of each pair %s; %d students × %d async steps; "
                                    + "each node held to %.2f CPU (cgroup quota), used %s",
                            repeats, quota.two(), quota.one(), quota.pairRatios(), students, STEPS, nodeCpus, quota.cpu())));
        } else {
            rows.add(PracticumBenchmark.info("async jobs, nodes with a CPU quota each", "not measured",
                    "no writable cgroup cpu controller at " + NodeCpuQuota.ROOT + " (needs root on Linux)"));
        }
        if (!shared) {
            return rows;
        }
        Pairs open = pairs(repeats, students, 0, settings);
        rows.add(PracticumBenchmark.atLeast("async jobs on PostgreSQL, two nodes / one node, sharing this machine", open.ratio(), "×",
                PracticumBenchmark.CLUSTER_TARGET_FACTOR, String.format(Locale.ROOT,
                        "median of %d runs each: %.0f vs %.0f jobs/s; ratio of each pair %s; %d students × %d async steps; "
                                + "nodes, PostgreSQL and driver on the same %d cores; nodes used %s",
                        repeats, open.two(), open.one(), open.pairRatios(), students, STEPS,
                        Runtime.getRuntime().availableProcessors(), open.cpu())));
        return rows;
    }

    /**
     * Runs one node, then two, {@code repeats} times in turn, so that a slow spell of the shared machine falls on both
     * sides rather than on one.
     */
    private static Pairs pairs(int repeats, int students, double nodeCpus, List<String> settings) throws Exception {
        List<Run> one = new ArrayList<>();
        List<Run> two = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            one.add(run(1, students, nodeCpus, settings));
            two.add(run(2, students, nodeCpus, settings));
        }
        return new Pairs(one, two);
    }

    /** The runs of one configuration: one node and two nodes, in the order they ran. */
    private record Pairs(List<Run> oneNode, List<Run> twoNodes) {

        double one() {
            return median(oneNode.stream().mapToDouble(Run::jobsPerSecond).toArray());
        }

        double two() {
            return median(twoNodes.stream().mapToDouble(Run::jobsPerSecond).toArray());
        }

        double ratio() {
            return two() / one();
        }

        String pairRatios() {
            List<String> ratios = new ArrayList<>();
            for (int i = 0; i < oneNode.size(); i++) {
                ratios.add(String.format(Locale.ROOT, "%.2f", twoNodes.get(i).jobsPerSecond() / oneNode.get(i).jobsPerSecond()));
            }
            return String.join(", ", ratios);
        }

        /** CPU each node used while the clock ran (median over the runs). */
        String cpu() {
            return String.format(Locale.ROOT, "%.2f CPU (one node), %.2f CPU per node (two)",
                    median(oneNode.stream().mapToDouble(Run::cpuPerNode).toArray()),
                    median(twoNodes.stream().mapToDouble(Run::cpuPerNode).toArray()));
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
    }

    /** One run: jobs per second while the clock ran, and the CPU (cores) each node used then, on average. */
    private record Run(double jobsPerSecond, double cpuPerNode) {
    }

    /** @param nodeCpus each node's CPU quota while the clock runs, or 0 for none */
    private static Run run(int nodes, int students, double nodeCpus, List<String> settings) throws Exception {
        String database = TestDatabase.freshDatabase();
        Path work = Files.createDirectories(Path.of("target", "benchmark-data", UUID.randomUUID().toString()).toAbsolutePath());
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("cluster-driver-" + UUID.randomUUID());
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUrl(TestDatabase.url(database));
        configuration.setJdbcUsername(TestDatabase.user());
        configuration.setJdbcPassword(TestDatabase.password());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator()); // as the application (camunda.bpm.id-generator)
        ProcessEngine driver = configuration.buildProcessEngine();
        List<Process> started = new ArrayList<>();
        List<NodeCpuQuota> quotas = new ArrayList<>();
        try {
            AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                    .startEvent("StartEvent_Begin");
            for (int i = 0; i < STEPS; i++) {
                flow = flow.serviceTask("Task_Step" + i).camundaAsyncBefore().camundaExpression("${execution.setVariable('step', " + i + ")}");
            }
            driver.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", flow.endEvent("EndEvent_Done").done()).deploy();
            driver.getManagementService().suspendJobDefinitionByProcessDefinitionKey(PROCESS, true);
            int warmUp = WARM_UP_PER_NODE * nodes;
            for (int i = 0; i < warmUp; i++) {
                driver.getRuntimeService().startProcessInstanceByKey(PROCESS, "warm-" + i);
            }
            List<Integer> ports = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                int port = freePort();
                ports.add(port);
                started.add(node(work, "node-" + n, database, port, settings));
            }
            for (int n = 0; n < nodes; n++) {
                awaitHealthy(started.get(n), ports.get(n), work.resolve("node-" + n + ".log"));
            }
            // warm-up, at full speed: the nodes' JIT and pools get going on a batch of their own; then the jobs wait
            // again while the measured students are started, and each node gets its quota
            driver.getManagementService().activateJobDefinitionByProcessDefinitionKey(PROCESS, true);
            awaitFinished(driver, warmUp, nodes);
            driver.getManagementService().suspendJobDefinitionByProcessDefinitionKey(PROCESS, true);
            for (int i = 0; i < students; i++) {
                driver.getRuntimeService().startProcessInstanceByKey(PROCESS, "chain-" + i);
            }
            if (nodeCpus > 0) {
                for (Process node : started) {
                    quotas.add(NodeCpuQuota.hold(node.pid(), nodeCpus));
                }
            }
            long cpuBefore = cpuTicks(started);
            long start = System.nanoTime();
            driver.getManagementService().activateJobDefinitionByProcessDefinitionKey(PROCESS, true);
            awaitFinished(driver, warmUp + students, nodes);
            double seconds = PracticumBenchmark.seconds(start);
            double cpuSeconds = (cpuTicks(started) - cpuBefore) / (double) CLOCK_TICKS_PER_SECOND;
            return new Run(students * STEPS / seconds, cpuSeconds / seconds / nodes);
        } finally {
            for (Process process : started) {
                process.destroy();
                process.waitFor();
            }
            quotas.forEach(NodeCpuQuota::release);
            driver.close();
            TestDatabase.drop(database);
            PracticumBenchmark.deleteRecursively(work);
        }
    }

    private static void awaitFinished(ProcessEngine driver, long instances, int nodes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (driver.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).finished().count() < instances) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the cluster run with " + nodes + " node(s) did not finish in 10 minutes");
            }
            Thread.sleep(50);
        }
    }

    private static Process node(Path work, String name, String database, int port, List<String> settings) throws IOException {
        Path directory = Files.isDirectory(Path.of("webapp", "target")) ? Path.of("webapp", "target") : Path.of("target");
        Path application;
        try (Stream<Path> built = Files.list(directory)) {
            application = built.filter(p -> p.getFileName().toString().matches("practicum-webapp-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged application in " + directory.toAbsolutePath()
                            + ": run ./mvnw -pl webapp -am package -DskipTests first"));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", application.toAbsolutePath().toString(), "--spring.profiles.active=postgres",
                "--server.port=" + port, "--practicum.data-dir=" + work.resolve(name + "-data"),
                "--practicum.admin.password=Bench-Secret-Pw-1!", "--logging.level.root=warn",
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("PRACTICUM_DB_URL", TestDatabase.url(database));
        builder.environment().put("PRACTICUM_DB_USER", TestDatabase.user());
        builder.environment().put("PRACTICUM_DB_PASSWORD", TestDatabase.password());
        return builder.start();
    }

    private static void awaitHealthy(Process process, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("a node stopped; its log:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("a node was not healthy in 4 minutes; its log:\n" + Files.readString(log));
    }

    /**
     * CPU time (user + system, in clock ticks) the node processes have used so far, from {@code /proc/<pid>/stat}; 0 where
     * there is no {@code /proc}.
     */
    private static long cpuTicks(List<Process> nodes) throws IOException {
        long ticks = 0;
        for (Process node : nodes) {
            Path stat = Path.of("/proc", Long.toString(node.pid()), "stat");
            if (!Files.isReadable(stat)) {
                return 0;
            }
            String line = Files.readString(stat);
            // fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14, stime 15
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
