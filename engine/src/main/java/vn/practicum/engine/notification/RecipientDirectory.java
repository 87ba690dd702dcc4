package vn.practicum.engine.notification;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import vn.practicum.engine.student.StudentRecord;
import vn.practicum.engine.student.StudentRegister;

/**
 * Finds names, addresses and languages at send time: staff from Camunda's identity service (e-mail, user info
 * {@value #LOCALE_INFO} = {@code vi} or {@code en}), students from the student register, which wins for the address
 * and name.
 */
public class RecipientDirectory {

    /** The user info key of a user's language: {@code vi} (the default) or {@code en}. */
    public static final String LOCALE_INFO = "locale";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final StudentRegister students;

    public RecipientDirectory(StudentRegister students) {
        this.students = students;
    }

    public Recipient find(IdentityService identity, String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        Optional<StudentRecord> student = students.find(userId);
        String email = student.map(StudentRecord::email).orElse(user == null ? null : user.getEmail());
        String name = student.map(StudentRecord::fullName).orElse(user == null ? userId : displayName(user));
        String language = user == null ? null : identity.getUserInfo(userId, LOCALE_INFO);
        Locale locale = "en".equalsIgnoreCase(language == null ? null : language.trim()) ? Locale.ENGLISH : VIETNAMESE;
        return new Recipient(userId, name, email == null || email.isBlank() ? null : email.trim(), locale);
    }

    /** The members of these groups, each once. */
    public Set<String> members(IdentityService identity, String groupIds) {
        Set<String> users = new LinkedHashSet<>();
        for (String group : groupIds.split(",")) {
            if (!group.isBlank()) {
                identity.createUserQuery().memberOfGroup(group.trim()).orderByUserId().asc().list()
                        .forEach(user -> users.add(user.getId()));
            }
        }
        return users;
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
