package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tracking API: who sees which students, filters and paging, and the checks on every parameter.
 * Schools tra and trb, businesses hta and htb; students tra-001 (at hta), tra-002 (at htb), trb-001 (at hta).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingApiTest extends WebappTestSupport {

    @BeforeAll
    void cohort() {
        user("tr-coord-a", "school:tra:coordinators");
        user("tr-sup-a", "school:tra:supervisors");
        user("tr-coord-b", "school:trb:coordinators");
        user("tr-hr-a", "business:hta:hr");
        user("tr-mentor-a", "business:hta:mentors");
        user("tra-001", "students");
        deployTestProcess();
        startMentoring("tra-001", "tra", "information-technology", "hta", "tr-mentor-a");
        startMentoring("tra-002", "tra", "tourism", "htb", "tr-mentor-b");
        startMentoring("trb-001", "trb", "tourism", "hta", "tr-mentor-a");
    }

    @Test
    void aSchoolCoordinatorSeesOnlyTheirSchoolsStudents() {
        Http.Response own = as("tr-coord-a").get("/api/schools/tra/students");

        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(studentIds(own.json())).containsExactly("tra-001", "tra-002");
        assertThat(own.json().path("total").asLong()).isEqualTo(2);
        JsonNode first = own.json().path("items").get(0);
        assertThat(first.path("stage").path("code").asText()).isEqualTo("MENTORING");
        assertThat(first.path("stage").path("vi").asText()).isEqualTo("Thực tập và hướng dẫn");
        assertThat(first.path("step").path("id").asText()).isEqualTo("Task_ReviewWork");
        assertThat(first.has("history")).isFalse();

        assertThat(as("tr-sup-a").get("/api/schools/tra/students").status()).isEqualTo(200);
        Http.Response other = as("tr-coord-a").get("/api/schools/trb/students");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().path("status").asInt()).isEqualTo(403);
        assertThat(as("tr-coord-a").get("/api/students/trb-001/stage").status()).isEqualTo(403);
    }

    @Test
    void oneStudentsStageStepAndHistory() {
        Http.Response response = as("tr-coord-a").get("/api/students/tra-001/stage");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode student = response.json();
        assertThat(student.path("studentId").asText()).isEqualTo("tra-001");
        assertThat(student.path("schoolCode").asText()).isEqualTo("tra");
        assertThat(student.path("hostCode").asText()).isEqualTo("hta");
        assertThat(student.path("stage").path("code").asText()).isEqualTo("MENTORING");
        assertThat(student.path("step").path("id").asText()).isEqualTo("Task_ReviewWork");
        assertThat(student.path("step").path("name").asText()).isEqualTo("Nhận xét công việc của sinh viên");
        assertThat(student.path("history")).hasSize(1);
        assertThat(student.path("history").get(0).path("id").asText()).isEqualTo("Task_ReviewWork");
    }

    @Test
    void aBusinessUserSeesOnlyTheStudentsTheyHost() {
        assertThat(as("tr-hr-a").get("/api/students/tra-001/stage").status()).isEqualTo(200);
        assertThat(as("tr-mentor-a").get("/api/students/trb-001/stage").status()).isEqualTo(200);
        assertThat(as("tr-hr-a").get("/api/students/tra-002/stage").status()).isEqualTo(403);
        assertThat(as("tr-hr-a").get("/api/schools/tra/students").status()).isEqualTo(403);
    }

    @Test
    void aStudentSeesThemselfOnly() {
        assertThat(as("tra-001").get("/api/students/tra-001/stage").status()).isEqualTo(200);
        assertThat(as("tra-001").get("/api/students/tra-002/stage").status()).isEqualTo(403);
        assertThat(as("tra-001").get("/api/schools/tra/students").status()).isEqualTo(403);
    }

    @Test
    void theProgrammeAdministratorSeesEverybody() {
        assertThat(studentIds(admin().get("/api/schools/tra/students").json())).containsExactly("tra-001", "tra-002");
        assertThat(studentIds(admin().get("/api/schools/trb/students").json())).containsExactly("trb-001");
        assertThat(admin().get("/api/students/trb-001/stage").status()).isEqualTo(200);
        Http.Response unknown = admin().get("/api/students/nobody-999/stage");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("status").asInt()).isEqualTo(404);
        // for anyone else an unknown student is as closed as another school's
        assertThat(as("tr-coord-a").get("/api/students/nobody-999/stage").status()).isEqualTo(403);
    }

    @Test
    void filtersAndPages() {
        Http coordinator = as("tr-coord-a");

        assertThat(studentIds(coordinator.get("/api/schools/tra/students?stage=MENTORING").json())).containsExactly("tra-001", "tra-002");
        assertThat(studentIds(coordinator.get("/api/schools/tra/students?stage=enrolment").json())).isEmpty();
        assertThat(studentIds(coordinator.get("/api/schools/tra/students?field=tourism").json())).containsExactly("tra-002");
        JsonNode secondPage = coordinator.get("/api/schools/tra/students?page=1&size=1").json();
        assertThat(studentIds(secondPage)).containsExactly("tra-002");
        assertThat(secondPage.path("total").asLong()).isEqualTo(2);
        assertThat(secondPage.path("page").asInt()).isEqualTo(1);
        assertThat(secondPage.path("size").asInt()).isEqualTo(1);
    }

    @Test
    void badParametersAreNamedInVietnameseAndEnglish() {
        Http coordinator = as("tr-coord-a");

        Http.Response stage = coordinator.get("/api/schools/tra/students?stage=HOLIDAY");
        assertBadRequest(stage);
        assertThat(stage.json().path("problems").get(0).asText())
                .contains("HOLIDAY").contains("ENROLMENT, PLACEMENT, MENTORING, ASSESSMENT, COMPLETED, WITHDRAWN, CLOSED")
                .contains("giai đoạn").contains("allowed values");
        assertBadRequest(coordinator.get("/api/schools/tra/students?size=0"));
        assertBadRequest(coordinator.get("/api/schools/tra/students?size=201"));
        assertBadRequest(coordinator.get("/api/schools/tra/students?page=-1"));
        assertBadRequest(coordinator.get("/api/schools/tra/students?page=two"));
        assertBadRequest(coordinator.get("/api/schools/tra/students?field=astrology"));
        assertBadRequest(coordinator.get("/api/schools/TRA!/students"));
        assertBadRequest(coordinator.get("/api/students/bad%20id/stage"));

        Http.Response several = coordinator.get("/api/schools/tra/students?stage=x&size=0&page=-1");
        assertBadRequest(several);
        assertThat(several.json().path("problems")).hasSize(3);
    }

    @Test
    void withdrawalInputIsChecked() {
        Http coordinator = as("tr-coord-a");
        String path = "/api/students/tra-001/withdrawal";

        Http.Response party = coordinator.postJson(path, "{\"withdrawnBy\":\"ALIENS\",\"reason\":\"x\"}");
        assertBadRequest(party);
        assertThat(party.json().path("problems").get(0).asText()).contains("STUDENT, SCHOOL, HOST");
        Http.Response noReason = coordinator.postJson(path, "{\"withdrawnBy\":\"SCHOOL\"}");
        assertBadRequest(noReason);
        assertThat(noReason.json().path("problems").get(0).asText()).contains("reason");
        assertBadRequest(coordinator.postJson(path, "{\"withdrawnBy\":\"SCHOOL\",\"reason\":\"" + "x".repeat(1001) + "\"}"));
        assertBadRequest(coordinator.postJson(path, "{\"withdrawnBy\": SCHOOL"));
        assertBadRequest(coordinator.postJson(path, ""));
        Http.Response text = coordinator.post(path, "text/plain", "withdraw please");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().path("status").asInt()).isEqualTo(415);
        assertThat(text.json().path("error").asText()).contains("Unsupported media type");
        assertThat(text.json().path("problems").get(0).asText()).contains("application/json");
    }

    @Test
    void unknownEndpointsAndMethodsAnswerInTheSameShape() {
        Http.Response unknown = as("tr-coord-a").get("/api/schools/tra/teachers");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").asText()).isEqualTo("Không tìm thấy / Not found");
        assertThat(unknown.json().path("problems")).isNotEmpty();
        Http.Response method = as("tr-coord-a").get("/api/students/tra-001/withdrawal");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().path("status").asInt()).isEqualTo(405);
        assertThat(method.json().path("problems")).isNotEmpty();
        assertThat(method.body()).doesNotContain("Exception").doesNotContain("trace");
    }

    @Test
    void onlyTheStudentTheirCoordinatorsTheirHostsHrAndAdministratorsMayWithdraw() {
        String path = "/api/students/tra-001/withdrawal";
        String asSchool = "{\"withdrawnBy\":\"SCHOOL\",\"reason\":\"Chuyển trường / moved school\"}";

        assertThat(as("tr-coord-b").postJson(path, asSchool).status()).isEqualTo(403);
        assertThat(as("tr-sup-a").postJson(path, asSchool).status()).isEqualTo(403);
        assertThat(as("tr-mentor-a").postJson(path, "{\"withdrawnBy\":\"HOST\",\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(as("tr-hr-a").postJson(path, asSchool).status()).as("HR may withdraw as HOST only").isEqualTo(403);
        assertThat(as("tr-coord-a").postJson(path, "{\"withdrawnBy\":\"STUDENT\",\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(anonymous().postJson(path, asSchool).status()).isEqualTo(401);

        // allowed, but tra-001 runs only the test stage, no practicum lifecycle: nothing to withdraw from
        Http.Response conflict = as("tr-coord-a").postJson(path, asSchool);
        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
        assertThat(conflict.json().path("problems").get(0).asText()).contains("tra-001");
        assertThat(as("tr-hr-a").postJson(path, "{\"withdrawnBy\":\"HOST\",\"reason\":\"x\"}").status()).isEqualTo(409);
        assertThat(as("tra-001").postJson(path, "{\"withdrawnBy\":\"STUDENT\",\"reason\":\"x\"}").status()).isEqualTo(409);
        assertThat(admin().postJson(path, "{\"withdrawnBy\":\"HOST\",\"reason\":\"x\"}").status()).isEqualTo(409);
    }

    private static void assertBadRequest(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode body = response.json();
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("error").asText()).isEqualTo("Yêu cầu không hợp lệ / Bad request");
        assertThat(body.path("problems").isArray()).isTrue();
        assertThat(body.path("problems")).isNotEmpty();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.").doesNotContain("at org.");
    }

    private static List<String> studentIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("studentId").asText()));
        return ids;
    }
}
