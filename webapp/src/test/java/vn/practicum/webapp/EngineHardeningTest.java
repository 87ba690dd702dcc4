package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's own defences, tried through its REST API: no expressions in ad-hoc queries (nested
 * {@code orQueries} included), no Java-serialized variables, the password policy, login throttling.
 */
class EngineHardeningTest extends WebappTestSupport {

    static final String EXPRESSION = "${currentUser()}";

    @Autowired
    FilterService filterService;

    @Test
    void expressionsAreRefusedInEveryAdhocTaskQueryIncludingNestedOrQueries() {
        deployTestProcess();
        startMentoring("eh-001", "ehs", "tourism", "ehh", "eh-mentor");
        List<String> bodies = List.of(
                "{\"assigneeExpression\":\"" + EXPRESSION + "\"}",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + EXPRESSION + "\"}]}",
                "{\"orQueries\":[{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}]}",
                "{\"orQueries\":[{\"candidateUserExpression\":\"" + EXPRESSION + "\",\"ownerExpression\":\"" + EXPRESSION + "\"}]}",
                "{\"orQueries\":[{\"dueBeforeExpression\":\"${now()}\"},{\"followUpAfterExpression\":\"${dateTime()}\"}]}",
                "{\"orQueries\":[{\"involvedUserExpression\":\"${'a'.concat('b')}\"}]}",
                "{\"processInstanceBusinessKey\":\"eh-001\",\"orQueries\":[{\"createdBeforeExpression\":\"${now()}\"}]}");
        for (String body : bodies) {
            for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
                Http.Response response = admin().postJson(path, body);
                assertThat(response.status()).as("POST " + path + " " + body + " → " + response.body()).isEqualTo(400);
                assertThat(response.body()).containsIgnoringCase("expression");
            }
        }
        Http.Response get = admin().get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");
        assertThat(get.status()).as(get.body()).isEqualTo(400);
        Http.Response plain = admin().postJson("/engine-rest/task", "{\"orQueries\":[{\"assignee\":\"eh-mentor\"}]}");
        assertThat(plain.status()).as("the same query without an expression works").isEqualTo(200);
        assertThat(plain.json()).isNotEmpty();
    }

    /** A stored filter may use expressions; a caller extending it at query time may not. */
    @Test
    void expressionsAreRefusedWhenExtendingAStoredFilter() {
        Filter filter = filterService.newTaskFilter("eh-filter").setOwner(ADMIN)
                .setQuery(org.camunda.bpm.engine.impl.TaskQueryImpl.class.cast(
                        processEngineTaskQuery().taskAssigneeExpression(EXPRESSION)));
        filterService.saveFilter(filter);
        try {
            Http.Response stored = admin().get("/engine-rest/filter/" + filter.getId() + "/list");
            assertThat(stored.status()).as("stored filters keep their expressions: " + stored.body()).isEqualTo(200);
            for (String body : List.of("{\"assigneeExpression\":\"" + EXPRESSION + "\"}",
                    "{\"orQueries\":[{\"assigneeExpression\":\"" + EXPRESSION + "\"}]}")) {
                Http.Response extended = admin().postJson("/engine-rest/filter/" + filter.getId() + "/list", body);
                assertThat(extended.status()).as(body + " → " + extended.body()).isEqualTo(400);
            }
        } finally {
            filterService.deleteFilter(filter.getId());
        }
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        deployTestProcess();
        // java.util.ArrayList, empty, serialized with ObjectOutputStream and Base64-encoded
        String serialized = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";
        String body = """
                {"businessKey":"eh-serialized","variables":{
                  "studentId":{"value":"eh-serialized","type":"String"},
                  "payload":{"value":"%s","type":"Object","valueInfo":{"objectTypeName":"java.util.ArrayList",
                    "serializationDataFormat":"application/x-java-serialized-object"}}}}""".formatted(serialized);

        Http.Response response = admin().postJson("/engine-rest/process-definition/key/" + TEST_PROCESS + "/start", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("problems").toString()).contains("Java");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("eh-serialized").count()).isZero();
        assertThat(anonymous().postJson("/engine-rest/process-definition/key/" + TEST_PROCESS + "/start", body).status())
                .as("anonymous callers learn nothing more than 401").isEqualTo(401);
    }

    @Test
    void passwordsMustMeetThePolicy() {
        User weak = identityService.newUser("eh-weak");
        weak.setFirstName("Weak");
        weak.setLastName("Password");
        weak.setPassword("demo");
        assertThatThrownBy(() -> identityService.saveUser(weak)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("policy");

        Http.Response viaRest = admin().postJson("/engine-rest/user/create", """
                {"profile":{"id":"eh-weak-rest","firstName":"Weak","lastName":"Rest"},"credentials":{"password":"password1"}}""");
        assertThat(viaRest.status()).as(viaRest.body()).isEqualTo(400);
        assertThat(viaRest.body()).contains("PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_SPECIAL");
        assertThat(identityService.createUserQuery().userId("eh-weak-rest").count()).isZero();

        Http.Response policy = admin().get("/engine-rest/identity/password-policy");
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.json().path("rules").findValuesAsText("placeholder"))
                .contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_SPECIAL");

        Http.Response strong = admin().postJson("/engine-rest/user/create", """
                {"profile":{"id":"eh-strong","firstName":"Strong","lastName":"Rest"},"credentials":{"password":"Quang-Ninh#2026"}}""");
        assertThat(strong.status()).as(strong.body()).isEqualTo(204);
    }

    /** After wrong passwords the right one is refused for a while, on every way in; then it works again. */
    @Test
    void wrongPasswordsLockTheUserForAWhileEverywhere() {
        user("eh-throttled");
        Http wrong = Http.basic(port, "eh-throttled", "Wrong-Password-1!");
        Http right = as("eh-throttled");
        assertThat(right.get("/api/fields").status()).isEqualTo(200);

        assertThat(wrong.get("/api/fields").status()).isEqualTo(401);
        assertThat(wrong.get("/engine-rest/task").status()).isEqualTo(401);

        assertThat(right.get("/api/fields").status()).as("Practicum's API").isEqualTo(401);
        assertThat(right.get("/engine-rest/task").status()).as("Camunda's REST API").isEqualTo(401);
        assertThat(webappLogin("eh-throttled", PASSWORD)).as("the webapps' login").isIn(401, 403);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> right.get("/api/fields").status() == 200);
        assertThat(right.get("/engine-rest/task").status()).isEqualTo(200);
        assertThat(webappLogin("eh-throttled", PASSWORD)).isEqualTo(200);
    }

    private int webappLogin(String user, String password) {
        Http browser = anonymous();
        browser.get("/camunda/app/tasklist/default/");
        return browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", user, "password", password)).status();
    }

    private org.camunda.bpm.engine.task.TaskQuery processEngineTaskQuery() {
        return processEngine().getTaskService().createTaskQuery();
    }

    private org.camunda.bpm.engine.ProcessEngine processEngine() {
        return org.camunda.bpm.engine.ProcessEngines.getProcessEngine("default");
    }
}
