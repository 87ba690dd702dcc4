package vn.practicum.webapp.admin;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.webapp.access.Authorizations;

/**
 * Makes sure the programme administrator exists: user {@code practicum.admin.id} with the configured
 * password, member of {@code camunda-admin} and {@code programme-admins}, both groups holding ALL
 * permissions on every resource type (as Camunda's own first-admin set-up grants {@code camunda-admin}).
 *
 * <p>Deliberately not {@code camunda.bpm.admin-user}: that one turns an empty password into the user id.
 * Here there is no default password outside the demo profile, and start-up stops if no administrator
 * exists and none can be created.
 */
@Component
@EnableConfigurationProperties(AdministratorProperties.class)
public class AdministratorInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorInitializer.class);

    private final IdentityService identityService;
    private final Authorizations authorizations;
    private final AdministratorProperties properties;

    AdministratorInitializer(IdentityService identityService, Authorizations authorizations,
                             AdministratorProperties properties) {
        this.identityService = identityService;
        this.authorizations = authorizations;
        this.properties = properties;
    }

    /** The administrator's user id: owner of the shipped task filters. */
    public String administratorId() {
        return properties.id();
    }

    public void ensureAdministrator() {
        String id = properties.id();
        User user = identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            if (!properties.hasPassword()) {
                throw new AdministratorMissingException(id);
            }
            user = identityService.newUser(id);
            user.setFirstName("Practicum");
            user.setLastName("Administrator");
            checkPolicy(user);
            user.setPassword(properties.password());
            identityService.saveUser(user);
            LOG.info("Created administrator '{}'", id);
        } else if (properties.hasPassword() && !identityService.checkPassword(id, properties.password())) {
            // the failed check has counted an attempt on the user: change the password on a fresh copy
            user = identityService.createUserQuery().userId(id).singleResult();
            checkPolicy(user);
            user.setPassword(properties.password());
            identityService.saveUser(user);
            identityService.unlockUser(id);
            LOG.info("Updated the password of administrator '{}' from the configuration", id);
        }
        ensureAdministratorGroup(Groups.CAMUNDA_ADMIN, "Camunda Administrators", "SYSTEM");
        ensureAdministratorGroup(Groups.PROGRAMME_ADMINS, "Ban quản lý chương trình / Programme administrators", "WORKFLOW");
        for (String group : new String[] {Groups.CAMUNDA_ADMIN, Groups.PROGRAMME_ADMINS}) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }

    /** A configured password the engine's password policy would refuse stops start-up with the rules it breaks. */
    private void checkPolicy(User user) {
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(properties.password(), user);
        if (!result.isValid()) {
            String rules = result.getViolatedRules().stream()
                    .map(rule -> rule.getPlaceholder() + (rule.getParameters() == null ? "" : rule.getParameters()))
                    .collect(Collectors.joining(", "));
            throw new IllegalStateException("PRACTICUM_ADMIN_PASSWORD (practicum.admin.password) does not meet the password "
                    + "policy: at least 10 characters with upper and lower case letters, a digit and a special character, "
                    + "not containing the user id or names. Violated: " + rules);
        }
    }

    private void ensureAdministratorGroup(String groupId, String name, String type) {
        authorizations.ensureGroup(groupId, name, type);
        for (Resource resource : Resources.values()) {
            authorizations.grantGroup(groupId, resource, Authorizations.ANY, Permissions.ALL);
        }
    }
}
