package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import javax.sql.DataSource;

/**
 * Stopping a node while its job executor is busy (a rolling restart of a cluster, a restart of a single node): the
 * jobs running finish and commit, the node takes no more, and no job is left locked by it, so the next node takes the
 * rest at once instead of after the job lock time. 200 students with a 0.2 s step keep the pool (3 to 6 threads,
 * 6 queued) full, so that some batches are refused by it when the stop comes. The application on H2 file mode in a directory of its own, stopped and
 * started again on it, as {@link RestartTest}.
 */
class GracefulShutdownTest {

    private static final String PROCESS = "test-slow-steps";
    private static final int INSTANCES = 200;

    private final Path dataDir = Path.of("target", "test-data", "shutdown-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void whenTheApplicationStopsWithJobsRunningTheyCommitAndNoJobStaysLocked() throws Exception {
        // given: a node whose job threads are in the middle of slow steps
        SlowStep.reset();
        try (ConfigurableApplicationContext node = start(true)) {
            ProcessEngine engine = node.getBean(ProcessEngine.class);
            engine.getRepositoryService().createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", slowSteps()).deploy();
            for (int i = 0; i < INSTANCES; i++) {
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "sd-" + i);
            }
            assertThat(SlowStep.running.await(30, TimeUnit.SECONDS)).as("a job thread started a slow step").isTrue();

            // when: the node stops
        }

        // then: every slow step that began was committed, and nothing stays locked by the stopped node
        try (ConfigurableApplicationContext next = start(false)) {
            ProcessEngine engine = next.getBean(ProcessEngine.class);
            long committed = engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .activityId("Task_SlowStep").finished().count();
            assertThat(committed).as("slow steps committed").isEqualTo(SlowStep.began.get()).isPositive();
            assertThat(new JdbcTemplate(next.getBean(DataSource.class))
                    .queryForObject("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null", Long.class))
                    .as("jobs still locked by the stopped node, running, waiting in its pool or refused by it").isZero();
            assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS).count())
                    .as("each unfinished instance waits at its next step, in the database, for the next node")
                    .isEqualTo(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).count())
                    .as("the node stopped taking work instead of first running all that was due").isPositive();
        }
    }

    /** Two asynchronous steps in a row: a slow one, then a quick one. */
    private static BpmnModelInstance slowSteps() {
        return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Begin")
                .serviceTask("Task_SlowStep").camundaAsyncBefore().camundaClass(SlowStep.class.getName())
                .serviceTask("Task_QuickStep").camundaAsyncBefore().camundaExpression("${true}")
                .endEvent("EndEvent_Done")
                .done();
    }

    private ConfigurableApplicationContext start(boolean jobExecution) {
        return new SpringApplicationBuilder(PracticumApplication.class).run(
                "--server.port=0",
                "--practicum.data-dir=" + dataDir,
                "--practicum.admin.password=shutdown-Secret-1",
                "--camunda.bpm.process-engine-name=shutdown",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=" + jobExecution,
                "--logging.level.root=warn");
    }

    /** A step that takes its time, long enough for the application to be told to stop in the middle of it. */
    public static class SlowStep implements JavaDelegate {

        static final AtomicInteger began = new AtomicInteger();
        static CountDownLatch running = new CountDownLatch(1);

        static void reset() {
            began.set(0);
            running = new CountDownLatch(1);
        }

        @Override
        public void execute(DelegateExecution execution) throws InterruptedException {
            began.incrementAndGet();
            running.countDown();
            Thread.sleep(Duration.ofMillis(200).toMillis());
        }
    }
}
