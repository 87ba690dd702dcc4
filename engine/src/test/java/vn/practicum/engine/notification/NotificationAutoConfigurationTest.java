package vn.practicum.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.student.StudentRegister;

/** Notifications are on with a mail outbox, and off, said in the log, without one: the application starts either way. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(NotificationAutoConfiguration.class))
            .withBean(DataSource.class, NotificationAutoConfigurationTest::database)
            .withBean(StudentRegister.class, () -> new StudentRegister(new JdbcTemplate(database())));

    private static DataSource database() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:notification-config-" + UUID.randomUUID());
        return database;
    }

    @Test
    void withoutAMailServerNotificationsAreOffAndTheLogSaysHowToTurnThemOn(CapturedOutput output) {
        context.run(app -> {
            assertThat(app).hasNotFailed();
            assertThat(app.getBean(NotificationRequests.class).enabled()).isFalse();
            assertThat(app).hasSingleBean(NotificationEnginePlugin.class);
            assertThat(output).contains("E-mail notifications are OFF", "PRACTICUM_MAIL_HOST");
        });
    }

    @Test
    void withAMailOutboxNotificationsAreOn(CapturedOutput output) {
        List<MailMessage> sent = new ArrayList<>();
        context.withBean(MailOutbox.class, () -> sent::add).run(app -> {
            assertThat(app.getBean(NotificationRequests.class).enabled()).isTrue();
            assertThat(app).hasBean(SendNotificationDelegate.BEAN_NAME).hasBean(NotificationDigest.BEAN_NAME);
            assertThat(app.getBean(NotificationDigest.class).cycle()).isEqualTo("R/2025-01-01T07:00:00+07:00/P1D");
            assertThat(output).doesNotContain("E-mail notifications are OFF");
        });
    }

    @Test
    void theDigestTimeIsConfigured() {
        context.withPropertyValues("practicum.notification.digest-time=17:30")
                .run(app -> assertThat(app.getBean(NotificationDigest.class).cycle())
                        .isEqualTo("R/2025-01-01T17:30:00+07:00/P1D"));
    }
}
