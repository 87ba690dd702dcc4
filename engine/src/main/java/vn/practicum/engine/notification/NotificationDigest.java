package vn.practicum.engine.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code ${practicumDigest}} in {@value NotificationVariables#DIGEST_PROCESS}: its timer cycle (daily at the
 * configured time, Vietnam time), the users to send a digest to, and the per-user send step.
 */
public class NotificationDigest implements JavaDelegate {

    public static final String BEAN_NAME = "practicumDigest";

    private final NotificationSender sender;
    private final LocalTime time;
    private final boolean enabled;

    /**
     * @param time    when the digest goes out each day, Vietnam time
     * @param enabled false when no mail server is configured: the digest finds nobody to send to
     */
    public NotificationDigest(NotificationSender sender, LocalTime time, boolean enabled) {
        this.sender = sender;
        this.time = time;
        this.enabled = enabled;
    }

    /** The timer cycle: every day at {@link #time} in Vietnam (UTC+7 all year), as an ISO-8601 repeating interval. */
    public String cycle() {
        return "R/2025-01-01T" + time.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")) + ":00+07:00/P1D";
    }

    /** The day of this digest, {@code yyyy-MM-dd} in Vietnam. */
    public String today() {
        return sender.today().toString();
    }

    /** Who gets a digest now: every user with open digest tasks assigned to them. */
    public List<String> recipients(DelegateExecution execution) {
        return enabled ? sender.digestRecipients(execution.getProcessEngineServices()) : List.of();
    }

    /** Sends one user's digest (the multi-instance element variable {@code recipientUserId}). */
    @Override
    public void execute(DelegateExecution execution) {
        sender.digest(execution.getProcessEngineServices(),
                NotificationVariables.RECIPIENT_USER_ID.require(execution),
                LocalDate.parse(NotificationVariables.DIGEST_DAY.require(execution)));
    }
}
