package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The placement round through the API: who may do what, and a round from opening to the students' next steps. */
class PlacementApiTest extends WebappTestSupport {

    @Autowired
    PracticumLifecycle lifecycle;

    @Autowired
    TaskService taskService;

    String round;

    @BeforeEach
    void openRound() {
        round = "r" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response opened = admin().postJson("/api/placement/rounds",
                "{\"roundId\":\"" + round + "\",\"cohort\":\"c-" + round + "\",\"lotterySeed\":2026}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().path("lotterySeed").asLong()).isEqualTo(2026L);
    }

    private String offerJson(String offerId, String hostCode, String fieldKey, int capacity) {
        return "{\"offerId\":\"" + offerId + "\",\"hostCode\":\"" + hostCode + "\",\"fieldKey\":\"" + fieldKey
                + "\",\"capacity\":" + capacity + ",\"requirements\":[],\"titleVi\":\"Lập trình viên\",\"titleEn\":\"Developer\"}";
    }

    private String offers(String path) {
        return "/api/placement/rounds/" + round + path;
    }

    /** A student of the school whose lifecycle waits at the preferences form (enrolled and consenting). */
    private void studentAtPreferences(String studentId, String schoolCode) {
        user(studentId, "students");
        LocalDate start = LocalDate.now().plusMonths(2);
        lifecycle.start(new PracticumStart(studentId, schoolCode, "information-technology", "sup." + schoolCode, 130, true,
                start, start.plusMonths(3)));
        complete(studentId, "Task_ApproveEnrolment", PracticumVariables.ENROLMENT_APPROVED.name(), true);
        complete(studentId, "Task_RecordConsent", PracticumVariables.CONSENT_GIVEN.name(), true);
        assertThat(task(studentId, "Task_SubmitPreferences")).isNotNull();
    }

    private Task task(String studentId, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(studentId).taskDefinitionKey(key).singleResult();
    }

    private void complete(String studentId, String key, String variable, Object value) {
        taskService.complete(task(studentId, key).getId(), java.util.Map.of(variable, value));
    }

    @Test
    void each_party_acts_only_for_itself() {
        // given HR of two hosts, coordinators of two schools, and a student who ranked an offer
        String hostA = "pa" + round.substring(1, 5);
        String hostB = "pb" + round.substring(1, 5);
        user("hr-a-" + round, "business:" + hostA + ":hr");
        user("hr-b-" + round, "business:" + hostB + ":hr");
        user("coord-a-" + round, "school:sa" + round + ":coordinators");
        user("coord-b-" + round, "school:sb" + round + ":coordinators");
        String studentId = "st-" + round;
        studentAtPreferences(studentId, "sa" + round);
        String offerA = round + "-a1";

        // then HR publishes for its own host only
        assertThat(as("hr-a-" + round).postJson(offers("/offers"), offerJson(offerA, hostA, "information-technology", 2))
                .status()).isEqualTo(201);
        Http.Response forOtherHost = as("hr-a-" + round).postJson(offers("/offers"),
                offerJson(round + "-b1", hostB, "information-technology", 2));
        assertThat(forOtherHost.status()).isEqualTo(403);
        assertThat(forOtherHost.json().path("problems").get(0).asText()).contains("only the HR of host " + hostB);
        // and bad input is refused with every problem named
        Http.Response bad = as("hr-a-" + round).postJson(offers("/offers"), offerJson("Bad Id", hostA, "astrology", 0));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("problems").toString()).contains("offerId").contains("fieldKey").contains("capacity");
        assertThat(as("hr-a-" + round).postJson(offers("/offers"), offerJson(offerA, hostA, "information-technology", 2))
                .status()).as("an offer id is taken").isEqualTo(409);

        // and only the programme office opens or closes rounds
        assertThat(as("hr-a-" + round).postJson("/api/placement/rounds", "{\"roundId\":\"x" + round + "\",\"cohort\":\"x\"}")
                .status()).isEqualTo(403);
        assertThat(as(studentId).postJson(offers("/close"), "{}").status()).isEqualTo(403);

        // and a student ranks for themself only
        assertThat(as("hr-a-" + round).putJson(offers("/rankings/" + studentId), "{\"offers\":[\"" + offerA + "\"]}")
                .status()).isEqualTo(403);
        Http.Response ranked = as(studentId).putJson(offers("/rankings/" + studentId), "{\"offers\":[\"" + offerA + "\"]}");
        assertThat(ranked.status()).as(ranked.toString()).isEqualTo(200);
        assertThat(ranked.json().path("choices").get(0).asText()).isEqualTo(offerA);

        // and HR of host B can neither see nor rank host A's applicants
        assertThat(as("hr-b-" + round).get("/api/placement/offers/" + offerA + "/applicants").status()).isEqualTo(403);
        assertThat(as("hr-b-" + round).putJson("/api/placement/offers/" + offerA + "/preferences",
                "{\"ranking\":[\"" + studentId + "\"]}").status()).isEqualTo(403);
        JsonNode applicants = as("hr-a-" + round).get("/api/placement/offers/" + offerA + "/applicants").json();
        assertThat(applicants).hasSize(1);
        assertThat(applicants.get(0).path("studentId").asText()).isEqualTo(studentId);
        assertThat(applicants.get(0).has("fullName")).as("no personal data for hosts").isFalse();

        // and only the student's own school marks priority
        String mark = "{\"priority\":true,\"qualifications\":[\"english-b2\"]}";
        assertThat(as("coord-b-" + round).putJson(offers("/applicants/" + studentId), mark).status()).isEqualTo(403);
        Http.Response marked = as("coord-a-" + round).putJson(offers("/applicants/" + studentId), mark);
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().path("priority").asBoolean()).isTrue();
        assertThat(as("hr-a-" + round).get("/api/placement/offers/" + offerA + "/applicants").json().get(0)
                .path("priority").asBoolean()).isTrue();
    }

    @Test
    void closing_the_round_moves_each_waiting_student_on_once() {
        // given one place at host A, two students of one school who rank it through the API, one declined by the host
        String host = "pc" + round.substring(1, 5);
        user("hr-c-" + round, "business:" + host + ":hr");
        String school = "sc" + round;
        user("coord-c-" + round, "school:" + school + ":coordinators");
        String chosen = "st1-" + round;
        String declined = "st2-" + round;
        studentAtPreferences(chosen, school);
        studentAtPreferences(declined, school);
        String offerId = round + "-c1";
        assertThat(as("hr-c-" + round).postJson(offers("/offers"), offerJson(offerId, host, "information-technology", 1))
                .status()).isEqualTo(201);
        for (String studentId : new String[] {chosen, declined}) {
            assertThat(as(studentId).putJson(offers("/rankings/" + studentId), "{\"offers\":[\"" + offerId + "\"]}")
                    .status()).isEqualTo(200);
            assertThat(task(studentId, "Task_SubmitPreferences")).as("the ranking completes the preferences").isNull();
        }
        assertThat(as("hr-c-" + round).putJson("/api/placement/offers/" + offerId + "/preferences",
                "{\"ranking\":[],\"declined\":[\"" + declined + "\"]}").status()).isEqualTo(200);

        // when the programme office closes the round
        Http.Response closed = admin().postJson(offers("/close"), "{}");

        // then it is matched at once and the students move on through the job executor
        assertThat(closed.status()).as(closed.toString()).isEqualTo(202);
        assertThat(closed.json().path("closedNow").asBoolean()).isTrue();
        assertThat(closed.json().path("waiting").asInt()).isEqualTo(2);
        assertThat(closed.json().path("round").path("placed").asInt()).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(task(chosen, "Task_ReviewCandidate")).isNotNull();
            assertThat(task(declined, "Task_ProposeHost")).isNotNull();
        });
        JsonNode stage = as("hr-c-" + round).get("/api/students/" + chosen + "/stage").json();
        assertThat(stage.toString()).contains(host).contains("Đã xếp chỗ theo nguyện vọng 1");
        JsonNode result = as(declined).get(offers("/results/" + declined)).json();
        assertThat(result.path("outcome").path("en").asText()).isEqualTo("not placed: the hosts of all your choices declined you");
        assertThat(as("hr-c-" + round).get(offers("/results/" + declined)).status()).as("not placed at that host").isEqualTo(403);
        assertThat(as("coord-c-" + round).get(offers("/results/" + declined)).status()).isEqualTo(200);

        // when it is closed again
        Http.Response again = admin().postJson(offers("/close"), "{}");

        // then nobody is matched or moved again
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("closedNow").asBoolean()).isFalse();
        assertThat(again.json().path("waiting").asInt()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(chosen).taskDefinitionKey("Task_ReviewCandidate")
                .count()).isEqualTo(1);
        // and a closed round takes no more offers
        assertThat(as("hr-c-" + round).postJson(offers("/offers"), offerJson(round + "-c2", host, "information-technology", 1))
                .status()).isEqualTo(409);
    }
}
