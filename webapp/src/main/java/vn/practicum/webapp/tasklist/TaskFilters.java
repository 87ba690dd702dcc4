package vn.practicum.webapp.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.webapp.access.Authorizations;

/**
 * The Tasklist's shared filters, created at start-up if missing (by name), owned by the administrator and
 * readable by every user. An existing filter is left as the administrator may have tuned it; only its
 * READ grant is restored. The queries run as the signed-in user, so each user sees only the tasks Camunda's
 * authorizations give them.
 */
@Component
public class TaskFilters {

    public static final String MY_TASKS = "Việc của tôi";
    public static final String MY_GROUP_TASKS = "Việc của nhóm tôi";
    public static final String OVERDUE = "Quá hạn";

    private static final Logger LOG = LoggerFactory.getLogger(TaskFilters.class);
    private static final String CURRENT_USER = "${currentUser()}";
    private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final Authorizations authorizations;

    TaskFilters(FilterService filterService, TaskService taskService, Authorizations authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizations = authorizations;
    }

    public void ensureFilters(String ownerId) {
        ensure(ownerId, MY_TASKS,
                taskService.createTaskQuery().taskAssigneeExpression(CURRENT_USER),
                properties(-10, "#1565c0", "Việc được giao cho tôi. Tasks assigned to me."));
        ensure(ownerId, MY_GROUP_TASKS,
                taskService.createTaskQuery().taskCandidateGroupInExpression(CURRENT_USER_GROUPS).taskUnassigned(),
                properties(0, "#2e7d32", "Việc của nhóm tôi chưa ai nhận: nhận việc rồi làm. "
                        + "Unclaimed tasks of my groups: claim one to work on it."));
        ensure(ownerId, OVERDUE,
                taskService.createTaskQuery().dueBeforeExpression("${now()}")
                        .or().taskAssigneeExpression(CURRENT_USER).taskCandidateGroupInExpression(CURRENT_USER_GROUPS).endOr(),
                properties(10, "#c62828", "Việc đã quá hạn, của tôi hoặc nhóm tôi. Overdue tasks, mine or my groups'."));
    }

    private void ensure(String ownerId, String name, TaskQuery query, Map<String, Object> properties) {
        Filter filter = filterService.createFilterQuery()
                .filterResourceType(EntityTypes.TASK)
                .filterName(name)
                .singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name)
                    .setOwner(ownerId)
                    .setQuery(query)
                    .setProperties(properties);
            filterService.saveFilter(filter);
            LOG.info("Created the Tasklist filter '{}'", name);
        }
        authorizations.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }

    /** Tasklist filter properties: order, colour, tooltip and the process variables shown on each task. */
    private static Map<String, Object> properties(int priority, String color, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", List.of(
                variable(PracticumVariables.STUDENT_ID.name(), "Sinh viên / Student"),
                variable(PracticumVariables.SCHOOL_CODE.name(), "Trường / School"),
                variable(PracticumVariables.HOST_CODE.name(), "Doanh nghiệp / Host"),
                variable(PracticumVariables.FIELD_KEY.name(), "Ngành / Field")));
        return properties;
    }

    private static Map<String, String> variable(String name, String label) {
        return Map.of("name", name, "label", label);
    }
}
