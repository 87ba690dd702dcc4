package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.lifecycle.PracticumVariables;

/**
 * A service task whose dependency fails: the certificate registry's table is unavailable. The job is retried with
 * growing intervals (1 minute, 10 minutes, 1 hour: {@code failedJobRetryTimeCycle} of the real assessment process),
 * then an incident is raised that Cockpit shows; once the table is back, a retry issues the certificate.
 */
class RetryIncidentTest extends WebappTestSupport {

    static final String STUDENT = "retrysch-001";

    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired DataSource dataSource;

    @AfterEach
    void registryBack() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Integer away = jdbc.queryForObject("select count(*) from information_schema.tables where upper(table_name) = 'PRACTICUM_CERTIFICATE_AWAY'",
                Integer.class);
        if (away != null && away > 0) {
            jdbc.execute("alter table practicum_certificate_away rename to practicum_certificate");
        }
    }

    @Test
    void a_failing_certificate_registry_is_retried_with_growing_intervals_then_an_incident_and_a_retry_finishes_the_step()
            throws Exception {
        // given the certificate registry's table is unavailable
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("alter table practicum_certificate rename to practicum_certificate_away");

        // when a student reaches the certificate step of the real assessment process
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("practicum-assessment").businessKey(STUDENT)
                .startBeforeActivity("ServiceTask_IssueCertificate")
                .setVariable(PracticumVariables.STUDENT_ID.name(), STUDENT)
                .setVariable(PracticumVariables.SCHOOL_CODE.name(), "retrysch")
                .setVariable(PracticumVariables.FIELD_KEY.name(), "information-technology")
                .setVariable(PracticumVariables.FINAL_GRADE.name(), "A")
                .setVariable(PracticumVariables.FINAL_SCORE.name(), 8.7)
                .execute();

        // then the job executor's first attempt fails and the job waits one minute
        Job job = awaitFirstFailure(instance.getId());
        assertThat(job.getExceptionMessage()).contains("certificate").contains(STUDENT);
        List<Duration> waits = new ArrayList<>();
        waits.add(waitOf(job));
        // and each retry (run now rather than waited for) fails and waits longer, until none is left
        int attempts = 1;
        while (job.getRetries() > 0) {
            long before = System.currentTimeMillis();
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the registry is still unavailable
            }
            attempts++;
            job = managementService.createJobQuery().jobId(job.getId()).singleResult();
            if (job.getRetries() > 0) {
                waits.add(Duration.ofMillis(job.getDuedate().getTime() - before));
            }
        }
        assertThat(attempts).isEqualTo(4);
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(70));
        assertThat(waits.get(1)).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
        assertThat(waits.get(2)).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));

        // and the incident is visible where Cockpit looks: the incident API and the process definition's statistics
        JsonNode incidents = admin().get("/engine-rest/incident?processInstanceId=" + instance.getId()).json();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).path("incidentType").asText()).isEqualTo("failedJob");
        assertThat(incidents.get(0).path("activityId").asText()).isEqualTo("ServiceTask_IssueCertificate");
        JsonNode statistics = admin().get("/engine-rest/process-definition/" + instance.getProcessDefinitionId()
                + "/statistics?incidents=true").json();
        assertThat(statistics.findValues("incidentCount")).extracting(JsonNode::asInt).contains(1);

        // when the registry is back and an operator retries the job, as Cockpit's "retry" does
        jdbc.execute("alter table practicum_certificate_away rename to practicum_certificate");
        Http.Response retry = admin().send("PUT", "/engine-rest/job/" + job.getId() + "/retries", "application/json",
                "{\"retries\":1,\"dueDate\":null}");
        assertThat(retry.status()).as(retry.body()).isEqualTo(204);
        // the job executor takes the job at once (setting retries hints it); an explicit /execute raced with it
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (managementService.createJobQuery().jobId(job.getId()).count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(managementService.createJobQuery().jobId(job.getId()).count()).as("the retried job ran").isZero();

        // then the student's step is finished: the certificate is issued, the incident resolved, the process ended
        assertThat(jdbc.queryForObject("select count(*) from practicum_certificate where student_id = ?", Integer.class, STUDENT))
                .isEqualTo(1);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(PracticumVariables.CERTIFICATE_NUMBER.name()).singleResult().getValue()).isNotNull();
        assertThat(admin().get("/engine-rest/incident?processInstanceId=" + instance.getId()).json()).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
                .isEqualTo(1);
    }

    private Job awaitFirstFailure(String processInstanceId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Job job = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
            if (job != null && job.getExceptionMessage() != null) {
                return job;
            }
            Thread.sleep(200);
        }
        // the job executor did not get to it in time: run the first attempt here
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
        try {
            managementService.executeJob(job.getId());
        } catch (RuntimeException expected) {
            // the registry is unavailable
        }
        return managementService.createJobQuery().jobId(job.getId()).singleResult();
    }

    /** How long the failed job waits before its next attempt, measured from its last failure. */
    private Duration waitOf(Job job) {
        java.util.Date failedAt = historyService.createHistoricJobLogQuery().jobId(job.getId()).failureLog()
                .orderByTimestamp().desc().list().get(0).getTimestamp();
        return Duration.ofMillis(job.getDuedate().getTime() - failedAt.getTime());
    }
}
