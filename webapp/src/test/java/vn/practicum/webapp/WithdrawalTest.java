package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.PracticumStart;

/** Withdrawal through the API ends the real lifecycle (the processes module's {@code practicum}). */
class WithdrawalTest extends WebappTestSupport {

    @Autowired
    PracticumLifecycle lifecycle;

    @Test
    void theSchoolsCoordinatorWithdrawsAStudentAndTheTrackingSaysSo() {
        user("wd-coord", "school:trw:coordinators");
        user("wd-coord-other", "school:trx:coordinators");
        int year = LocalDate.now().getYear() + 1;
        lifecycle.start(new PracticumStart("trw-001", "trw", "information-technology", "wd-supervisor", 120, true,
                LocalDate.of(year, 2, 1), LocalDate.of(year, 4, 30)));
        String path = "/api/students/trw-001/withdrawal";
        String body = "{\"withdrawnBy\":\"SCHOOL\",\"reason\":\"Sinh viên chuyển trường / moved to another school\"}";
        assertThat(as("wd-coord").get("/api/students/trw-001/stage").json().path("stage").path("code").asText())
                .isEqualTo("ENROLMENT");

        assertThat(as("wd-coord-other").postJson(path, body).status()).isEqualTo(403);
        Http.Response withdrawn = as("wd-coord").postJson(path, body);

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().path("stage").asText()).isEqualTo("WITHDRAWN");
        assertThat(lifecycle.isRunning("trw-001")).isFalse();
        JsonNode stage = as("wd-coord").get("/api/students/trw-001/stage").json();
        assertThat(stage.path("stage").path("code").asText()).isEqualTo("WITHDRAWN");
        assertThat(stage.path("outcome").asText()).startsWith("SCHOOL").contains("moved to another school");
        assertThat(as("wd-coord").postJson(path, body).status()).as("nothing runs any more").isEqualTo(409);
    }
}
