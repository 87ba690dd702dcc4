package vn.practicum.webapp.enrolment;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Holds this node's job executor while a large bulk enrolment starts its students, and lets it go again when the last
 * one ends. On a small machine the job executor, already moving the first imported students on to eligibility,
 * would otherwise take most of the CPU the upload needs (measured on 2 cores: 10,000 students answered after 101 s
 * with it running, 38 s without); the students' first steps then run right after, with nothing else competing.
 * Nothing is lost while it is held: jobs wait in the database, other nodes of a cluster keep acquiring them, and a node
 * that stops meanwhile starts its job executor afresh. Jobs already acquired finish first. An upload that ends while
 * the application stops does not start the job executor again.
 */
@Component
class JobAcquisitionPause {

    private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionPause.class);

    private final Supplier<JobExecutor> jobExecutor;
    private int holders;
    private JobExecutor held;
    private boolean closing;

    @Autowired
    JobAcquisitionPause(ObjectProvider<ProcessEngine> engine) {
        this(() -> {
            ProcessEngine processEngine = engine.getIfAvailable();
            return processEngine == null ? null
                    : ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
        });
    }

    JobAcquisitionPause(Supplier<JobExecutor> jobExecutor) {
        this.jobExecutor = jobExecutor;
    }

    /** Never holds anything (tests of the enrolment alone). */
    static JobAcquisitionPause none() {
        return new JobAcquisitionPause(() -> null);
    }

    /** Holds the job executor if it is running, until every hold is closed. */
    synchronized Hold hold() {
        if (holders++ == 0) {
            JobExecutor executor = jobExecutor.get();
            if (executor != null && executor.isActive()) {
                LOG.info("Bulk enrolment: this node's job executor waits until the upload has started its students");
                executor.shutdown();
                held = executor;
            }
        }
        return this::release;
    }

    /** The application stops: a hold released from now on leaves the job executor stopped. */
    @EventListener(ContextClosedEvent.class)
    synchronized void applicationStopping() {
        closing = true;
    }

    private synchronized void release() {
        if (--holders > 0 || held == null) {
            return;
        }
        JobExecutor executor = held;
        held = null;
        if (closing) {
            LOG.info("Bulk enrolment done while the application stops: the job executor stays stopped");
            return;
        }
        executor.start();
        LOG.info("Bulk enrolment done: this node's job executor runs again");
    }

    /** One hold; closing it more than once is a mistake the caller avoids with try-with-resources. */
    interface Hold extends AutoCloseable {
        @Override
        void close();
    }
}
