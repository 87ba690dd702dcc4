package vn.practicum.webapp.demo;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import vn.practicum.engine.lifecycle.Groups;

/** The demo cohort's people and their groups in Camunda's identity service. */
class DemoIdentities {

    private final IdentityService identity;

    DemoIdentities(IdentityService identity) {
        this.identity = identity;
    }

    /** Creates every demo user and group; returns the party group ids so they can be granted access. */
    List<String> create() {
        List<String> partyGroups = new ArrayList<>();
        for (DemoParty school : DemoCohort.SCHOOLS) {
            String coordinators = group(Groups.schoolCoordinators(school.code()), "Điều phối viên – " + school.name());
            String supervisors = group(Groups.schoolSupervisors(school.code()), "Giảng viên hướng dẫn – " + school.name());
            partyGroups.add(coordinators);
            partyGroups.add(supervisors);
            user("coord." + school.code(), "Điều phối", school.name(), coordinators);
            user("sup." + school.code(), "Giảng viên", school.name(), supervisors);
        }
        for (DemoParty host : DemoCohort.HOSTS) {
            String hr = group(Groups.businessHr(host.code()), "Nhân sự – " + host.name());
            String mentors = group(Groups.businessMentors(host.code()), "Người hướng dẫn – " + host.name());
            partyGroups.add(hr);
            partyGroups.add(mentors);
            user("hr." + host.code(), "Nhân sự", host.name(), hr);
            user("mentor." + host.code(), "Hướng dẫn", host.name(), mentors);
        }
        String students = group(Groups.STUDENTS, "Sinh viên");
        partyGroups.add(students);
        for (DemoStudent student : DemoCohort.STUDENTS) {
            user(student.id(), student.firstName(), student.lastName(), students);
        }
        return partyGroups;
    }

    private String group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        return id;
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@demo.practicum.invalid");
            user.setPassword(DemoCohort.PASSWORD);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(id, groupId);
        }
    }
}
