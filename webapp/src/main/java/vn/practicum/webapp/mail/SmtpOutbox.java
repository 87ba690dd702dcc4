package vn.practicum.webapp.mail;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import vn.practicum.engine.notification.MailMessage;
import vn.practicum.engine.notification.MailOutbox;

/** Sends notifications through Spring Mail; a refusal or an unreachable server throws, and the job retries. */
class SmtpOutbox implements MailOutbox {

    private final JavaMailSender sender;
    private final String from;

    SmtpOutbox(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(MailMessage message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.to());
        mail.setSubject(message.subject());
        mail.setText(message.text());
        sender.send(mail);
    }
}
