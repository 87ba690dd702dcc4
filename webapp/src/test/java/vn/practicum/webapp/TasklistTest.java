package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.webapp.tasklist.TaskFilters;

/**
 * The Tasklist as a mentor uses it: sign in through the webapps' own API (session cookie and CSRF token),
 * list the shared filters, list a filter's tasks. Nobody sees another business's tasks.
 * Businesses tlh1 and tlh2; students tl-001 (mentor tl-m1), tl-002 (tlh1, no mentor yet), tl-003 (tlh2).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistTest extends WebappTestSupport {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";

    @Autowired
    TaskService taskService;

    private ProcessInstance mentored;
    private ProcessInstance unassigned;
    private ProcessInstance otherBusiness;

    @BeforeAll
    void cohort() {
        user("tl-m1", "business:tlh1:mentors");
        user("tl-m1b", "business:tlh1:mentors");
        user("tl-m2", "business:tlh2:mentors");
        user("tl-coord", "school:tls:coordinators");
        deployTestProcess();
        mentored = startMentoring("tl-001", "tls", "tourism", "tlh1", "tl-m1");
        unassigned = startMentoring("tl-002", "tls", "tourism", "tlh1", null);
        otherBusiness = startMentoring("tl-003", "tls", "tourism", "tlh2", "tl-m2");
    }

    @Test
    void aMentorSignsInLikeTheTasklistAndFindsTheirTaskUnderMyTasks() {
        Http browser = signIn("tl-m1");

        Map<String, String> filters = filters(browser);
        assertThat(filters).containsKeys(TaskFilters.MY_TASKS, TaskFilters.MY_GROUP_TASKS, TaskFilters.OVERDUE);
        assertThat(listFilter(browser, filters.get(TaskFilters.MY_TASKS))).containsExactly(mentored.getId());
        assertThat(listFilter(browser, filters.get(TaskFilters.MY_GROUP_TASKS))).containsExactly(unassigned.getId());
    }

    @Test
    void aMentorOfAnotherBusinessSeesNoneOfIt() {
        Http browser = signIn("tl-m2");

        Map<String, String> filters = filters(browser);
        assertThat(listFilter(browser, filters.get(TaskFilters.MY_TASKS))).containsExactly(otherBusiness.getId());
        assertThat(listFilter(browser, filters.get(TaskFilters.MY_GROUP_TASKS))).isEmpty();
        // nor through the engine's REST API, nor by asking for the task directly
        assertThat(processInstancesOf(as("tl-m2").get("/engine-rest/task").json()))
                .contains(otherBusiness.getId()).doesNotContain(mentored.getId(), unassigned.getId());
        String taskId = task(mentored).getId();
        assertThat(as("tl-m2").get("/engine-rest/task/" + taskId).status()).isIn(403, 404);
        assertThat(browser.get(ENGINE_API + "/task/" + taskId).status()).isIn(403, 404);
        // a school coordinator sees no mentor's task either
        assertThat(processInstancesOf(as("tl-coord").get("/engine-rest/task").json())).isEmpty();
    }

    @Test
    void aColleagueSharesTheGroupsTasksButNotAnotherMentorsAssignments() {
        // the candidate group gives every mentor of the business the group's unassigned tasks; a task assigned to
        // one mentor is that mentor's alone (StudentInstanceAccess takes the group's task authorizations back)
        assertThat(processInstancesOf(as("tl-m1b").get("/engine-rest/task").json()))
                .containsExactly(unassigned.getId());
        assertThat(as("tl-m1b").get("/engine-rest/task/" + task(mentored).getId()).status()).isIn(403, 404);
        Http browser = signIn("tl-m1b");
        Map<String, String> filters = filters(browser);
        assertThat(listFilter(browser, filters.get(TaskFilters.MY_TASKS))).isEmpty();
        assertThat(listFilter(browser, filters.get(TaskFilters.MY_GROUP_TASKS))).containsExactly(unassigned.getId());
    }

    @Test
    void overdueListsMyAndMyGroupsLateTasks() {
        Task late = task(mentored);
        late.setDueDate(new Date(System.currentTimeMillis() - 86_400_000L));
        taskService.saveTask(late);
        Task lateOther = task(otherBusiness);
        lateOther.setDueDate(new Date(System.currentTimeMillis() - 86_400_000L));
        taskService.saveTask(lateOther);

        Http mentor = signIn("tl-m1");
        assertThat(listFilter(mentor, filters(mentor).get(TaskFilters.OVERDUE))).containsExactly(mentored.getId());
        Http other = signIn("tl-m2");
        assertThat(listFilter(other, filters(other).get(TaskFilters.OVERDUE))).containsExactly(otherBusiness.getId());
    }

    @Test
    void theMentorMayReadTheTasksFormAndDiagram() {
        Http browser = signIn("tl-m1");
        Task task = task(mentored);

        Http.Response form = browser.get(ENGINE_API + "/task/" + task.getId() + "/deployed-form");
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.json().path("id").asText()).isEqualTo("test-review-work");
        Http.Response diagram = browser.get(ENGINE_API + "/process-definition/" + task.getProcessDefinitionId() + "/xml");
        assertThat(diagram.status()).as(diagram.toString()).isEqualTo(200);
        assertThat(diagram.json().path("bpmn20Xml").asText()).contains("Task_ReviewWork");
    }

    @Test
    void aMentorMayOpenTheTasklistButNotCockpitNorAdmin() {
        Http.Response tasklist = login("tl-m1", "tasklist");
        assertThat(tasklist.status()).as(tasklist.toString()).isEqualTo(200);
        List<String> apps = new ArrayList<>();
        tasklist.json().path("authorizedApps").forEach(app -> apps.add(app.asText()));
        assertThat(apps).contains("tasklist").doesNotContain("cockpit", "admin");

        assertThat(login("tl-m1", "cockpit").status()).isEqualTo(403);
        assertThat(login("tl-m1", "admin").status()).isEqualTo(403);
    }

    /** Signs in as the Tasklist does: fetch a page for the CSRF cookie, then POST the login form with the token. */
    private Http signIn(String user) {
        Http browser = anonymous();
        Http.Response login = login(browser, user, "tasklist");
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().path("userId").asText()).isEqualTo(user);
        return browser;
    }

    private Http.Response login(String user, String app) {
        return login(anonymous(), user, app);
    }

    private static Http.Response login(Http browser, String user, String app) {
        Http.Response page = browser.get("/camunda/app/" + app + "/default/");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(browser.cookie("XSRF-TOKEN")).as("CSRF cookie").isNotBlank();
        return browser.postForm("/camunda/api/admin/auth/user/default/login/" + app,
                Map.of("username", user, "password", PASSWORD));
    }

    /** Filter name → id, as the Tasklist's filter list shows them. */
    private static Map<String, String> filters(Http browser) {
        Http.Response response = browser.get(ENGINE_API + "/filter?resourceType=Task&itemCount=true");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Map<String, String> filters = new LinkedHashMap<>();
        response.json().forEach(filter -> filters.put(filter.path("name").asText(), filter.path("id").asText()));
        return filters;
    }

    /** The process instances of the tasks a filter lists, as the Tasklist asks for them. */
    private static List<String> listFilter(Http browser, String filterId) {
        Http.Response response = browser.postJson(ENGINE_API + "/filter/" + filterId + "/list?firstResult=0&maxResults=50",
                "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                        + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return processInstancesOf(response.json());
    }

    private static List<String> processInstancesOf(JsonNode tasks) {
        JsonNode list = tasks.has("_embedded") ? tasks.path("_embedded").path("task") : tasks;
        List<String> ids = new ArrayList<>();
        list.forEach(task -> ids.add(task.path("processInstanceId").asText()));
        return ids;
    }

    private Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
