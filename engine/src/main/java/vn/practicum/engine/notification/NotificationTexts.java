package vn.practicum.engine.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.practicum.engine.lifecycle.PracticumVariables;

/**
 * The mails' words: {@code practicum/notification/messages.properties} (Vietnamese) and {@code messages_en.properties}
 * (English), with the task's name, the student, the due date (dd/MM/yyyy, Vietnam) and the link to the task in
 * the Tasklist.
 */
public class NotificationTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final String publicUrl;

    /** @param publicUrl where users reach the application, such as {@code https://practicum.example.edu.vn} */
    public NotificationTexts(String publicUrl) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("practicum/notification/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.messages = source;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** What a line about one task says. */
    public record TaskLine(String taskId, String taskName, String studentId, Date dueDate) {
    }

    public MailMessage aboutTask(NotificationKind kind, Recipient recipient, TaskLine task) {
        Locale locale = recipient.locale();
        String subject = text("notification." + kind.key() + ".subject", locale, task.taskName());
        String body = text("notification." + kind.key() + ".body", locale, recipient.name(), task.taskName(),
                student(task, locale), due(task, locale), link(task.taskId()));
        return new MailMessage(recipient.email(), subject, body + signature(locale));
    }

    /** @param total how many tasks are open, of which {@code tasks} are listed */
    public MailMessage digest(Recipient recipient, String day, List<TaskLine> tasks, long total) {
        Locale locale = recipient.locale();
        StringBuilder lines = new StringBuilder();
        for (TaskLine task : tasks) {
            lines.append(text("notification.digest.line", locale, task.taskName(), student(task, locale),
                    due(task, locale), link(task.taskId()))).append('\n');
        }
        if (total > tasks.size()) {
            lines.append(text("notification.digest.more", locale, String.valueOf(total - tasks.size()),
                    publicUrl + "/camunda/app/tasklist/default/")).append('\n');
        }
        String subject = text("notification.digest.subject", locale, String.valueOf(total), day(day));
        String body = text("notification.digest.body", locale, recipient.name(), String.valueOf(total), lines.toString());
        return new MailMessage(recipient.email(), subject, body + signature(locale));
    }

    /** {@code <public url>/camunda/app/tasklist/default/#/?task=<id>}. */
    public String link(String taskId) {
        return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    private String student(TaskLine task, Locale locale) {
        return task.studentId() == null ? text("notification.none", locale) : task.studentId();
    }

    private String due(TaskLine task, Locale locale) {
        return task.dueDate() == null ? text("notification.none", locale)
                : DAY.format(ZonedDateTime.ofInstant(task.dueDate().toInstant(), PracticumVariables.VIETNAM));
    }

    private static String day(String isoDay) {
        return DAY.format(java.time.LocalDate.parse(isoDay));
    }

    private String signature(Locale locale) {
        return "\n-- \n" + text("notification.signature", locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
