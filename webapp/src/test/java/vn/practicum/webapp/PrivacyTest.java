package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.privacy.StudentPrivacy;
import vn.practicum.engine.student.StudentRecord;
import vn.practicum.engine.student.StudentRegister;
import vn.practicum.processes.simulation.LifecycleSimulator;
import vn.practicum.processes.simulation.SimulatedStudent;
import vn.practicum.processes.simulation.SimulationTarget;

/**
 * Personal data (Law 91/2025/QH15): consent is a recorded step and its withdrawal stops the practicum; names, e-mail
 * addresses and national id numbers never reach process data; a student's data is exported as JSON and erased on
 * request, leaving no row in runtime, history or tracking tables that holds them, while the statistics stay.
 */
class PrivacyTest extends WebappTestSupport {

    static final String SCHOOL = "privsch";
    static final String OTHER_SCHOOL = "privother";
    static final String HOST = "privhost";
    static final String COORDINATOR = "coord.privsch";
    static final String OTHER_COORDINATOR = "coord.privother";
    static final String HOST_HR = "hr.privhost";
    static final String FIELD = "information-technology";
    static final String[] ENGINE_TABLES = {"ACT_RU_", "ACT_HI_", "ACT_GE_BYTEARRAY"};
    static final String[] ALL_TABLES = {"ACT_RU_", "ACT_HI_", "ACT_GE_BYTEARRAY", "ACT_ID_", "practicum_"};

    @Autowired ProcessEngine engine;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired PracticumLifecycle lifecycle;
    @Autowired StudentRegister register;
    @Autowired FieldRegistry fields;
    @Autowired DataSource dataSource;

    @Test
    void consent_is_recorded_with_its_task_and_withdrawing_it_stops_the_practicum() {
        // given a student at the consent step, who gives consent signed in
        String student = start("privsch-c01", "Trần Thị Đồng Ý", "dongy@privsch.edu.vn", "001203004005");
        user(student);
        staff();
        complete(student, "Task_ApproveEnrolment", null, Map.of("enrolmentApproved", true));
        complete(student, "Task_RecordConsent", student, Map.of("consentGiven", true));

        // then the consent record says who, when and for which purposes
        JsonNode consent = as(student).get("/api/students/" + student + "/consent").json();
        assertThat(consent.path("current").asText()).isEqualTo("GIVEN");
        JsonNode given = consent.path("records").get(0);
        assertThat(given.path("actor").asText()).isEqualTo(student);
        assertThat(given.path("source").asText()).isEqualTo("TASK");
        assertThat(given.path("taskId").asText()).isNotBlank();
        assertThat(Instant.parse(given.path("recordedAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(given.path("purposes")).extracting(JsonNode::asText).containsExactly("ENROLMENT_AND_PLACEMENT",
                "MENTORING_AND_ASSESSMENT", "CREDITS_AND_CERTIFICATE", "AGGREGATE_STATISTICS");
        assertThat(consent.path("purposes").path("AGGREGATE_STATISTICS").path("vi").asText()).isNotBlank();
        assertThat(as(OTHER_COORDINATOR).get("/api/students/" + student + "/consent").status()).isEqualTo(403);
        assertThat(as(HOST_HR).post("/api/students/" + student + "/consent/withdrawal", "application/json", "").status())
                .isEqualTo(403);
        assertThat(lifecycle.isRunning(student)).isTrue();

        // when the student withdraws consent
        Http.Response withdrawal = as(student).post("/api/students/" + student + "/consent/withdrawal", "application/json", "");

        // then the practicum is withdrawn for that reason, nothing runs for the student any more, and it is recorded
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(200);
        assertThat(withdrawal.json().path("withdrawnBy").asText()).isEqualTo("STUDENT");
        assertThat(withdrawal.json().path("practicumWithdrawn").asBoolean()).isTrue();
        assertThat(withdrawal.json().path("stage").asText()).isEqualTo("WITHDRAWN");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(student).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(student).count()).isZero();
        String root = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(student)
                .processDefinitionKey("practicum").singleResult().getId();
        assertThat(managementService.createJobQuery().processInstanceId(root).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(root)
                .variableName(PracticumVariables.WITHDRAWAL_REASON.name()).singleResult().getValue())
                .isEqualTo(StudentPrivacy.CONSENT_WITHDRAWN);
        JsonNode after = as(COORDINATOR).get("/api/students/" + student + "/consent").json();
        assertThat(after.path("current").asText()).isEqualTo("WITHDRAWN");
        assertThat(after.path("records").get(1).path("actor").asText()).isEqualTo(student);
        assertThat(as(student).post("/api/students/" + student + "/consent/withdrawal", "application/json", "").status())
                .isEqualTo(409);
    }

    @Test
    void a_full_lifecycle_keeps_names_emails_and_national_ids_out_of_process_data_and_erasure_keeps_the_statistics() {
        // given two students registered with their personal data and run through the whole lifecycle
        Map<String, List<String>> personal = new HashMap<>();
        LifecycleSimulator simulator = new LifecycleSimulator(engine, lifecycle, fields, null);
        for (String[] student : new String[][] {
                {"privsch-f01", "Lê Văn Hoàn Thành", "hoanthanh@privsch.edu.vn", "079204001234"},
                {"privsch-f02", "Phạm Thị Tốt Nghiệp", "totnghiep@privsch.edu.vn", "123456789"}}) {
            register(student[0], student[1], student[2], student[3]);
            simulator.run(new SimulatedStudent(practicumStart(student[0]), HOST, SimulationTarget.finished()));
            personal.put(student[0], List.of(student[1], student[2], student[3]));
        }
        staff();
        List<String> everyValue = personal.values().stream().flatMap(List::stream).toList();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("privsch-f01")
                .processDefinitionKey("practicum").completed().count()).isEqualTo(1);

        // then no process variable, form value, byte array or any other engine row holds them: only the register does
        assertThat(PersonalDataScan.find(dataSource, everyValue, ENGINE_TABLES)).isEmpty();
        assertThat(PersonalDataScan.find(dataSource, everyValue, "practicum_student")).hasSize(6);

        // when the programme office erases one of them on request
        Http.Response erasure = admin().post("/api/students/privsch-f01/erasure", "application/json", "");

        // then nothing anywhere holds that student's personal data, and the statistics keep the student, pseudonymised
        assertThat(erasure.status()).as(erasure.body()).isEqualTo(200);
        String pseudonym = erasure.json().path("pseudonym").asText();
        assertThat(erasure.json().path("withdrawn").asBoolean()).isFalse();
        assertThat(PersonalDataScan.find(dataSource, personal.get("privsch-f01"), ALL_TABLES)).isEmpty();
        assertThat(PersonalDataScan.find(dataSource, List.of("privsch-f01"), ALL_TABLES)).isEmpty();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select stage from practicum_student_stage where student_id = ?", String.class, pseudonym))
                .isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select count(*) from practicum_certificate where student_id = ?", Integer.class, pseudonym))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from practicum_stage_history where student_id = ?", Integer.class, pseudonym))
                .isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(*) from practicum_student_stage where school_code = ? and stage = 'COMPLETED'",
                Integer.class, SCHOOL)).isGreaterThanOrEqualTo(2);
        // and the other student is untouched
        assertThat(register.find("privsch-f02")).isPresent();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("privsch-f02")
                .processDefinitionKey("practicum").count()).isEqualTo(1);
        assertThat(admin().post("/api/students/privsch-f01/erasure", "application/json", "").status()).isEqualTo(404);
    }

    @Test
    void erasing_a_running_student_withdraws_them_and_leaves_no_trace_of_them_in_runtime_history_or_tracking() {
        // given a running student whose personal data also went where it should not: free text, a byte array, a long
        // text, a task comment, form values, and their Camunda account
        String student = start("privsch-e01", "Nguyễn Thị Xóa Bỏ", "xoabo@privsch.edu.vn", "038305009876");
        String name = "Nguyễn Thị Xóa Bỏ";
        String email = "xoabo@privsch.edu.vn";
        String nationalId = "038305009876";
        staff();
        User account = identityService.newUser(student);
        account.setFirstName("Xóa Bỏ");
        account.setLastName("Nguyễn Thị");
        account.setEmail(email);
        account.setPassword(PASSWORD);
        identityService.saveUser(account);
        complete(student, "Task_ApproveEnrolment", null, Map.of("enrolmentApproved", true));
        complete(student, "Task_RecordConsent", null, Map.of("consentGiven", true));
        Task open = taskService.createTaskQuery().processInstanceBusinessKey(student).singleResult();
        ProcessInstance root = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(student)
                .processDefinitionKey("practicum").singleResult();
        runtimeService.setVariable(root.getId(), "studentNote", "Ghi chú: " + name + " <" + email + ">");
        runtimeService.setVariable(root.getId(), "scannedCard", Variables.byteArrayValue(("CCCD " + nationalId).getBytes(StandardCharsets.UTF_8)));
        runtimeService.setVariable(root.getId(), "letter", Variables.fileValue("letter.txt")
                .file(("Thư của " + name + ", " + email).getBytes(StandardCharsets.UTF_8)).mimeType("text/plain").create());
        taskService.createComment(open.getId(), open.getProcessInstanceId(), "Liên hệ " + email);
        taskService.setVariablesLocal(open.getId(), Map.of("motivation", "Tôi là " + name));
        assertThat(PersonalDataScan.find(dataSource, List.of(name, email, nationalId), ENGINE_TABLES))
                .anyMatch(hit -> hit.endsWith(name)).anyMatch(hit -> hit.endsWith(email)).anyMatch(hit -> hit.endsWith(nationalId));

        // and the export holds it all, for the student and their school's coordinator only
        Http.Response export = as(COORDINATOR).get("/api/students/" + student + "/personal-data");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        JsonNode data = export.json();
        assertThat(data.path("register").path("fullName").asText()).isEqualTo(name);
        assertThat(data.path("register").path("nationalId").asText()).isEqualTo(nationalId);
        assertThat(data.path("consent").get(0).path("event").asText()).isEqualTo("GIVEN");
        assertThat(data.path("tracking").path("stage").path("stage").asText()).isEqualTo("PLACEMENT");
        assertThat(data.path("runtime").findValuesAsText("studentNote")).anyMatch(note -> note.contains(email));
        assertThat(data.path("history").findValues("processDefinitionKey")).extracting(JsonNode::asText)
                .contains("practicum", "practicum-enrolment");
        assertThat(as(OTHER_COORDINATOR).get("/api/students/" + student + "/personal-data").status()).isEqualTo(403);
        assertThat(as(HOST_HR).get("/api/students/" + student + "/personal-data").status()).isEqualTo(403);
        assertThat(as(OTHER_COORDINATOR).post("/api/students/" + student + "/erasure", "application/json", "").status()).isEqualTo(403);

        // when the school's coordinator erases the student on their request
        Http.Response erasure = as(COORDINATOR).post("/api/students/" + student + "/erasure", "application/json", "");

        // then the practicum was withdrawn first, and no row anywhere holds the name, e-mail or national id number
        assertThat(erasure.status()).as(erasure.body()).isEqualTo(200);
        assertThat(erasure.json().path("withdrawn").asBoolean()).isTrue();
        assertThat(erasure.json().path("processInstancesErased").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(PersonalDataScan.find(dataSource, List.of(name, email, nationalId, student), ALL_TABLES)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(student).count()).isZero();
        assertThat(identityService.createUserQuery().userId(student).count()).isZero();
        String pseudonym = erasure.json().path("pseudonym").asText();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select stage from practicum_student_stage where student_id = ?",
                String.class, pseudonym)).isEqualTo("WITHDRAWN");
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from practicum_consent where student_id = ?",
                Integer.class, pseudonym)).isEqualTo(1);
        assertThat(admin().get("/api/students/" + student + "/personal-data").status()).isEqualTo(404);
    }

    private void staff() {
        user(COORDINATOR, Groups.schoolCoordinators(SCHOOL));
        user(OTHER_COORDINATOR, Groups.schoolCoordinators(OTHER_SCHOOL));
        user(HOST_HR, Groups.businessHr(HOST));
    }

    private String start(String studentId, String name, String email, String nationalId) {
        register(studentId, name, email, nationalId);
        lifecycle.start(practicumStart(studentId));
        return studentId;
    }

    private void register(String studentId, String name, String email, String nationalId) {
        register.register(List.of(new StudentRecord(studentId, SCHOOL, studentId.substring(SCHOOL.length() + 1), name, email,
                false, Instant.now(), nationalId)));
    }

    private static PracticumStart practicumStart(String studentId) {
        return new PracticumStart(studentId, SCHOOL, FIELD, "sup.privsch", 120, true, LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 5, 29));
    }

    /** Completes the student's open task with this key, signed in as {@code actor} (or as nobody). */
    private void complete(String studentId, String taskKey, String actor, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(studentId).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        try {
            if (actor != null) {
                identityService.setAuthenticatedUserId(actor);
            }
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
