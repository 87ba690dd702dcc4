package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.practicum.engine.deployment.BundleDeployer;
import vn.practicum.engine.notification.MailMessage;
import vn.practicum.engine.notification.MailOutbox;
import vn.practicum.engine.notification.NotificationDigest;
import vn.practicum.engine.notification.NotificationKind;
import vn.practicum.engine.notification.NotificationLedger;
import vn.practicum.engine.notification.NotificationSender;
import vn.practicum.engine.notification.NotificationTexts;
import vn.practicum.engine.notification.NotificationVariables;
import vn.practicum.engine.notification.RecipientDirectory;
import vn.practicum.engine.notification.SendNotificationDelegate;
import vn.practicum.engine.student.StudentRegister;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.CoreProcesses.Notification;

/** {@code practicum-notification} and {@code practicum-notification-digest}: asynchronous sends, retries, incidents. */
class NotificationProcessTest {

    /** An outbox that keeps what it is given, and refuses everything while the server is "down". */
    static final class RecordingOutbox implements MailOutbox {
        final List<MailMessage> sent = new ArrayList<>();
        boolean down;

        @Override
        public void send(MailMessage message) {
            if (down) {
                throw new IllegalStateException("Connection refused: mail.test:587");
            }
            sent.add(message);
        }
    }

    private static final RecordingOutbox OUTBOX = new RecordingOutbox();
    private static final DelegatingDataSource DATABASE = new DelegatingDataSource();
    private static final NotificationSender SENDER = new NotificationSender(OUTBOX,
            new RecipientDirectory(new StudentRegister(new JdbcTemplate(DATABASE))),
            new NotificationTexts("https://practicum.test"), new NotificationLedger(DATABASE, Duration.ofMinutes(10)),
            Clock.systemUTC());
    private static final ProcessEngine ENGINE = engine();

    private static ProcessEngine engine() {
        ProcessEngine engine = PracticumTestEngine.with(List.of(), Map.of(
                SendNotificationDelegate.BEAN_NAME, new SendNotificationDelegate(SENDER),
                NotificationDigest.BEAN_NAME, new NotificationDigest(SENDER, LocalTime.of(7, 0), true)));
        DATABASE.setTargetDataSource(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
        new BundleDeployer(engine.getRepositoryService(), NotificationProcessTest.class.getClassLoader())
                .deploy(CoreProcesses.notificationBundle());
        return engine;
    }

    @BeforeEach
    void reset() {
        BpmnAwareTests.init(ENGINE);
        OUTBOX.sent.clear();
        OUTBOX.down = false;
    }

    @Test
    void aNotificationWaitsForItsAsynchronousSendThenEnds() {
        // given a task assigned to a mentor with an address
        Task task = task(user("np-mentor-1"));

        // when the notification is requested
        ProcessInstance notification = request(task, "np-mentor-1");

        // then it waits before the send step, nothing sent in the requester's transaction
        assertThat(notification).isWaitingAt(Notification.SEND);
        assertThat(OUTBOX.sent).isEmpty();

        // when its job runs
        ENGINE.getManagementService().executeJob(job(notification).getId());

        // then the mentor's mail is sent and the notification has ended
        assertThat(notification).hasPassed(Notification.SEND).isEnded();
        assertThat(notification).hasPassed(Notification.SENT);
        assertThat(OUTBOX.sent).extracting(MailMessage::to).containsExactly("np-mentor-1@mail.test");
    }

    @Test
    void aMailServerThatStaysDownEndsInAnIncidentAfterTheRetries() {
        // given the mail server is down
        Task task = task(user("np-mentor-2"));
        OUTBOX.down = true;
        ProcessInstance notification = request(task, "np-mentor-2");

        // when the send fails again and again
        Job send = job(notification);
        for (int attempt = 0; attempt < 10 && job(notification).getRetries() > 0; attempt++) {
            assertThatThrownBy(() -> ENGINE.getManagementService().executeJob(send.getId()))
                    .hasMessageContaining("Connection refused");
            if (attempt == 0) {
                // then the first retry waits a minute (failedJobRetryTimeCycle PT1M,PT5M,PT30M,PT2H,PT6H)
                assertThat(job(notification).getDuedate()).isAfter(java.util.Date.from(Instant.now().plusSeconds(50)));
            }
        }

        // then an incident waits for an operator, with five retries used
        assertThat(job(notification).getRetries()).isZero();
        assertThat(ENGINE.getRuntimeService().createIncidentQuery().processInstanceId(notification.getId()).count()).isEqualTo(1);
        assertThat(notification).isWaitingAt(Notification.SEND);
        assertThat(OUTBOX.sent).isEmpty();

        // when the server is back and the retries are set again
        OUTBOX.down = false;
        ENGINE.getManagementService().setJobRetries(send.getId(), 1);
        ENGINE.getManagementService().executeJob(send.getId());

        // then the mail goes out once
        assertThat(notification).isEnded();
        assertThat(OUTBOX.sent).hasSize(1);
    }

    @Test
    void theDigestSendsOneMailPerUserWithOpenDigestTasks() {
        // given a mentor with two open digest tasks and one ordinary task
        String mentor = user("np-mentor-3");
        Task first = task(mentor);
        Task second = task(mentor);
        task(mentor);
        ENGINE.getTaskService().setVariableLocal(first.getId(), NotificationVariables.IN_DIGEST.name(), true);
        ENGINE.getTaskService().setVariableLocal(second.getId(), NotificationVariables.IN_DIGEST.name(), true);

        // when the daily timer fires
        Job timer = ENGINE.getManagementService().createJobQuery()
                .processDefinitionKey(NotificationVariables.DIGEST_PROCESS).timers().singleResult();
        ENGINE.getManagementService().executeJob(timer.getId());

        // then one asynchronous send per user waits; when they run, the mentor gets one mail listing both tasks
        List<Job> sends = ENGINE.getManagementService().createJobQuery()
                .processDefinitionKey(NotificationVariables.DIGEST_PROCESS).messages().list();
        assertThat(sends).isNotEmpty();
        sends.forEach(send -> ENGINE.getManagementService().executeJob(send.getId()));
        List<MailMessage> toMentor = OUTBOX.sent.stream().filter(mail -> mail.to().equals(mentor + "@mail.test")).toList();
        assertThat(toMentor).hasSize(1);
        assertThat(toMentor.get(0).text()).contains("?task=" + first.getId(), "?task=" + second.getId());
        assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(NotificationVariables.DIGEST_PROCESS).count()).isZero();
    }

    @Test
    void aTaskDoneBeforeItsNotificationIsSentIsNotMailed() {
        // given a notification requested for a task
        Task task = task(user("np-mentor-4"));
        ProcessInstance notification = request(task, "np-mentor-4");

        // when the task is completed before the send runs
        ENGINE.getTaskService().complete(task.getId());
        ENGINE.getManagementService().executeJob(job(notification).getId());

        // then nothing is sent and the notification ends
        assertThat(notification).isEnded();
        assertThat(OUTBOX.sent).isEmpty();
    }

    private String user(String id) {
        if (ENGINE.getIdentityService().createUserQuery().userId(id).count() == 0) {
            User user = ENGINE.getIdentityService().newUser(id);
            user.setEmail(id + "@mail.test");
            ENGINE.getIdentityService().saveUser(user);
        }
        return id;
    }

    private Task task(String assignee) {
        Task task = ENGINE.getTaskService().newTask();
        task.setName("Nhận xét nhật ký thực tập " + UUID.randomUUID());
        task.setAssignee(assignee);
        ENGINE.getTaskService().saveTask(task);
        return task;
    }

    private ProcessInstance request(Task task, String userId) {
        Map<String, Object> variables = new HashMap<>();
        NotificationVariables.KIND.putIn(variables, NotificationKind.ASSIGNED.name());
        NotificationVariables.TASK_ID.putIn(variables, task.getId());
        NotificationVariables.RECIPIENT_USER_ID.putIn(variables, userId);
        return ENGINE.getRuntimeService().startProcessInstanceByKey(NotificationVariables.NOTIFICATION_PROCESS, variables);
    }

    private Job job(ProcessInstance instance) {
        return ENGINE.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    }
}
