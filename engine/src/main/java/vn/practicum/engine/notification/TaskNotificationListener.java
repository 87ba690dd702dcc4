package vn.practicum.engine.notification;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.practicum.engine.jdbc.EngineConnection;

/**
 * On every user task: a task given to a user ({@code assignment}, also when the task is created with an assignee)
 * tells that user, unless they claimed it themselves; a task created without an assignee ({@code create}) tells
 * its candidate groups. Digest tasks are only marked (and, without an assignee, their candidate groups noted):
 * the daily digest lists them, to their assignee or to every member of their candidate groups.
 */
class TaskNotificationListener implements TaskListener {

    private final NotificationRequests requests;
    private final NotificationKind kind;

    TaskNotificationListener(NotificationRequests requests, NotificationKind kind) {
        this.requests = requests;
        this.kind = kind;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!requests.enabled()) {
            return;
        }
        if (kind == NotificationKind.DIGEST) {
            if (EVENTNAME_CREATE.equals(task.getEventName())) {
                NotificationVariables.IN_DIGEST.setLocal(task, Boolean.TRUE);
                String groups = NotificationRequests.candidateGroups(task);
                if (task.getAssignee() == null && !groups.isEmpty()) {
                    NotificationVariables.DIGEST_GROUPS.setLocal(task, groups);
                }
            }
            return;
        }
        RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            String assignee = task.getAssignee();
            if (assignee != null && !assignee.equals(EngineConnection.authenticatedUserId())) {
                requests.toUser(runtime, kind, task.getId(), assignee);
            }
        } else if (EVENTNAME_CREATE.equals(task.getEventName()) && task.getAssignee() == null) {
            requests.toGroups(runtime, kind, task.getId(), NotificationRequests.candidateGroups(task));
        }
    }
}
