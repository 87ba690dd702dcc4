package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.engine.lifecycle.Groups;

/** {@code GET /api/students/{id}/audit}: who did what to which student, self-describing JSON, tracking's access rule. */
class AuditApiTest extends WebappTestSupport {

    @Autowired
    TaskService taskService;

    @Test
    void theAuditTrailNamesWhoDidWhatAtWhichStep() {
        deployTestProcess();
        user("au-coord", Groups.schoolCoordinators("aus"));
        user("au-mentor", Groups.businessMentors("auh"));
        startMentoring("au-001", "aus", "tourism", "auh", "au-mentor");
        String task = taskService.createTaskQuery().processInstanceBusinessKey("au-001").singleResult().getId();

        Http.Response completed = as("au-mentor").postJson("/engine-rest/task/" + task + "/complete",
                "{\"variables\":{\"reviewComment\":{\"value\":\"Tốt / good\",\"type\":\"String\"}}}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);

        Http.Response response = as("au-coord").get("/api/students/au-001/audit");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode audit = response.json();
        assertThat(audit.path("studentId").asText()).isEqualTo("au-001");
        assertThat(audit.path("fields").path("userId").path("vi").asText()).isEqualTo("Người thực hiện");
        assertThat(audit.path("fields").path("userId").path("en").asText()).isEqualTo("User");

        List<JsonNode> entries = new ArrayList<>();
        audit.path("entries").forEach(entries::add);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.path("source").asText()).isEqualTo("ENGINE");
            assertThat(entry.path("operation").asText()).isEqualTo("Complete");
            assertThat(entry.path("userId").asText()).isEqualTo("au-mentor");
            assertThat(entry.path("stepId").asText()).isEqualTo("Task_ReviewWork");
            assertThat(entry.path("stepName").asText()).isEqualTo("Nhận xét công việc của sinh viên");
            assertThat(entry.path("operationLabel").path("vi").asText()).isEqualTo("Hoàn thành công việc");
            assertThat(entry.path("operationLabel").path("en").asText()).isEqualTo("Completed the task");
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.path("source").asText()).isEqualTo("TRACKING");
            assertThat(entry.path("operation").asText()).isEqualTo("STEP_FINISHED");
            assertThat(entry.path("userId").asText()).isEqualTo("au-mentor");
            assertThat(entry.path("stage").asText()).isEqualTo("MENTORING");
            assertThat(entry.path("outcome").asText()).isEqualTo("COMPLETED");
        });
        assertThat(entries.get(0).path("operation").asText()).as("oldest first").isEqualTo("STEP_REACHED");
        List<Instant> times = entries.stream().map(entry -> Instant.parse(entry.path("time").asText())).toList();
        assertThat(times).isSorted();
        assertThat(response.body()).as("no variable values in the trail").doesNotContain("Tốt / good");
    }

    @Test
    void badAndUnknownStudentsAreAnsweredClearly() {
        assertThat(admin().get("/api/students/au-nobody/audit").status()).isEqualTo(404);
        assertThat(admin().get("/api/students/bad%20id!/audit").status()).isEqualTo(400);
        user("au-outsider", Groups.schoolCoordinators("auo"));
        assertThat(as("au-outsider").get("/api/students/au-nobody/audit").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/students/au-nobody/audit").status()).isEqualTo(401);
    }
}
