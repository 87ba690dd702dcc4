package vn.practicum.webapp.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Idempotent grants: each call adds what is missing and changes nothing that is there, so every node
 * of a cluster may run the start-up set-up on every start.
 */
@Component
public class Authorizations {

    /** Every user, or every resource of a type. */
    public static final String ANY = Authorization.ANY;

    private final AuthorizationService authorizationService;
    private final IdentityService identityService;

    Authorizations(AuthorizationService authorizationService, IdentityService identityService) {
        this.authorizationService = authorizationService;
        this.identityService = identityService;
    }

    /** Creates the group if it does not exist; an existing group keeps its name and type. */
    public boolean ensureGroup(String groupId, String name, String type) {
        if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
            return false;
        }
        Group group = identityService.newGroup(groupId);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
        return true;
    }

    public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        grant(Authorization.AUTH_TYPE_GRANT, null, groupId, resource, resourceId, permissions);
    }

    /**
     * A global authorization: every authenticated user. (A GRANT to user {@code *} is accepted by the engine
     * but not honoured by its checks; only the GLOBAL type applies to everybody.)
     */
    public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        grant(Authorization.AUTH_TYPE_GLOBAL, ANY, null, resource, resourceId, permissions);
    }

    private void grant(int type, String userId, String groupId, Resource resource, String resourceId,
                       Permission... permissions) {
        AuthorizationQuery query = authorizationService.createAuthorizationQuery()
                .authorizationType(type)
                .resourceType(resource)
                .resourceId(resourceId);
        query = userId != null ? query.userIdIn(userId) : query.groupIdIn(groupId);
        Authorization authorization = query.singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(type);
            if (userId != null) {
                authorization.setUserId(userId);
            } else {
                authorization.setGroupId(groupId);
            }
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (grantsAll(authorization, permissions)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    private static boolean grantsAll(Authorization authorization, Permission... permissions) {
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                return false;
            }
        }
        return true;
    }
}
