package vn.practicum.engine.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Requests notifications: starts one {@value NotificationVariables#NOTIFICATION_PROCESS} instance per
 * notification, in the caller's transaction. The instance stops at once before its asynchronous send step, so
 * the task's own transaction never waits for, or fails because of, the mail server; and if that transaction rolls
 * back, no mail is sent about a task that does not exist.
 */
public class NotificationRequests {

    private final boolean enabled;

    /** @param enabled false when no mail server is configured: nothing is requested (logged once at start-up) */
    public NotificationRequests(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Tells the task's assignee, or else every member of its candidate groups. */
    public void aboutTask(RuntimeService runtime, NotificationKind kind, Task task, Iterable<IdentityLink> links) {
        if (task.getAssignee() != null) {
            toUser(runtime, kind, task.getId(), task.getAssignee());
        } else {
            toGroups(runtime, kind, task.getId(), candidateGroups(links));
        }
    }

    public void toUser(RuntimeService runtime, NotificationKind kind, String taskId, String userId) {
        if (enabled && userId != null) {
            Map<String, Object> variables = variables(kind, taskId);
            NotificationVariables.RECIPIENT_USER_ID.putIn(variables, userId);
            runtime.startProcessInstanceByKey(NotificationVariables.NOTIFICATION_PROCESS, variables);
        }
    }

    public void toGroups(RuntimeService runtime, NotificationKind kind, String taskId, String groupIds) {
        if (enabled && groupIds != null && !groupIds.isBlank()) {
            Map<String, Object> variables = variables(kind, taskId);
            NotificationVariables.RECIPIENT_GROUP_IDS.putIn(variables, groupIds);
            runtime.startProcessInstanceByKey(NotificationVariables.NOTIFICATION_PROCESS, variables);
        }
    }

    static String candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).distinct().collect(Collectors.joining(","));
    }

    static String candidateGroups(Iterable<IdentityLink> links) {
        StringBuilder groups = new StringBuilder();
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.append(groups.isEmpty() ? "" : ",").append(link.getGroupId());
            }
        }
        return groups.toString();
    }

    private static Map<String, Object> variables(NotificationKind kind, String taskId) {
        Map<String, Object> variables = new HashMap<>();
        NotificationVariables.KIND.putIn(variables, kind.name());
        NotificationVariables.TASK_ID.putIn(variables, taskId);
        return variables;
    }
}
