package vn.practicum.webapp.access;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;
import vn.practicum.engine.lifecycle.Groups;

/**
 * Gives a party's group what it needs to work in the Tasklist: the group itself, and READ on process
 * definitions so the Tasklist shows diagrams, process names and deployed forms.
 *
 * <p>Nothing more: task permissions come from Camunda's automatic identity-link authorizations (an
 * assignee or candidate group gets READ and UPDATE on that task only), so with authorization enabled a
 * user sees the tasks of their own school or business and no other.
 */
@Service
public class PartyAccess {

    static final Pattern PARTY_GROUP = Pattern.compile("(school|business):([a-z0-9][a-z0-9-]{0,31}):([a-z]+)");

    private final Authorizations authorizations;

    PartyAccess(Authorizations authorizations) {
        this.authorizations = authorizations;
    }

    /**
     * Creates the group if missing and grants it what it needs; safe to call again.
     *
     * @param groupId {@code school:<code>:coordinators|supervisors}, {@code business:<code>:hr|mentors} or {@code students}
     * @throws IllegalArgumentException for any other group id
     */
    public void grant(String groupId) {
        Party party = describe(groupId);
        authorizations.ensureGroup(groupId, party.name(), party.type());
        authorizations.grantGroup(groupId, Resources.PROCESS_DEFINITION, Authorizations.ANY, Permissions.READ);
    }

    static Party describe(String groupId) {
        if (Groups.STUDENTS.equals(groupId)) {
            return new Party("Sinh viên / Students", "STUDENTS");
        }
        Matcher matcher = groupId == null ? null : PARTY_GROUP.matcher(groupId);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("Not a party group: '" + groupId + "'; expected school:<code>:coordinators, "
                    + "school:<code>:supervisors, business:<code>:hr, business:<code>:mentors or students");
        }
        String code = matcher.group(2);
        return switch (matcher.group(1) + ":" + matcher.group(3)) {
            case "school:coordinators" -> new Party("Điều phối viên trường " + code + " / School " + code + " coordinators", "SCHOOL");
            case "school:supervisors" -> new Party("Giảng viên hướng dẫn trường " + code + " / School " + code + " supervisors", "SCHOOL");
            case "business:hr" -> new Party("Nhân sự doanh nghiệp " + code + " / Business " + code + " HR", "BUSINESS");
            case "business:mentors" -> new Party("Người hướng dẫn doanh nghiệp " + code + " / Business " + code + " mentors", "BUSINESS");
            default -> throw new IllegalArgumentException("Unknown role '" + matcher.group(3) + "' in group '" + groupId
                    + "': schools have coordinators and supervisors, businesses have hr and mentors");
        };
    }

    record Party(String name, String type) {
    }
}
