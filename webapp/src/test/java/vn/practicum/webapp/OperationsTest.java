package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.engine.lifecycle.Groups;

/** Actuator: who sees health and metrics, Practicum's gauges, and history cleanup as configured. */
class OperationsTest extends WebappTestSupport {

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void healthIsPublicAndTellsNothingButUp() {
        // when anybody asks for health
        Http.Response health = anonymous().get("/actuator/health");

        // then the answer is UP, with no component, database or disk details
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().has("components")).isFalse();
        assertThat(health.body()).doesNotContainIgnoringCase("jdbc").doesNotContainIgnoringCase("h2");
    }

    @Test
    void metricsAreForProgrammeAdministratorsOnly() {
        // given a school coordinator
        user("ops-coordinator", Groups.schoolCoordinators("ops-school"));

        // then nobody else reads the metrics, and no other actuator endpoint is on the web
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as("ops-coordinator").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(as("ops-coordinator").get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(admin().get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(admin().get("/actuator/env").status()).isIn(403, 404);
        assertThat(admin().get("/actuator/beans").status()).isIn(403, 404);
    }

    @Test
    void prometheusShowsStudentsPerStageIncidentsAndOverdueTasks() {
        // given a student in mentoring
        deployTestProcess();
        startMentoring("ops-student-1", "ops-school", "information-technology", "ops-host", null);

        // when a programme administrator scrapes the metrics
        Http.Response scrape = admin().get("/actuator/prometheus");

        // then Practicum's gauges are there, the mentoring stage counting the student
        assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
        assertThat(gauge(scrape.body(), "practicum_students\\{application=\"practicum\",stage=\"MENTORING\"\\}")).isGreaterThanOrEqualTo(1);
        assertThat(gauge(scrape.body(), "practicum_students\\{application=\"practicum\",stage=\"COMPLETED\"\\}")).isGreaterThanOrEqualTo(0);
        assertThat(gauge(scrape.body(), "practicum_incidents_open\\{application=\"practicum\"\\}")).isGreaterThanOrEqualTo(0);
        assertThat(gauge(scrape.body(), "practicum_tasks_overdue\\{application=\"practicum\"\\}")).isGreaterThanOrEqualTo(0);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void historyCleanupIsRemovalTimeBasedInBatchesAndRemovesExpiredHistory() throws InterruptedException {
        // given the configured strategy
        assertThat(engineConfiguration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(engineConfiguration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(engineConfiguration.getHistoryCleanupBatchSize()).isEqualTo(500);
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");

        // and a finished instance of a process whose history lives zero days
        BpmnModelInstance model = Bpmn.createExecutableProcess("ops-short-lived")
                .camundaHistoryTimeToLive(0).camundaVersionTag("1")
                .startEvent("Start_Begin").endEvent("End_Done").done();
        repositoryService.createDeployment().name("ops-short-lived").addModelInstance("ops-short-lived.bpmn", model)
                .enableDuplicateFiltering(true).deploy();
        runtimeService.startProcessInstanceByKey("ops-short-lived");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ops-short-lived").count()).isPositive();

        // when history cleanup runs now instead of in tonight's window
        Job cleanup = historyService.cleanUpHistoryAsync(true);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ops-short-lived").count() > 0
                && System.nanoTime() < deadline) {
            try {
                managementService.executeJob(cleanup.getId());
            } catch (RuntimeException takenByTheJobExecutor) {
                Thread.sleep(200);
            }
        }

        // then the expired history is gone
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ops-short-lived").count()).isZero();
    }

    private static double gauge(String scrape, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.Ee+-]+)$").matcher(scrape);
        assertThat(matcher.find()).as(series + " in\n" + scrape).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
