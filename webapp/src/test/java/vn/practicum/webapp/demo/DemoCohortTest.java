package vn.practicum.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.tracking.StageStep;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.processes.simulation.SimulationTarget;
import vn.practicum.webapp.PracticumApplication;
import vn.practicum.webapp.tasklist.TaskFilters;

/**
 * The demo profile as a newcomer starts it: the cohort runs through the real processes, with the
 * information-technology plugin's fragments called in their stages, and every stage is populated.
 * A mock servlet environment, no server (one web context per test JVM, see RestartTest); the job executor is off so the loader
 * alone moves the students.
 */
@SpringBootTest(classes = PracticumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "camunda.bpm.process-engine-name=democohorttest",
        "camunda.bpm.webapp.enabled=false",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class DemoCohortTest {

    static final Path DATA_DIR = Path.of("target", "test-data", "demo-" + UUID.randomUUID()).toAbsolutePath();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("practicum.data-dir", DATA_DIR::toString);
    }

    @Autowired StudentStageQueries tracking;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired FilterService filters;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired DemoCohortSetup setup;
    @Autowired org.camunda.bpm.engine.TaskService tasks;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired com.icegreen.greenmail.util.GreenMail demoSmtpServer;

    /** Camunda's authorizations on the real lifecycle: every level (practicum, stage, field fragment) of a student. */
    @Test
    void each_party_sees_only_its_own_students_instances_through_the_engine() {
        long hust001 = runtime.createProcessInstanceQuery().processInstanceBusinessKey("hust-001").count();
        assertThat(hust001).as("practicum, its stage and the field's fragment").isGreaterThan(1);

        assertThat(visibleInstances("coord.hust", "hust-001")).isEqualTo(hust001);
        assertThat(visibleInstances("sup.hust", "hust-001")).isEqualTo(hust001);
        assertThat(visibleInstances("hr.vnpt", "hust-001")).as("the host, once placed").isEqualTo(hust001);
        assertThat(visibleInstances("mentor.vnpt", "hust-001")).isEqualTo(hust001);
        assertThat(visibleInstances("coord.fpt", "hust-001")).as("another school").isZero();
        assertThat(visibleInstances("hr.fsoft", "hust-001")).as("another host").isZero();
        assertThat(visibleInstances("hr.vnpt", "hust-003")).as("a host before placement").isZero();

        long hust013 = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("hust-013").count();
        assertThat(visibleHistory("coord.hust", "hust-013")).as("a finished student's history").isEqualTo(hust013);
        // the host sees the student from placement on; the school's enrolment (eligibility, credits) stays the school's
        assertThat(visibleHistory("hr.vnpt", "hust-013")).isEqualTo(hust013 - 1);
        assertThat(as("hr.vnpt", () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("hust-013")
                .processDefinitionKey("practicum-enrolment").count())).isZero();
        assertThat(as("coord.hust", () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("hust-013")
                .processDefinitionKey("practicum-enrolment").count())).isOne();
        assertThat(visibleHistory("coord.fpt", "hust-013")).isZero();
        assertThat(visibleHistory("hr.fsoft", "hust-013")).isZero();

        long hust014 = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("hust-014").count();
        assertThat(visibleHistory("coord.hust", "hust-014")).as("the school keeps a withdrawn student").isEqualTo(hust014);
        assertThat(visibleHistory("hr.fsoft", "hust-014")).as("the host loses a withdrawn student").isZero();
    }

    private long visibleInstances(String userId, String studentId) {
        return as(userId, () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(studentId).count());
    }

    private long visibleHistory(String userId, String studentId) {
        return as(userId, () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(studentId).count());
    }

    private long as(String userId, java.util.function.LongSupplier query) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            return query.getAsLong();
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void every_demo_student_reaches_where_the_demo_leaves_them() {
        assertThat(setup.failedStudents()).isEmpty();
        DemoCohort.STUDENTS.stream().filter(s -> s.target().taskKey() != null && s.target().kind() != SimulationTarget.Kind.WITHDRAWN)
                .forEach(student -> assertThat(tasks.createTaskQuery().processInstanceBusinessKey(student.id())
                        .taskDefinitionKey(student.target().kind() == SimulationTarget.Kind.ESCALATED_REVIEW
                                ? "Task_EscalatedLogbookReview" : student.target().taskKey()).count())
                        .as(student.id()).isEqualTo(1));
    }

    @Test
    void puts_thirty_students_in_every_stage_of_the_lifecycle() {
        Map<Stage, Long> byStage = DemoCohort.STUDENTS.stream()
                .map(student -> tracking.find(student.id()).orElseThrow())
                .collect(Collectors.groupingBy(StudentStage::stage, Collectors.counting()));

        assertThat(byStage.keySet()).isEqualTo(EnumSet.allOf(Stage.class));
        assertThat(byStage.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(30);
        assertThat(tracking.bySchool("hust", null, null, 0, 50).total()).isEqualTo(15);
        assertThat(tracking.bySchool("fpt", null, null, 0, 50).total()).isEqualTo(15);
    }

    @Test
    void covers_the_ten_fields_with_information_technology_the_largest() {
        Map<String, Long> byField = DemoCohort.STUDENTS.stream()
                .map(student -> tracking.find(student.id()).orElseThrow())
                .collect(Collectors.groupingBy(StudentStage::fieldKey, Collectors.counting()));

        assertThat(byField.keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(vn.practicum.engine.field.ProgrammeField.values())
                        .map(vn.practicum.engine.field.ProgrammeField::key).toList());
        assertThat(byField.get(DemoCohort.IT)).isEqualTo(byField.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void an_it_student_goes_through_the_fields_own_fragments_from_enrolment_to_certificate() {
        // given the plugin's bundle is deployed as its own deployment
        assertThat(repository.createDeploymentQuery().deploymentName("practicum-field-information-technology").count()).isEqualTo(1);
        assertThat(repository.createDeploymentQuery().deploymentName("practicum-core").count()).isEqualTo(1);

        // then a completed student ran the IT fragments, never the generic ones
        for (String fragment : List.of("information-technology-placement", "information-technology-mentoring",
                "information-technology-assessment")) {
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(fragment)
                    .processInstanceBusinessKey("hust-013").completed().count()).as(fragment).isEqualTo(1);
        }
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("generic-placement")
                .processInstanceBusinessKey("hust-013").count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("practicum")
                .processInstanceBusinessKey("hust-013").completed().singleResult().getEndActivityId())
                .isEqualTo("EndEvent_Completed");
        assertThat(jdbc.queryForObject("select certificate_number from practicum_certificate where student_id = 'hust-013'",
                String.class)).startsWith("HTLV-").endsWith("-HUST-013");

        // and its timeline names the people of every party who acted
        List<StageStep> timeline = tracking.history("hust-013");
        assertThat(timeline).extracting(StageStep::stepId)
                .contains("Task_ApproveEnrolment", "Task_SubmitTrainingCertificates", "Task_PrepareSecurityDossier",
                        "Task_ReviewLogbook", "Task_FinalEvaluation", "Task_RecognizeCredits", "EndEvent_Completed");
        assertThat(timeline).extracting(StageStep::actor)
                .contains("coord.hust", "hust-013", "hr.vnpt", "mentor.vnpt", "sup.hust");
    }

    @Test
    void the_not_eligible_the_withdrawn_and_the_escalated_show_why() {
        assertThat(tracking.find("hust-006").orElseThrow().stage()).isEqualTo(Stage.CLOSED);
        assertThat(tracking.find("hust-014").orElseThrow().outcome()).startsWith("STUDENT: ");
        assertThat(tracking.find("fpt-014").orElseThrow().stage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(tasksOf("coord.fpt", TaskFilters.MY_GROUP_TASKS)).extracting(Task::getTaskDefinitionKey)
                .contains("Task_EscalatedLogbookReview");
    }

    @Test
    void a_demo_mentor_finds_their_reviews_in_the_shipped_filter_and_nothing_of_another_host() {
        List<Task> mine = tasksOf("mentor.vnpt", TaskFilters.MY_TASKS);

        assertThat(mine).extracting(Task::getTaskDefinitionKey).contains("Task_ReviewLogbook");
        assertThat(mine).allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo("mentor.vnpt"));
        assertThat(tasksOf("mentor.fsoft", TaskFilters.MY_TASKS)).extracting(Task::getId)
                .doesNotContainAnyElementsOf(mine.stream().map(Task::getId).toList());
    }

    @Test
    void loading_again_after_a_restart_starts_nobody_twice() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("practicum").count();

        setup.loadDemoCohort();

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("practicum").count()).isEqualTo(before);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("practicum").count()).isEqualTo(30);
    }

    @Test
    void demo_mail_goes_to_the_in_process_mail_server_and_nowhere_else() throws Exception {
        // when the notifications the demo's tasks asked for are sent (the job executor is off in this test)
        for (org.camunda.bpm.engine.runtime.Job send : management.createJobQuery()
                .processDefinitionKey(vn.practicum.engine.notification.NotificationVariables.NOTIFICATION_PROCESS).list()) {
            management.executeJob(send.getId());
        }

        // then they are in the demo's own SMTP server, addressed to demo users, in Vietnamese, with the task's link
        jakarta.mail.internet.MimeMessage[] received = demoSmtpServer.getReceivedMessages();
        assertThat(received).isNotEmpty();
        for (jakarta.mail.internet.MimeMessage mail : received) {
            assertThat(mail.getAllRecipients()).allSatisfy(to -> assertThat(to.toString()).endsWith("@demo.practicum.invalid"));
            assertThat((String) mail.getContent()).contains("Xin chào", "/camunda/app/tasklist/default/#/?task=");
        }
        assertThat(demoSmtpServer.getSmtp().getBindTo()).isEqualTo("127.0.0.1");
    }

    private List<Task> tasksOf(String userId, String filterName) {
        String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
        try {
            return filters.list(filterId);
        } finally {
            identity.clearAuthentication();
        }
    }
}
