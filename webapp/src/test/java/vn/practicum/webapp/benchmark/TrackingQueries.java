package vn.practicum.webapp.benchmark;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.config.PracticumEngineDefaultsPlugin;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.test.TestDatabase;
import vn.practicum.engine.tracking.StageTrackingEnginePlugin;
import vn.practicum.engine.tracking.StudentPage;
import vn.practicum.engine.tracking.StudentStageQueries;

/**
 * "Which students of school X are where, since when" (a page of 50 and the total), at 100,000 students in 100 schools
 * on PostgreSQL, history full: Practicum's tracking model ({@link StudentStageQueries#bySchool}, what the tracking
 * API runs) against the same question put to Camunda (a task query on the school variable for the page, each task's
 * name and creation time being the step and since when, and a historic process instance query for the total).
 * Every student is a real process instance waiting in a mentoring user task; the tracking rows are written by
 * Practicum's own listeners as the instances start. The instances are started 500 per engine command, on as many threads as
 * cores (internal API, for speed of set-up only).
 */
final class TrackingQueries {

    private static final int SCHOOLS = 100;
    private static final int QUERIES = 200;
    private static final int BATCH = 500;

    private TrackingQueries() {
    }

    static List<String[]> measure(int students) {
        String database = TestDatabase.freshDatabase();
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("tracking-" + UUID.randomUUID());
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUrl(TestDatabase.url(database));
        configuration.setJdbcUsername(TestDatabase.user());
        configuration.setJdbcPassword(TestDatabase.password());
        configuration.setJdbcMaxActiveConnections(Math.max(4, Runtime.getRuntime().availableProcessors() + 2));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator()); // as the application (camunda.bpm.id-generator)
        configuration.getProcessEnginePlugins().add(new PracticumEngineDefaultsPlugin());
        configuration.getProcessEnginePlugins().add(new StageTrackingEnginePlugin());
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addModelInstance("bench-mentoring.bpmn",
                    Bpmn.createExecutableProcess("bench-mentoring").camundaHistoryTimeToLive(180)
                            .startEvent("StartEvent_MentoringStarted")
                            .userTask("Task_ReviewLogbook").name("Duyệt nhật ký / Review logbook")
                            .camundaCandidateGroups("business:${hostCode}:mentors")
                            .endEvent("EndEvent_MentoringDone").done()).deploy();
            long loadStart = System.nanoTime();
            int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<?>> batches = new java.util.ArrayList<>();
                for (int from = 0; from < students; from += BATCH) {
                    int first = from;
                    batches.add(pool.submit(() -> start(configuration, first, Math.min(students, first + BATCH))));
                }
                for (java.util.concurrent.Future<?> batch : batches) {
                    batch.get();
                }
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("could not set up the students", e);
            } finally {
                pool.shutdown();
            }
            double loaded = PracticumBenchmark.seconds(loadStart);
            new JdbcTemplate(configuration.getDataSource()).execute("analyze");

            StudentStageQueries tracking = new StudentStageQueries(new JdbcTemplate(configuration.getDataSource()));
            Random random = new Random(7);
            double[] practicum = new double[QUERIES];
            double[] camunda = new double[QUERIES];
            for (int round = -20; round < QUERIES; round++) { // 20 rounds of warm-up
                String school = school(random.nextInt(SCHOOLS));
                long start = System.nanoTime();
                StudentPage page = tracking.bySchool(school, null, null, 0, 50);
                double practicumMs = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                long total = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("bench-mentoring")
                        .variableValueEquals(PracticumVariables.SCHOOL_CODE.name(), school).count();
                List<Task> tasks = engine.getTaskService().createTaskQuery()
                        .processVariableValueEquals(PracticumVariables.SCHOOL_CODE.name(), school)
                        .orderByTaskCreateTime().asc().listPage(0, 50);
                double camundaMs = (System.nanoTime() - start) / 1e6;
                if (page.total() != total || page.items().size() != tasks.size()) {
                    throw new IllegalStateException("the two answers differ for " + school + ": " + page.total() + "/" + page.items().size()
                            + " against " + total + "/" + tasks.size());
                }
                if (round >= 0) {
                    practicum[round] = practicumMs;
                    camunda[round] = camundaMs;
                }
            }
            Arrays.sort(practicum);
            Arrays.sort(camunda);
            double p50 = percentile(practicum, 50);
            double p95 = percentile(practicum, 95);
            double camundaP50 = percentile(camunda, 50);
            double camundaP95 = percentile(camunda, 95);
            return List.of(
                    PracticumBenchmark.atLeast("tracking query at " + students + " students (PostgreSQL), p50: Camunda / Practicum",
                            camundaP50 / p50, "×", PracticumBenchmark.TRACKING_TARGET_FACTOR,
                            String.format(Locale.ROOT, "Practicum %.2f ms, Camunda task+history queries %.2f ms", p50, camundaP50)),
                    PracticumBenchmark.atLeast("tracking query at " + students + " students (PostgreSQL), p95: Camunda / Practicum",
                            camundaP95 / p95, "×", PracticumBenchmark.TRACKING_TARGET_FACTOR,
                            String.format(Locale.ROOT, "Practicum %.2f ms, Camunda %.2f ms; %d queries, %d schools; set-up %.0f s",
                                    p95, camundaP95, QUERIES, SCHOOLS, loaded)));
        } finally {
            engine.close();
            TestDatabase.drop(database);
        }
    }

    /** Starts students [from, to) in one engine command: one transaction, one flush. */
    private static void start(ProcessEngineConfigurationImpl configuration, int from, int to) {
        configuration.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
            ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedLatestProcessDefinitionByKey("bench-mentoring");
            for (int i = from; i < to; i++) {
                String studentId = String.format(Locale.ROOT, "sv-%06d", i);
                Map<String, Object> variables = new HashMap<>();
                PracticumVariables.STUDENT_ID.putIn(variables, studentId);
                PracticumVariables.SCHOOL_CODE.putIn(variables, school(i % SCHOOLS));
                PracticumVariables.FIELD_KEY.putIn(variables, "information-technology");
                PracticumVariables.HOST_CODE.putIn(variables, "host-" + (i % 300));
                PracticumVariables.MENTOR_ID.putIn(variables, "mentor-" + (i % 3000));
                ExecutionEntity instance = definition.createProcessInstance(studentId);
                instance.start(variables);
            }
            return null;
        });
    }

    private static String school(int index) {
        return String.format(Locale.ROOT, "school-%03d", index);
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
