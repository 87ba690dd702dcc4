package vn.practicum.webapp.operations;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * When the application stops, this node's job executor stops first, and the jobs it is running finish while the
 * database connections are still open.
 *
 * <p>Without it, Spring closes the connection pool while job threads still work: a job that was running fails to
 * commit ({@code HikariDataSource has been closed}). Its lock then stays in the database, so no node, this one
 * restarted included, can run it until the lock expires ({@code PRACTICUM_JOB_LOCK_MILLIS}, 60 s). A rolling restart
 * of a cluster would hold students back that long at every node.
 *
 * <p>Spring's default order has a second cost: until the pool is closed the node keeps acquiring, so a stop first
 * works through every job that is due, however many; and batches that the full pool refused stay locked by the
 * stopped node.
 *
 * <p>Here, at the first sign of closing (before the web server, the beans and the pool): job acquisition stops; jobs
 * acquired but not started are handed back unlocked (Camunda's job threads do that once the executor is inactive), so
 * another node takes them at once; running jobs get up to {@code practicum.jobs.shutdown-wait} to finish and commit;
 * then batches the pool had refused, which Camunda keeps locked to offer again at the next acquisition that will not
 * come, go through the same job threads and are unlocked too.
 */
@Component
class JobExecutorShutdown implements ApplicationListener<ContextClosedEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(JobExecutorShutdown.class);
    private static final long POLL_MILLIS = 20;

    private final ApplicationContext context;
    private final ObjectProvider<ProcessEngine> engine;
    private final Duration wait;

    JobExecutorShutdown(ApplicationContext context, ObjectProvider<ProcessEngine> engine,
                        @Value("${practicum.jobs.shutdown-wait:PT30S}") Duration wait) {
        this.context = context;
        this.engine = engine;
        this.wait = wait;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        ProcessEngine processEngine = engine.getIfAvailable();
        if (event.getApplicationContext() != context || processEngine == null) {
            return;
        }
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
        if (jobExecutor == null || !jobExecutor.isActive()) {
            return;
        }
        AcquireJobsRunnable acquisition = jobExecutor.getAcquireJobsRunnable(); // shutdown() lets go of it
        jobExecutor.shutdown();
        if (jobExecutor instanceof SpringJobExecutor spring && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
            awaitIdle(pool.getThreadPoolExecutor());
            List<List<String>> refused = refusedBatches(acquisition, processEngine.getName());
            if (!refused.isEmpty()) {
                ProcessEngineImpl engineImpl = (ProcessEngineImpl) processEngine;
                refused.forEach(batch -> jobExecutor.executeJobs(batch, engineImpl)); // inactive: the job threads unlock them
                awaitIdle(pool.getThreadPoolExecutor());
            }
            LOG.info("Shutdown: job executor stopped, no job running; {} refused batch(es) unlocked", refused.size());
        }
    }

    /**
     * Batches acquired (locked) but refused by the full pool in the last acquisition cycle. Camunda offers them to the
     * pool again at the start of the next cycle, which will not come; the batches of earlier cycles were offered again
     * within the cycle that followed, so they ran, or were refused once more and are among these.
     */
    private static List<List<String>> refusedBatches(AcquireJobsRunnable acquisition, String engineName) {
        if (!(acquisition instanceof SequentialJobAcquisitionRunnable sequential)) {
            return List.of();
        }
        JobAcquisitionContext context = sequential.getAcquisitionContext();
        List<List<String>> refused = List.copyOf(context.getRejectedJobsByEngine().getOrDefault(engineName, List.of()));
        context.getRejectedJobsByEngine().remove(engineName);
        return refused;
    }

    private void awaitIdle(ThreadPoolExecutor jobThreads) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (jobThreads.getActiveCount() > 0 || !jobThreads.getQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                LOG.warn("Shutdown: {} job(s) still running after {}; their locks expire after the job lock time",
                        jobThreads.getActiveCount(), wait);
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
