package vn.practicum.webapp.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import vn.practicum.engine.notification.MailMessage;
import vn.practicum.engine.notification.MailOutbox;

/**
 * Demo profile without PRACTICUM_MAIL_HOST: notifications go over SMTP, exactly as in production, to an SMTP server
 * inside the application (GreenMail, on 127.0.0.1 and a free port). Nothing leaves the machine; the messages are
 * listed at {@code GET /api/mail/demo-mailbox} and each one is logged with its subject and recipient.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnExpression("!(" + MailConfiguration.HOST_SET + ")")
class DemoMailServer {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMailServer.class);

    @Bean(destroyMethod = "stop")
    GreenMail demoSmtpServer() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        LOG.info("Demo mail server on 127.0.0.1:{}: notifications stay on this machine; read them at "
                + "GET /api/mail/demo-mailbox (user admin, or each demo user their own)", server.getSmtp().getPort());
        return server;
    }

    @Bean
    MailOutbox demoOutbox(GreenMail demoSmtpServer) {
        SmtpOutbox smtp = new SmtpOutbox(MailConfiguration.sender("127.0.0.1", demoSmtpServer.getSmtp().getPort(),
                null, null, false), "Practicum demo <no-reply@demo.practicum.invalid>");
        return message -> {
            smtp.send(message);
            logged(message);
        };
    }

    @Bean
    DemoMailbox demoMailbox(GreenMail demoSmtpServer) {
        return new DemoMailbox(demoSmtpServer);
    }

    private static void logged(MailMessage message) {
        LOG.info("Demo mail to {}: {}", message.to(), message.subject());
    }
}
