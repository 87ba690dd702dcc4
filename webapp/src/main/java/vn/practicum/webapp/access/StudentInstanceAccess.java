package vn.practicum.webapp.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumVariables;

/**
 * Camunda authorizations on a student's process instances, kept in the engine's own transaction:
 * <ul>
 *   <li>READ on the instance and its historic instance (and on every calling instance up to the root
 *       {@code practicum}) for the student's school groups ({@code school:<code>:coordinators|supervisors})
 *       from the moment the instance starts;</li>
 *   <li>the same for the host's groups ({@code business:<code>:hr|mentors}) once the student has a host;
 *       another host's grants are removed when the host changes, and all host grants when the student
 *       withdraws;</li>
 *   <li>a mentors' group loses the task authorizations Camunda gives candidate groups as soon as the task
 *       is assigned to one mentor, and gets them back if the task is handed back (unclaimed).</li>
 * </ul>
 * Everything else stays with Camunda's own rules (assignee and candidate authorizations on tasks).
 */
class StudentInstanceAccess implements ExecutionListener, TaskListener {

    private static final Resource[] INSTANCE_RESOURCES = {Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE};
    private static final Resource[] TASK_RESOURCES = {Resources.TASK, Resources.HISTORIC_TASK};
    private static final String BUSINESS_PREFIX = "business:";

    /** Process instance start and end. */
    @Override
    public void notify(DelegateExecution execution) {
        String schoolCode = PracticumVariables.SCHOOL_CODE.from(execution);
        if (schoolCode == null || execution.getProcessBusinessKey() == null) {
            return; // not a student's practicum
        }
        ExecutionEntity entity = (ExecutionEntity) execution;
        boolean withdrawn = EVENTNAME_END.equals(execution.getEventName()) && withdrawn(entity);
        String hostCode = withdrawn ? null : PracticumVariables.HOST_CODE.from(execution);
        if (withdrawn && entity.getProcessInstance().getSuperExecution() == null) {
            grant(wholeTree(entity.getProcessInstanceId()), schoolCode, hostCode);
        } else {
            grantChain(instanceChain(entity), schoolCode, hostCode, EVENTNAME_START.equals(execution.getEventName()));
        }
    }

    /** Task created or (re)assigned. */
    @Override
    public void notify(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null) {
            return;
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String schoolCode = PracticumVariables.SCHOOL_CODE.from(execution);
            if (schoolCode != null && execution.getProcessBusinessKey() != null) {
                grantChain(instanceChain(execution), schoolCode, PracticumVariables.HOST_CODE.from(execution), false);
            }
        }
        narrowMentorsTask(task);
    }

    /**
     * Grants on an instance and the instances that called it (its chain, the root last). All instances of a chain are
     * granted together, so a root that already holds the wanted grants (the common case: a task in a stage whose host
     * has not changed) stands for the whole chain: one query on the root instead of two per instance. An instance that
     * is just starting is granted on its own first (it was created in this command: no query).
     */
    private void grantChain(List<String> chain, String schoolCode, String hostCode, boolean starting) {
        List<String> rest = chain;
        if (starting) {
            grant(chain.subList(0, 1), schoolCode, hostCode);
            rest = chain.subList(1, chain.size());
        }
        if (!rest.isEmpty() && !rootAlreadyGranted(chain.get(chain.size() - 1), groupsFor(schoolCode, hostCode))) {
            grant(rest, schoolCode, hostCode);
        }
    }

    private static boolean rootAlreadyGranted(String rootId, Set<String> groups) {
        CommandContext context = Context.getCommandContext();
        Set<String> granted = new LinkedHashSet<>();
        for (AuthorizationEntity authorization : authorizationsOn(context, Resources.PROCESS_INSTANCE, rootId)) {
            String group = authorization.getGroupId();
            if (group != null && group.startsWith(BUSINESS_PREFIX) && !groups.contains(group)) {
                return false; // another host's grant, to be removed
            }
            granted.add(group);
        }
        return granted.containsAll(groups);
    }

    private static Set<String> groupsFor(String schoolCode, String hostCode) {
        Set<String> groups = new LinkedHashSet<>(List.of(Groups.schoolCoordinators(schoolCode), Groups.schoolSupervisors(schoolCode)));
        if (hostCode != null) {
            groups.add(Groups.businessHr(hostCode));
            groups.add(Groups.businessMentors(hostCode));
        }
        return groups;
    }

    private void grant(List<String> instanceIds, String schoolCode, String hostCode) {
        Set<String> groups = groupsFor(schoolCode, hostCode);
        CommandContext context = Context.getCommandContext();
        for (String instanceId : instanceIds) {
            for (Resource resource : INSTANCE_RESOURCES) {
                List<AuthorizationEntity> existing = authorizationsOn(context, resource, instanceId);
                for (AuthorizationEntity authorization : existing) {
                    String group = authorization.getGroupId();
                    if (group != null && group.startsWith(BUSINESS_PREFIX) && !groups.contains(group)) {
                        context.getDbEntityManager().delete(authorization);
                    }
                }
                for (String group : groups) {
                    if (existing.stream().noneMatch(a -> group.equals(a.getGroupId()))) {
                        insert(context, group, resource, instanceId, Permissions.READ);
                    }
                }
            }
        }
    }

    /** A mentors' task assigned to one mentor is that mentor's alone; handed back, it is the group's again. */
    private void narrowMentorsTask(DelegateTask task) {
        List<String> mentorGroups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null && group.startsWith(BUSINESS_PREFIX) && group.endsWith(":mentors"))
                .toList();
        if (mentorGroups.isEmpty()) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        for (Resource resource : TASK_RESOURCES) {
            List<AuthorizationEntity> existing = authorizationsOn(context, resource, task.getId());
            for (String group : mentorGroups) {
                List<AuthorizationEntity> grants = existing.stream().filter(a -> group.equals(a.getGroupId())).toList();
                if (task.getAssignee() != null) {
                    grants.forEach(context.getDbEntityManager()::delete);
                } else if (grants.isEmpty()) {
                    if (resource == Resources.TASK) {
                        insert(context, group, resource, task.getId(), Permissions.READ,
                                context.getProcessEngineConfiguration().getDefaultUserPermissionForTask());
                    } else {
                        insert(context, group, resource, task.getId(), Permissions.READ);
                    }
                }
            }
        }
    }

    /** Whether the student withdrew: the withdrawal sets its variables on the root before cancelling the stages. */
    private static boolean withdrawn(ExecutionEntity execution) {
        ExecutionEntity instance = execution.getProcessInstance();
        while (instance != null) {
            if (PracticumVariables.WITHDRAWN_BY.from(instance) != null) {
                return true;
            }
            ExecutionEntity caller = instance.getSuperExecution();
            instance = caller == null ? null : caller.getProcessInstance();
        }
        return false;
    }

    /** The root instance and every instance it called, at any depth, running or ended. */
    private static List<String> wholeTree(String rootId) {
        CommandContext context = Context.getCommandContext();
        List<String> ids = new ArrayList<>(List.of(rootId));
        context.runWithoutAuthorization(() -> {
            HistoricProcessInstanceQueryImpl query = new HistoricProcessInstanceQueryImpl();
            query.rootProcessInstanceId(rootId);
            for (HistoricProcessInstance instance : query.executeList(context, null)) {
                if (!ids.contains(instance.getId())) {
                    ids.add(instance.getId());
                }
            }
            return null;
        });
        return ids;
    }

    /** The instance and every instance that called it, up to the root. */
    private static List<String> instanceChain(ExecutionEntity execution) {
        List<String> ids = new ArrayList<>();
        ExecutionEntity instance = execution.getProcessInstance();
        while (instance != null) {
            ids.add(instance.getId());
            ExecutionEntity caller = instance.getSuperExecution();
            instance = caller == null ? null : caller.getProcessInstance();
        }
        return ids;
    }

    /**
     * Grants on the resource: stored ones and those created earlier in this same command (not yet flushed).
     * The database is not asked about an instance or task created in this very command (it cannot hold grants
     * for it yet), which keeps starting many students (bulk enrolment) cheap.
     */
    private static List<AuthorizationEntity> authorizationsOn(CommandContext context, Resource resource, String resourceId) {
        List<AuthorizationEntity> found = new ArrayList<>();
        if (!createdInThisCommand(context, resource, resourceId)) {
            context.runWithoutAuthorization(() -> {
                AuthorizationQueryImpl query = new AuthorizationQueryImpl();
                query.authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource).resourceId(resourceId);
                for (Authorization authorization : query.executeList(context, null)) {
                    found.add((AuthorizationEntity) authorization);
                }
                return null;
            });
        }
        for (AuthorizationEntity cached : context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
            if (cached.getResourceType() == resource.resourceType() && resourceId.equals(cached.getResourceId())
                    && cached.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && !found.contains(cached)) {
                found.add(cached);
            }
        }
        return found;
    }

    private static boolean createdInThisCommand(CommandContext context, Resource resource, String resourceId) {
        Class<? extends DbEntity> type = resource == Resources.TASK || resource == Resources.HISTORIC_TASK
                ? TaskEntity.class : ExecutionEntity.class;
        CachedDbEntity cached = context.getDbEntityManager().getDbEntityCache().getCachedEntity(type, resourceId);
        return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
    }

    private static void insert(CommandContext context, String group, Resource resource, String resourceId,
                               org.camunda.bpm.engine.authorization.Permission... permissions) {
        AuthorizationEntity authorization = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (org.camunda.bpm.engine.authorization.Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        context.getDbEntityManager().insert(authorization);
    }
}
