package vn.practicum.engine.notification;

import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of {@value #NOTIFICATION_PROCESS} and {@value #DIGEST_PROCESS}: references only (a task id, user
 * and group ids), never names or e-mail addresses, which are looked up when the mail is sent.
 */
public final class NotificationVariables {

    private NotificationVariables() {
    }

    /** One notification about one task: sent asynchronously, retried, an incident when it keeps failing. */
    public static final String NOTIFICATION_PROCESS = "practicum-notification";
    /** The daily digest: a timer start event, one asynchronous send per user. */
    public static final String DIGEST_PROCESS = "practicum-notification-digest";

    /** {@link NotificationKind} name. */
    public static final ProcessVariable<String> KIND = ProcessVariable.of("notificationKind", String.class);
    public static final ProcessVariable<String> TASK_ID = ProcessVariable.of("notificationTaskId", String.class);
    /** The user told, or null when the task's candidate groups are told. */
    public static final ProcessVariable<String> RECIPIENT_USER_ID = ProcessVariable.of("recipientUserId", String.class);
    /** Comma-separated candidate group ids, each member is told. */
    public static final ProcessVariable<String> RECIPIENT_GROUP_IDS = ProcessVariable.of("recipientGroupIds", String.class);
    /** The digest's day in Vietnam, {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> DIGEST_DAY = ProcessVariable.of("digestDay", String.class);

    /** Task-local marker of a task that the daily digest lists instead of a mail of its own. */
    public static final ProcessVariable<Boolean> IN_DIGEST = ProcessVariable.of("practicumInDigest", Boolean.class);
    /**
     * Task-local: the candidate groups of a digest task created without an assignee (comma-separated), so that the
     * digest finds their members with one query instead of one per task.
     */
    public static final ProcessVariable<String> DIGEST_GROUPS = ProcessVariable.of("practicumDigestGroups", String.class);
}
