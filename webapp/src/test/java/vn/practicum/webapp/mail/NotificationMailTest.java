package vn.practicum.webapp.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.notification.NotificationKind;
import vn.practicum.engine.notification.NotificationSender;
import vn.practicum.engine.notification.NotificationVariables;
import vn.practicum.engine.notification.RecipientDirectory;
import vn.practicum.webapp.PracticumApplication;

/**
 * Notifications against a real SMTP server started by the test (GreenMail): recipients, language, link, the
 * digest, and a mail server that is down. The job executor is off: the test runs the jobs itself, in order.
 */
@SpringBootTest(classes = PracticumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotificationMailTest {

    private static final String PUBLIC_URL = "https://practicum.test";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Path DATA_DIR = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();

    private static final int SMTP_PORT = freePort();
    private static final GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("practicum.data-dir", DATA_DIR::toString);
        registry.add("camunda.bpm.process-engine-name", () -> "notification");
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
        registry.add("practicum.public-url", () -> PUBLIC_URL);
        registry.add("practicum.mail.host", () -> "127.0.0.1");
        registry.add("practicum.mail.port", () -> SMTP_PORT);
        registry.add("practicum.mail.starttls", () -> "false");
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    NotificationSender sender;

    @BeforeEach
    void deploy() throws FolderException {
        BpmnAwareTests.init(engine);
        repositoryService.createDeployment().name("test-notification")
                .addClasspathResource("bpmn/test-notification.bpmn")
                .addClasspathResource("bpmn/test-notification-digest.bpmn")
                .addClasspathResource("bpmn/test-notification-group-digest.bpmn")
                .enableDuplicateFiltering(true).deploy();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void anAssignedTaskMailsItsAssigneeInVietnameseWithTheDueDateAndALinkToTheTask() throws Exception {
        // given a mentor with an e-mail address and no language preference
        String mentor = user("mentor.notify-vi", null);
        Date due = Date.from(ZonedDateTime.of(2031, 3, 14, 17, 0, 0, 0, VIETNAM).toInstant());

        // when a review is assigned to the mentor
        ProcessInstance review = startReview("nt-vi-0001", mentor, due);
        Task task = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();

        // then nothing has been sent yet in the task's own transaction: one notification waits as a job
        assertThat(smtp.getReceivedMessages()).isEmpty();
        List<Job> waiting = notificationJobs();
        assertThat(waiting).hasSize(1);
        runNotificationJobs();

        // then the mentor has one mail, in Vietnamese, naming the task, the student and the due date, with the link
        MimeMessage mail = single(mentor);
        assertThat(mail.getSubject()).isEqualTo("[Practicum] Công việc mới: Nhận xét báo cáo");
        String body = body(mail);
        assertThat(body).contains("Xin chào", "Nhận xét báo cáo", "nt-vi-0001", "14/03/2031",
                PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        // and the notification process kept references only: no address, no name
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(waiting.get(0).getProcessInstanceId()).list())
                .extracting(variable -> String.valueOf(variable.getValue()))
                .noneMatch(value -> value.contains("@"));
    }

    @Test
    void aUserWhoPrefersEnglishGetsTheMailInEnglish() throws Exception {
        // given a mentor whose user info says locale = en
        String mentor = user("mentor.notify-en", "en");

        // when a review is assigned to them and the notification is sent
        startReview("nt-en-0001", mentor, new Date());
        runNotificationJobs();

        // then the mail is in English
        MimeMessage mail = single(mentor);
        assertThat(mail.getSubject()).isEqualTo("[Practicum] New task: Nhận xét báo cáo");
        assertThat(body(mail)).contains("Hello", "Open the task: " + PUBLIC_URL);
    }

    @Test
    void aReminderGoesToTheAssigneeAndAnEscalationToEveryCoordinatorOfTheSchool() throws Exception {
        // given a mentor and the coordinators of school 'ntsch', one of whom prefers English
        String mentor = user("mentor.notify-esc", null);
        String coordinatorVi = user("coord.notify-vi", null);
        String coordinatorEn = user("coord.notify-en", "en");
        group(Groups.schoolCoordinators("ntsch"), coordinatorVi, coordinatorEn);
        ProcessInstance review = startReview("nt-esc-0001", mentor, new Date());
        runNotificationJobs();
        smtp.purgeEmailFromAllMailboxes();

        // when the reminder timer fires
        managementService.executeJob(timer(review, "BoundaryEvent_Reminder").getId());
        runNotificationJobs();

        // then the mentor is reminded by mail
        assertThat(single(mentor).getSubject()).isEqualTo("[Practicum] Nhắc việc: Nhận xét báo cáo");
        smtp.purgeEmailFromAllMailboxes();

        // when the review is overdue and escalated to the school's coordinators
        managementService.executeJob(timer(review, "BoundaryEvent_Overdue").getId());
        assertThat(review).isWaitingAt("Task_EscalatedReview");
        runNotificationJobs();

        // then each coordinator gets the escalation, in their own language, and nobody else
        assertThat(recipients()).containsExactlyInAnyOrder(address(coordinatorVi), address(coordinatorEn));
        assertThat(single(coordinatorVi).getSubject()).startsWith("[Practicum] Quá hạn, chuyển nhà trường xử lý:");
        assertThat(single(coordinatorEn).getSubject()).startsWith("[Practicum] Overdue, escalated to the school:");
    }

    @Test
    void aMentorWithSeveralDueReviewsGetsOneDigestADay() throws Exception {
        // given three logbook reviews (digest tasks) assigned to one mentor
        String mentor = user("mentor.notify-digest", null);
        for (int i = 1; i <= 3; i++) {
            startDigestTask("nt-dg-000" + i, mentor);
        }

        // then none of them is mailed on its own
        assertThat(notificationJobs()).isEmpty();

        // when the daily digest timer fires and its sends run
        Job digestTimer = managementService.createJobQuery()
                .processDefinitionKey(NotificationVariables.DIGEST_PROCESS).timers().singleResult();
        managementService.executeJob(digestTimer.getId());
        runJobs(NotificationVariables.DIGEST_PROCESS);

        // then the mentor has one mail listing the three reviews with their links
        MimeMessage digest = single(mentor);
        assertThat(digest.getSubject()).startsWith("[Practicum] Tổng hợp ngày ").endsWith(": 3 công việc đang chờ");
        String body = body(digest);
        assertThat(body).contains("nt-dg-0001", "nt-dg-0002", "nt-dg-0003");
        for (Task task : taskService.createTaskQuery().taskAssignee(mentor).list()) {
            assertThat(body).contains(PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        }
        // and the next timer is set for tomorrow at the configured time, Vietnam time
        Job next = managementService.createJobQuery()
                .processDefinitionKey(NotificationVariables.DIGEST_PROCESS).timers().singleResult();
        ZonedDateTime nextRun = ZonedDateTime.ofInstant(next.getDuedate().toInstant(), VIETNAM);
        assertThat(nextRun.getHour()).isEqualTo(7);
        assertThat(nextRun.getMinute()).isZero();

        // when the digest runs again the same day (a retry, another node)
        sender.digest(engine, mentor, LocalDate.now(VIETNAM));

        // then no second digest is sent
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void groupTasksInTheDigestGoToEveryMemberOnceADayNotOneMailPerTask() throws Exception {
        // given two coordinators of school 'ntdg' and four enrolment approvals (digest tasks of their group)
        String first = user("coord.notify-dg1", null);
        String second = user("coord.notify-dg2", "en");
        group(Groups.schoolCoordinators("ntdg"), first, second);
        for (int i = 1; i <= 4; i++) {
            startGroupDigestTask("nt-gd-000" + i, "ntdg");
        }
        assertThat(notificationJobs()).isEmpty();

        // when the daily digest runs
        managementService.executeJob(managementService.createJobQuery()
                .processDefinitionKey(NotificationVariables.DIGEST_PROCESS).timers().singleResult().getId());
        runJobs(NotificationVariables.DIGEST_PROCESS);

        // then each coordinator gets one digest of the four, in their language
        assertThat(single(first).getSubject()).endsWith(": 4 công việc đang chờ");
        assertThat(single(second).getSubject()).endsWith(": 4 open tasks");
        assertThat(body(single(second))).contains("nt-gd-0001", "nt-gd-0004");
    }

    @Test
    void aMailServerThatIsDownNeitherBlocksTheTaskNorLosesTheMail() throws Exception {
        // given the mail server is down
        String mentor = user("mentor.notify-down", null);
        smtp.stop();
        try {
            // when a review is assigned: the task is created all the same
            ProcessInstance review = startReview("nt-down-0001", mentor, new Date());
            Task task = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
            assertThat(task.getAssignee()).isEqualTo(mentor);

            // and the send step fails on every retry, until it raises an incident
            Job send = notificationJobs().get(0);
            for (int attempt = 0; attempt < 10 && job(send.getId()).getRetries() > 0; attempt++) {
                assertThatThrownBy(() -> managementService.executeJob(send.getId())).isNotNull();
            }
            assertThat(job(send.getId()).getRetries()).isZero();
            assertThat(runtimeService.createIncidentQuery().processInstanceId(send.getProcessInstanceId()).count())
                    .isEqualTo(1);
        } finally {
            // when the mail server is back and an operator sets the retries (Cockpit)
            smtp.start();
        }
        Job send = notificationJobs().get(0);
        managementService.setJobRetries(send.getId(), 1);
        managementService.executeJob(send.getId());

        // then the mail is sent, once
        assertThat(single(mentor).getSubject()).startsWith("[Practicum] Công việc mới:");
        assertThat(notificationJobs()).isEmpty();

        // and sending the same notification again (a retry after a crash, a second node) sends nothing more
        Task task = taskService.createTaskQuery().taskAssignee(mentor).singleResult();
        sender.aboutTask(engine, NotificationKind.ASSIGNED, task.getId(), mentor, null);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aUserWhoClaimsATaskThemselvesIsNotMailedButOneAssignedByAnotherUserIs() throws Exception {
        // given a review whose mentor was told, then given back (no assignee)
        String mentor = user("mentor.notify-claim", null);
        String colleague = user("mentor.notify-colleague", "en");
        String coordinator = user("coord.notify-someone", null);
        mayWorkOnTestTasks(colleague);
        mayWorkOnTestTasks(coordinator);
        ProcessInstance review = startReview("nt-claim-0001", mentor, new Date());
        runNotificationJobs();
        smtp.purgeEmailFromAllMailboxes();
        Task task = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
        taskService.setAssignee(task.getId(), null);

        // when the colleague claims it themselves
        identityService.setAuthenticatedUserId(colleague);
        try {
            taskService.claim(task.getId(), colleague);
        } finally {
            identityService.clearAuthentication();
        }

        // then nothing is requested
        assertThat(notificationJobs()).isEmpty();

        // when a coordinator hands it back to the colleague after all
        taskService.setAssignee(task.getId(), null);
        identityService.setAuthenticatedUserId(coordinator);
        try {
            taskService.setAssignee(task.getId(), colleague);
        } finally {
            identityService.clearAuthentication();
        }
        runNotificationJobs();

        // then the colleague is told, and only they
        assertThat(recipients()).containsExactly(address(colleague));
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance startReview(String studentId, String mentorId, Date due) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, "ntsch");
        PracticumVariables.MENTOR_ID.putIn(variables, mentorId);
        variables.put("dueDate", due);
        return runtimeService.startProcessInstanceByKey("test-notification", studentId, variables);
    }

    private void startDigestTask(String studentId, String mentorId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.MENTOR_ID.putIn(variables, mentorId);
        variables.put("dueDate", new Date());
        runtimeService.startProcessInstanceByKey("test-notification-digest", studentId, variables);
    }

    private void startGroupDigestTask(String studentId, String schoolCode) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, schoolCode);
        variables.put("dueDate", new Date());
        runtimeService.startProcessInstanceByKey("test-notification-group-digest", studentId, variables);
    }

    private String user(String id, String locale) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(id);
            user.setLastName("Test");
            user.setEmail(address(id));
            identityService.saveUser(user);
            if (locale != null) {
                identityService.setUserInfo(id, RecipientDirectory.LOCALE_INFO, locale);
            }
        }
        return id;
    }

    /** Lets the user claim and assign the test process's tasks (authorization is on, as in production). */
    private void mayWorkOnTestTasks(String userId) {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("test-notification");
        grant.addPermission(Permissions.ALL);
        authorizationService.saveAuthorization(grant);
    }

    private void group(String groupId, String... members) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            identityService.saveGroup(identityService.newGroup(groupId));
        }
        for (String member : members) {
            identityService.createMembership(member, groupId);
        }
    }

    private static String address(String userId) {
        return userId + "@mail.practicum.test";
    }

    private List<Job> notificationJobs() {
        return managementService.createJobQuery().processDefinitionKey(NotificationVariables.NOTIFICATION_PROCESS).list();
    }

    private Job job(String id) {
        return managementService.createJobQuery().jobId(id).singleResult();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    private void runNotificationJobs() {
        runJobs(NotificationVariables.NOTIFICATION_PROCESS);
    }

    private void runJobs(String processKey) {
        for (Job job : managementService.createJobQuery().processDefinitionKey(processKey).withRetriesLeft().messages().list()) {
            managementService.executeJob(job.getId());
        }
    }

    private List<String> recipients() throws MessagingException {
        List<String> to = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Arrays.stream(message.getAllRecipients()).map(Object::toString).forEach(to::add);
        }
        return to;
    }

    private static String body(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private MimeMessage single(String userId) throws MessagingException {
        List<MimeMessage> mails = smtp.findReceivedMessages(user -> user.getEmail().equals(address(userId)), message -> true).toList();
        assertThat(mails).as("mails to " + userId).hasSize(1);
        return mails.get(0);
    }
}
