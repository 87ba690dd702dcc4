package vn.practicum.webapp.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job executor waits while bulk enrolments run, and runs the waiting jobs once the last one has ended. */
class JobAcquisitionPauseTest {

    ProcessEngine engine;
    JobExecutor jobExecutor;
    JobAcquisitionPause pause;

    @BeforeEach
    void engineWithARunningJobExecutor() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("pause-" + UUID.randomUUID());
        configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(true);
        engine = configuration.buildProcessEngine();
        jobExecutor = configuration.getJobExecutor();
        jobExecutor.setWaitTimeInMillis(50);
        engine.getRepositoryService().createDeployment().addModelInstance("queued.bpmn",
                Bpmn.createExecutableProcess("queued").camundaHistoryTimeToLive(1).startEvent("StartEvent_Begin")
                        .camundaAsyncAfter().endEvent("EndEvent_Done").done()).deploy();
        pause = new JobAcquisitionPause(() -> jobExecutor);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void jobsWaitWhileAnyHoldIsOpenAndRunWhenTheLastCloses() throws Exception {
        // given two uploads holding the job executor, one after the other
        JobAcquisitionPause.Hold first = pause.hold();
        JobAcquisitionPause.Hold second = pause.hold();
        assertThat(jobExecutor.isActive()).isFalse();

        // when students are started meanwhile
        for (int i = 0; i < 5; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("queued");
        }
        Thread.sleep(500);

        // then their jobs wait, also after the first upload ends
        assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(5);
        first.close();
        assertThat(jobExecutor.isActive()).isFalse();
        Thread.sleep(300);
        assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(5);

        // and run once the second has ended too
        second.close();
        assertThat(jobExecutor.isActive()).isTrue();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (engine.getManagementService().createJobQuery().count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(5);
    }

    @Test
    void aJobExecutorThatWasNotRunningIsNotStarted() {
        // given a node whose job executor is off
        jobExecutor.shutdown();

        // when an upload holds and releases it
        pause.hold().close();

        // then it stays off
        assertThat(jobExecutor.isActive()).isFalse();
    }

    @Test
    void anUploadEndingWhileTheApplicationStopsDoesNotStartTheJobExecutorAgain() {
        // given an upload holding the job executor
        JobAcquisitionPause.Hold upload = pause.hold();

        // when the application starts to stop, then the upload ends
        pause.applicationStopping();
        upload.close();

        // then the job executor stays stopped
        assertThat(jobExecutor.isActive()).isFalse();
    }
}
