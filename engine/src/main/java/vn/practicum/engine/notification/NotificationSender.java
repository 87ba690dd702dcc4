package vn.practicum.engine.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.notification.NotificationLedger.Claim;
import vn.practicum.engine.notification.NotificationTexts.TaskLine;

/**
 * Sends the mails of one notification: looks the task and the recipients up now, and sends each recipient's
 * mail once (see {@link NotificationLedger}). Throws when a mail could not be sent, so that the job retries;
 * recipients already served are not sent to again.
 */
public class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

    private final MailOutbox outbox;
    private final RecipientDirectory recipients;
    private final NotificationTexts texts;
    private final NotificationLedger ledger;
    private final Clock clock;

    /** @param outbox null when no mail server is configured: a send then fails (and the job ends in an incident) */
    public NotificationSender(MailOutbox outbox, RecipientDirectory recipients, NotificationTexts texts,
                              NotificationLedger ledger, Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.texts = texts;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Tells the user, or every member of the groups, about the task; nothing if the task is no longer open. */
    public void aboutTask(ProcessEngineServices engine, NotificationKind kind, String taskId, String userId, String groupIds) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            LOG.info("Notification {} about task {}: the task is no longer open, nothing to send", kind, taskId);
            return;
        }
        TaskLine line = line(tasks, task);
        IdentityService identity = engine.getIdentityService();
        Set<String> users = userId != null ? Set.of(userId) : recipients.members(identity, groupIds == null ? "" : groupIds);
        for (String user : users) {
            String key = kind.key() + ":" + taskId + ":" + user;
            send(key, kind, user, taskId, () -> {
                Recipient recipient = recipients.find(identity, user);
                return recipient.email() == null ? null : texts.aboutTask(kind, recipient, line);
            });
        }
    }

    /** The users who have open digest tasks assigned to them today. */
    public List<String> digestRecipients(ProcessEngineServices engine) {
        Set<String> users = new TreeSet<>();
        for (Task task : digestTasks(engine.getTaskService(), null)) {
            users.add(task.getAssignee());
        }
        return List.copyOf(users);
    }

    /** One mail listing the user's open digest tasks, once per user and day. */
    public void digest(ProcessEngineServices engine, String userId, LocalDate day) {
        TaskService tasks = engine.getTaskService();
        List<TaskLine> lines = new ArrayList<>();
        for (Task task : digestTasks(tasks, userId)) {
            lines.add(line(tasks, task));
        }
        if (lines.isEmpty()) {
            return;
        }
        String key = NotificationKind.DIGEST.key() + ":" + day + ":" + userId;
        send(key, NotificationKind.DIGEST, userId, null, () -> {
            Recipient recipient = recipients.find(engine.getIdentityService(), userId);
            return recipient.email() == null ? null : texts.digest(recipient, day.toString(), lines);
        });
    }

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(PracticumVariables.VIETNAM));
    }

    private interface Composer {
        MailMessage compose();
    }

    private void send(String key, NotificationKind kind, String userId, String taskId, Composer composer) {
        Claim claim = ledger.claim(key, kind, userId, taskId, clock.instant());
        if (claim == Claim.ALREADY_DONE) {
            LOG.debug("Notification {} was sent already", key);
            return;
        }
        if (claim == Claim.BUSY) {
            throw new IllegalStateException("Notification " + key + " is being sent by another node; trying again later");
        }
        try {
            MailMessage message = composer.compose();
            if (message == null) {
                LOG.warn("Notification {}: user {} has no e-mail address, not sent", key, userId);
                ledger.noAddress(key, clock.instant());
                return;
            }
            if (outbox == null) {
                throw new IllegalStateException("No mail server is configured (PRACTICUM_MAIL_HOST): notification "
                        + key + " waits as an incident until one is and its retries are set again");
            }
            outbox.send(message);
        } catch (RuntimeException e) {
            ledger.release(key);
            throw e;
        }
        ledger.sent(key, clock.instant());
        LOG.info("Notification {} sent to user {}", key, userId);
    }

    private static List<Task> digestTasks(TaskService tasks, String assignee) {
        var query = tasks.createTaskQuery().active()
                .taskVariableValueEquals(NotificationVariables.IN_DIGEST.name(), Boolean.TRUE);
        if (assignee != null) {
            query.taskAssignee(assignee);
        }
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc().list().stream()
                .filter(task -> task.getAssignee() != null).toList();
    }

    private static TaskLine line(TaskService tasks, Task task) {
        Object student = tasks.getVariable(task.getId(), PracticumVariables.STUDENT_ID.name());
        return new TaskLine(task.getId(), task.getName(), student == null ? null : student.toString(), task.getDueDate());
    }
}
