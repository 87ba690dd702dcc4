package vn.practicum.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.notification.NotificationTexts.TaskLine;

/** The mails' words: Vietnamese by default, English on request, the due day in Vietnam, the Tasklist link. */
class NotificationTextsTest {

    private final NotificationTexts texts = new NotificationTexts("https://practicum.example.edu.vn/");

    // 23:30 in Hanoi on 31 March is still 31 March there, although it is 16:30 UTC
    private final Date due = Date.from(ZonedDateTime.of(2027, 3, 31, 23, 30, 0, 0, PracticumVariables.VIETNAM).toInstant());
    private final TaskLine review = new TaskLine("task-42", "Nhận xét nhật ký thực tập", "hust-20210001", due);

    @Test
    void anEscalationInVietnamese() {
        Recipient coordinator = new Recipient("coord.hust", "Điều phối HUST", "coord@hust.edu.vn", RecipientDirectory.VIETNAMESE);

        MailMessage mail = texts.aboutTask(NotificationKind.ESCALATION, coordinator, review);

        assertThat(mail.to()).isEqualTo("coord@hust.edu.vn");
        assertThat(mail.subject()).isEqualTo("[Practicum] Quá hạn, chuyển nhà trường xử lý: Nhận xét nhật ký thực tập");
        assertThat(mail.text()).contains("Xin chào Điều phối HUST", "hust-20210001", "31/03/2027",
                "https://practicum.example.edu.vn/camunda/app/tasklist/default/#/?task=task-42");
    }

    @Test
    void aReminderInEnglishWithoutDueDate() {
        Recipient student = new Recipient("hust-20210001", "Nguyễn Văn An", "an@student.hust.edu.vn", Locale.ENGLISH);

        MailMessage mail = texts.aboutTask(NotificationKind.REMINDER, student,
                new TaskLine("task-7", "Nộp nhật ký thực tập", "hust-20210001", null));

        assertThat(mail.subject()).isEqualTo("[Practicum] Reminder: Nộp nhật ký thực tập");
        assertThat(mail.text()).contains("Hello Nguyễn Văn An", "Due date: none", "?task=task-7");
    }

    @Test
    void aDigestListsEveryTask() {
        Recipient mentor = new Recipient("mentor.vnpt", "Hướng dẫn VNPT", "mentor@vnpt.vn", RecipientDirectory.VIETNAMESE);

        MailMessage mail = texts.digest(mentor, "2027-03-30", List.of(review,
                new TaskLine("task-43", "Nhận xét nhật ký thực tập", "hust-20210002", null)), 2);

        assertThat(mail.subject()).isEqualTo("[Practicum] Tổng hợp ngày 30/03/2027: 2 công việc đang chờ");
        assertThat(mail.text()).contains("hust-20210001 – hạn 31/03/2027", "hust-20210002 – hạn không có",
                "?task=task-42", "?task=task-43");
    }

    @Test
    void aLongDigestListsTheFirstTasksAndCountsTheRest() {
        Recipient coordinator = new Recipient("coord.hust", "Điều phối HUST", "coord@hust.edu.vn", Locale.ENGLISH);

        MailMessage mail = texts.digest(coordinator, "2027-03-30", List.of(review), 1200);

        assertThat(mail.subject()).isEqualTo("[Practicum] Daily digest 30/03/2027: 1200 open tasks");
        assertThat(mail.text()).contains("?task=task-42",
                "... and 1199 more: https://practicum.example.edu.vn/camunda/app/tasklist/default/");
    }
}
