package vn.practicum.webapp.mail;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.practicum.engine.notification.MailOutbox;

/**
 * The SMTP server of notifications, when PRACTICUM_MAIL_HOST is set. Without one (and outside the demo profile,
 * see {@link DemoMailServer}) there is no {@link MailOutbox}: notifications are off, which the engine says in the
 * log at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    static final String HOST_SET = "!'${practicum.mail.host:}'.isBlank()";

    @Bean
    @ConditionalOnExpression(HOST_SET)
    MailOutbox smtpOutbox(MailProperties properties) {
        return new SmtpOutbox(sender(properties.host(), properties.port(), properties.username(), properties.password(),
                properties.starttls()), properties.from());
    }

    static JavaMailSenderImpl sender(String host, int port, String username, String password, boolean starttls) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties javaMail = sender.getJavaMailProperties();
        if (username != null && !username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
            javaMail.put("mail.smtp.auth", "true");
        }
        javaMail.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        javaMail.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        // a server that does not answer fails the job (which retries) instead of holding a job thread
        javaMail.put("mail.smtp.connectiontimeout", "10000");
        javaMail.put("mail.smtp.timeout", "20000");
        javaMail.put("mail.smtp.writetimeout", "20000");
        return sender;
    }
}
