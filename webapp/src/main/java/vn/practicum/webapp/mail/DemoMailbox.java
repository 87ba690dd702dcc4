package vn.practicum.webapp.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The demo mail server's messages, newest first. */
class DemoMailbox {

    /** One message as the demo mailbox page shows it. */
    record Mail(List<String> to, String subject, Instant receivedAt, String text) {
    }

    private final GreenMail server;

    DemoMailbox(GreenMail server) {
        this.server = server;
    }

    private static String text(MimeMessage message) throws MessagingException {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : String.valueOf(content);
        } catch (java.io.IOException e) {
            throw new MessagingException("Could not read a demo mail", e);
        }
    }

    List<Mail> messages(Predicate<List<String>> visible) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                List<String> to = Arrays.stream(message.getAllRecipients() == null ? new Address[0] : message.getAllRecipients())
                        .map(Address::toString).toList();
                if (visible.test(to)) {
                    Instant received = message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
                    mails.add(new Mail(to, message.getSubject(), received, text(message)));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException("Could not read a demo mail", e);
            }
        }
        java.util.Collections.reverse(mails);
        return mails;
    }
}
