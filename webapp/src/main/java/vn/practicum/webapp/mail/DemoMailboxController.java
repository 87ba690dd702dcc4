package vn.practicum.webapp.mail;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.practicum.engine.student.StudentRegister;
import vn.practicum.webapp.security.Caller;

/**
 * {@code GET /api/mail/demo-mailbox}, demo profile only: the notifications the demo sent, newest first. A programme
 * administrator sees every message, anyone else the messages to their own address.
 */
@RestController
@Profile("demo")
@ConditionalOnExpression("!(" + MailConfiguration.HOST_SET + ")")
class DemoMailboxController {

    private final DemoMailbox mailbox;
    private final IdentityService identity;
    private final StudentRegister students;

    DemoMailboxController(DemoMailbox mailbox, IdentityService identity, StudentRegister students) {
        this.mailbox = mailbox;
        this.identity = identity;
        this.students = students;
    }

    @GetMapping(path = "/api/mail/demo-mailbox", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DemoMailbox.Mail> mailbox(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (caller.isProgrammeAdmin()) {
            return mailbox.messages(to -> true);
        }
        User user = identity.createUserQuery().userId(caller.userId()).singleResult();
        String own = students.find(caller.userId()).map(student -> student.email())
                .orElse(user == null ? null : user.getEmail());
        return own == null ? List.of() : mailbox.messages(to -> to.stream().anyMatch(own::equalsIgnoreCase));
    }
}
