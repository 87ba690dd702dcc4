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

    /** The most tasks a digest lists one by one; the rest it counts. */
    static final int DIGEST_LINES = 50;

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

    /**
     * The users who have open digest tasks: their assignees, and the members of the candidate groups of those that
     * nobody has taken yet.
     */
    public List<String> digestRecipients(ProcessEngineServices engine) {
        Set<String> users = new TreeSet<>();
        // one row per task: fine once a day for tens of thousands of open tasks
        for (Task task : digestQuery(engine.getTaskService().createTaskQuery().taskAssigned()).list()) {
            users.add(task.getAssignee());
        }
        Set<String> groups = new TreeSet<>();
        engine.getRuntimeService().createVariableInstanceQuery()
                .variableName(NotificationVariables.DIGEST_GROUPS.name()).list()
                .forEach(variable -> groups.add(String.valueOf(variable.getValue())));
        for (String groupIds : groups) {
            users.addAll(recipients.members(engine.getIdentityService(), groupIds));
        }
        return List.copyOf(users);
    }

    /**
     * One mail listing the user's open digest tasks (theirs, and their groups' that nobody has taken yet; at most
     * {@value #DIGEST_LINES} of each, then how many more), once per user and day. Nothing when there are none.
     */
    public void digest(ProcessEngineServices engine, String userId, LocalDate day) {
        TaskService tasks = engine.getTaskService();
        long total = digestQuery(tasks.createTaskQuery().taskAssignee(userId)).count()
                + digestQuery(tasks.createTaskQuery().taskCandidateUser(userId)).count();
        if (total == 0) {
            return;
        }
        List<Task> open = new ArrayList<>(digestTasks(tasks.createTaskQuery().taskAssignee(userId)));
        open.addAll(digestTasks(tasks.createTaskQuery().taskCandidateUser(userId)));
        List<TaskLine> lines = new ArrayList<>();
        for (Task task : open.subList(0, Math.min(open.size(), DIGEST_LINES))) {
            lines.add(line(tasks, task));
        }
        String key = NotificationKind.DIGEST.key() + ":" + day + ":" + userId;
        send(key, NotificationKind.DIGEST, userId, null, () -> {
            Recipient recipient = recipients.find(engine.getIdentityService(), userId);
            return recipient.email() == null ? null : texts.digest(recipient, day.toString(), lines, total);
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

    private static org.camunda.bpm.engine.task.TaskQuery digestQuery(org.camunda.bpm.engine.task.TaskQuery query) {
        return query.active().taskVariableValueEquals(NotificationVariables.IN_DIGEST.name(), Boolean.TRUE);
    }

    /** The first {@value #DIGEST_LINES}, earliest due first. */
    private static List<Task> digestTasks(org.camunda.bpm.engine.task.TaskQuery query) {
        return digestQuery(query).orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, DIGEST_LINES);
    }

    private static TaskLine line(TaskService tasks, Task task) {
        Object student = tasks.getVariable(task.getId(), PracticumVariables.STUDENT_ID.name());
        return new TaskLine(task.getId(), task.getName(), student == null ? null : student.toString(), task.getDueDate());
    }
}
