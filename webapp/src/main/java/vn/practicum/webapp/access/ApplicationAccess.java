package vn.practicum.webapp.access;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.practicum.engine.lifecycle.Groups;

/**
 * Who may open which webapp: every signed-in user the Tasklist, programme administrators all of them
 * (Cockpit, Admin, Tasklist, Welcome). Students get their group like any other party.
 */
@Component
public class ApplicationAccess {

    static final String TASKLIST = "tasklist";

    private final Authorizations authorizations;
    private final PartyAccess partyAccess;

    ApplicationAccess(Authorizations authorizations, PartyAccess partyAccess) {
        this.authorizations = authorizations;
        this.partyAccess = partyAccess;
    }

    public void ensureDefaults() {
        authorizations.grantEveryone(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        authorizations.grantGroup(Groups.PROGRAMME_ADMINS, Resources.APPLICATION, Authorizations.ANY, Permissions.ALL);
        partyAccess.grant(Groups.STUDENTS);
    }
}
