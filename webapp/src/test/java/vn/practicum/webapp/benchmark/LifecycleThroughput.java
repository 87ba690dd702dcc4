package vn.practicum.webapp.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.field.ProgrammeField;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.test.TestDatabase;
import vn.practicum.processes.simulation.LifecycleSimulator;
import vn.practicum.processes.simulation.SimulatedStudent;
import vn.practicum.processes.simulation.SimulationTarget;
import vn.practicum.webapp.PracticumApplication;

/**
 * Full-lifecycle throughput: the whole application (its engine, listeners, tracking, plugins; job executor off, the
 * simulator runs the jobs as it meets them) drives students from enrolment to certificate through the Java API
 * ({@link LifecycleSimulator}, one thread); then a bare Camunda engine on a fresh database of the same kind runs a BPMN
 * of as many user tasks as Practicum's students had wait states (tasks and jobs), driven the same way (task query by
 * business key, complete). Both warm up first.
 */
final class LifecycleThroughput {

    private static final int WARM_UP = 10;

    private LifecycleThroughput() {
    }

    static List<String[]> startup() throws Exception {
        Path data = Files.createDirectories(Path.of("target", "benchmark-data", UUID.randomUUID().toString()).toAbsolutePath());
        long start = System.nanoTime();
        long[] started = new long[1];
        List<String> settings = new ArrayList<>(PracticumBenchmark.quietApplication(data));
        settings.add("--spring.profiles.active=demo");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticumApplication.class)
                .listeners((ApplicationListener<ApplicationStartedEvent>) event -> started[0] = System.nanoTime())
                .run(settings.toArray(String[]::new))) {
            double booted = (started[0] - start) / 1e9;
            double withCohort = PracticumBenchmark.seconds(start);
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return List.of(
                    PracticumBenchmark.info("start-up, empty H2 file, demo profile (until the server listens)",
                            PracticumBenchmark.format(booted) + " s", "then the demo cohort: ready after "
                                    + PracticumBenchmark.format(withCohort) + " s"),
                    PracticumBenchmark.info("heap used after the demo cohort (30 students), after GC",
                            String.format(Locale.ROOT, "%.0f MB", heap / 1048576.0), "max heap "
                                    + Runtime.getRuntime().maxMemory() / 1048576 + " MB"));
        } finally {
            PracticumBenchmark.deleteRecursively(data);
        }
    }

    static List<String[]> measure(int students) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String database : List.of("h2", "postgres")) {
            Result practicum = practicum(database, students);
            int waitStates = Math.max(1, Math.round((float) practicum.actions() / students));
            Result bare = bare(database, students, waitStates);
            double ratio = practicum.perSecond() / bare.perSecond();
            rows.add(PracticumBenchmark.atLeast("full lifecycle on " + (database.equals("h2") ? "H2 (file)" : "PostgreSQL")
                            + ", Practicum / bare Camunda", ratio, "×", PracticumBenchmark.LIFECYCLE_TARGET_RATIO,
                    String.format(Locale.ROOT, "%.2f vs %.2f students/s; %d students, %d wait states each", practicum.perSecond(),
                            bare.perSecond(), students, waitStates)));
        }
        return rows;
    }

    private static Result practicum(String database, int students) throws Exception {
        Path data = Files.createDirectories(Path.of("target", "benchmark-data", UUID.randomUUID().toString()).toAbsolutePath());
        String postgres = database.equals("postgres") ? TestDatabase.freshDatabase() : null;
        List<String> settings = new ArrayList<>(PracticumBenchmark.quietApplication(data));
        settings.add("--camunda.bpm.job-execution.enabled=false");
        if (postgres != null) {
            settings.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + TestDatabase.url(postgres),
                    "--spring.datasource.username=" + TestDatabase.user(), "--spring.datasource.password=" + TestDatabase.password()));
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticumApplication.class)
                .run(settings.toArray(String[]::new))) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            LifecycleSimulator simulator = new LifecycleSimulator(engine, app.getBean(PracticumLifecycle.class),
                    app.getBean(FieldRegistry.class), null);
            run(simulator, "warm", Math.min(WARM_UP, students));
            long start = System.nanoTime();
            long actions = run(simulator, "bench", students);
            return new Result(students / PracticumBenchmark.seconds(start), actions);
        } finally {
            if (postgres != null) {
                TestDatabase.drop(postgres);
            }
            PracticumBenchmark.deleteRecursively(data);
        }
    }

    private static long run(LifecycleSimulator simulator, String prefix, int students) {
        ProgrammeField[] fields = ProgrammeField.values();
        // as the field plugins' end-to-end runs (FieldLifecycleRun): eligible, placed from next month for three months
        java.time.LocalDate start = java.time.LocalDate.now().plusMonths(1).withDayOfMonth(1);
        long actions = 0;
        for (int i = 0; i < students; i++) {
            String id = String.format(Locale.ROOT, "%s-%05d", prefix, i);
            actions += simulator.run(new SimulatedStudent(new vn.practicum.engine.lifecycle.PracticumStart(id, "bench",
                    fields[i % fields.length].key(), "sup.bench", 150, true, start, start.plusMonths(3)),
                    "demo-host", SimulationTarget.finished()));
        }
        return actions;
    }

    private static Result bare(String database, int students, int waitStates) throws Exception {
        Path data = Files.createDirectories(Path.of("target", "benchmark-data", UUID.randomUUID().toString()).toAbsolutePath());
        String postgres = database.equals("postgres") ? TestDatabase.freshDatabase() : null;
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-" + UUID.randomUUID());
        if (postgres != null) {
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setJdbcUrl(TestDatabase.url(postgres));
            configuration.setJdbcUsername(TestDatabase.user());
            configuration.setJdbcPassword(TestDatabase.password());
        } else {
            // the application's H2 settings (application.yaml): the same durability (WRITE_DELAY=0) and statement cache
            configuration.setJdbcUrl("jdbc:h2:file:" + data.resolve("bare")
                    + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=256");
            configuration.setJdbcUsername("sa");
            configuration.setJdbcPassword("");
        }
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator()); // as the application (camunda.bpm.id-generator)
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("bare-lifecycle").camundaHistoryTimeToLive(180)
                    .startEvent("StartEvent_Begin");
            for (int i = 0; i < waitStates; i++) {
                flow = flow.userTask("Task_Step" + i).camundaCandidateGroups("bench");
            }
            engine.getRepositoryService().createDeployment().addModelInstance("bare-lifecycle.bpmn", flow.endEvent("EndEvent_Done").done()).deploy();
            drive(engine, "warm", Math.min(WARM_UP, students));
            long start = System.nanoTime();
            drive(engine, "bench", students);
            return new Result(students / PracticumBenchmark.seconds(start), (long) students * waitStates);
        } finally {
            engine.close();
            if (postgres != null) {
                TestDatabase.drop(postgres);
            }
            PracticumBenchmark.deleteRecursively(data);
        }
    }

    private static void drive(ProcessEngine engine, String prefix, int students) {
        TaskService tasks = engine.getTaskService();
        for (int i = 0; i < students; i++) {
            String id = String.format(Locale.ROOT, "%s-%05d", prefix, i);
            engine.getRuntimeService().startProcessInstanceByKey("bare-lifecycle", id);
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(id).orderByTaskCreateTime().asc().list();
            while (!open.isEmpty()) {
                tasks.complete(open.get(0).getId());
                open = tasks.createTaskQuery().processInstanceBusinessKey(id).orderByTaskCreateTime().asc().list();
            }
        }
    }

    private record Result(double perSecond, long actions) {
    }
}
