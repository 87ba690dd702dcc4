package vn.practicum.engine.notification;

import java.util.Locale;

/**
 * Why someone is told about a task. A user task chooses with the extension property
 * {@value NotificationParseListener#NOTIFICATION_PROPERTY}: {@code assigned} (the default), {@code escalation},
 * {@code digest} (no mail per task: the daily digest lists it) or {@code none}.
 */
public enum NotificationKind {
    /** A task was assigned to the user, or offered to their group. */
    ASSIGNED,
    /** A reminder timer fired before the task's due date. */
    REMINDER,
    /** An overdue task was escalated: the school coordinators take it over. */
    ESCALATION,
    /** The daily list of a user's open digest tasks. */
    DIGEST;

    /** The prefix of message keys and of notification keys: {@code assigned}, {@code reminder}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
