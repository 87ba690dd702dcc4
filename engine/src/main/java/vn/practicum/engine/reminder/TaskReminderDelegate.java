package vn.practicum.engine.reminder;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.TimeZone;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import vn.practicum.engine.notification.NotificationKind;
import vn.practicum.engine.notification.NotificationRequests;
import vn.practicum.engine.notification.NotificationVariables;

/**
 * {@code ${taskReminder}}: reminds whoever holds an open task of this process instance. The task's
 * priority is raised and a reminder comment is added, which the Tasklist shows on the task.
 * The task is named by the input parameter {@code remindedTask} (its activity id). Whoever holds it is also sent a
 * reminder mail (asynchronously, see {@link NotificationRequests}), unless the task is in the daily digest.
 */
public class TaskReminderDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "taskReminder";
    public static final String REMINDED_TASK = "remindedTask";
    public static final int REMINDED_PRIORITY = 80;

    private final NotificationRequests notifications;

    /** Reminds in the Tasklist only, no mail. */
    public TaskReminderDelegate() {
        this(new NotificationRequests(false));
    }

    public TaskReminderDelegate(NotificationRequests notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String remindedTask = (String) execution.getVariableLocal(REMINDED_TASK);
        if (remindedTask == null) {
            throw new IllegalStateException("Input parameter '" + REMINDED_TASK + "' is missing on " + execution.getCurrentActivityId());
        }
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        List<Task> open = tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(remindedTask)
                .list();
        for (Task task : open) {
            if (task.getPriority() < REMINDED_PRIORITY) {
                tasks.setPriority(task.getId(), REMINDED_PRIORITY);
            }
            tasks.createComment(task.getId(), task.getProcessInstanceId(), reminderText(task));
            if (notifications.enabled() && tasks.getVariableLocal(task.getId(), NotificationVariables.IN_DIGEST.name()) == null) {
                notifications.aboutTask(execution.getProcessEngineServices().getRuntimeService(), NotificationKind.REMINDER,
                        task, tasks.getIdentityLinksForTask(task.getId()));
            }
        }
    }

    static String reminderText(Task task) {
        String due = "";
        if (task.getDueDate() != null) {
            SimpleDateFormat format = new SimpleDateFormat("dd/MM/yyyy HH:mm");
            format.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            due = format.format(task.getDueDate());
        }
        return "Nhắc việc: công việc \"" + task.getName() + "\" cần hoàn thành" + (due.isEmpty() ? "" : " trước " + due)
                + ". / Reminder: \"" + task.getName() + "\" is due" + (due.isEmpty() ? "" : " by " + due) + ".";
    }
}
