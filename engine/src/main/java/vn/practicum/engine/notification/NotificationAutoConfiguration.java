package vn.practicum.engine.notification;

import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import vn.practicum.engine.config.PracticumEngineAutoConfiguration;
import vn.practicum.engine.student.StudentRegister;

/**
 * Notifications: on when the application provides a {@link MailOutbox} bean (the webapp does when a mail server
 * is configured, or in the demo profile), otherwise off, said once in the log at start-up.
 */
@AutoConfiguration(after = PracticumEngineAutoConfiguration.class,
        afterName = "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration")
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public NotificationRequests notificationRequests(ObjectProvider<MailOutbox> outbox) {
        boolean enabled = outbox.getIfAvailable() != null;
        if (!enabled) {
            LOG.warn("E-mail notifications are OFF: no mail server is configured. Set PRACTICUM_MAIL_HOST (and "
                    + "PRACTICUM_MAIL_PORT, _USERNAME, _PASSWORD, _FROM), or run with the demo profile.");
        }
        return new NotificationRequests(enabled);
    }

    @Bean
    @Order(2)
    @ConditionalOnMissingBean
    public NotificationEnginePlugin notificationEnginePlugin(NotificationRequests requests) {
        return new NotificationEnginePlugin(requests);
    }

    @Bean
    @ConditionalOnMissingBean
    public NotificationStudentData notificationStudentData(DataSource dataSource) {
        return new NotificationStudentData(dataSource);
    }

    /** The record of mails sent, on a small connection pool of its own (see {@link NotificationLedger#withOwnPool}). */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public NotificationLedger notificationLedger(DataSource dataSource, NotificationProperties properties) {
        return NotificationLedger.withOwnPool(dataSource, properties.claimLease());
    }

    @Bean
    @ConditionalOnMissingBean
    public NotificationSender notificationSender(ObjectProvider<MailOutbox> outbox, StudentRegister students,
                                                 NotificationLedger ledger,
                                                 @Value("${practicum.public-url:http://localhost:8080}") String publicUrl) {
        return new NotificationSender(outbox.getIfAvailable(), new RecipientDirectory(students),
                new NotificationTexts(publicUrl), ledger, Clock.systemUTC());
    }

    @Bean(SendNotificationDelegate.BEAN_NAME)
    @ConditionalOnMissingBean
    public SendNotificationDelegate practicumSendNotification(NotificationSender sender) {
        return new SendNotificationDelegate(sender);
    }

    @Bean(NotificationDigest.BEAN_NAME)
    @ConditionalOnMissingBean
    public NotificationDigest practicumDigest(NotificationSender sender, NotificationProperties properties,
                                              NotificationRequests requests) {
        return new NotificationDigest(sender, properties.digestTime(), requests.enabled());
    }
}
