package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of Camunda's REST API ({@code /engine-rest}) and of the webapps' API ({@code /camunda/api})
 * refuses a caller without credentials: 401 or 403, never 200 and never 500. Only what the login page needs
 * before anyone is signed in is left open, and it is listed (and checked) at the end.
 */
class UnauthenticatedAccessTest extends WebappTestSupport {

    static final List<String> ENGINE_REST = List.of(
            "/engine", "/engine/", "/engine/default/task", "/version", "/telemetry/data",
            "/process-definition", "/process-definition/count", "/process-definition/key/test-mentoring",
            "/process-definition/key/test-mentoring/xml", "/process-definition/key/test-mentoring/start",
            "/process-definition/key/test-mentoring/submit-form", "/process-definition/statistics",
            "/decision-definition", "/case-definition", "/deployment", "/deployment/create", "/deployment/registered",
            "/process-instance", "/process-instance/count", "/process-instance/some-id", "/process-instance/some-id/variables",
            "/process-instance/delete", "/process-instance/suspended",
            "/task", "/task/count", "/task/some-id", "/task/some-id/variables", "/task/some-id/complete",
            "/task/some-id/claim", "/task/some-id/form-variables", "/task/create", "/task/report/candidate-group-count",
            "/execution", "/message", "/signal", "/variable-instance", "/job", "/job-definition", "/incident",
            "/external-task", "/external-task/fetchAndLock", "/batch", "/metrics", "/schema/log", "/event-subscription",
            "/history/process-instance", "/history/process-instance/count", "/history/task", "/history/activity-instance",
            "/history/variable-instance", "/history/detail", "/history/user-operation", "/history/incident",
            "/history/cleanup", "/history/cleanup/configuration", "/history/process-instance/report",
            "/authorization", "/authorization/count", "/authorization/create", "/authorization/check",
            "/user", "/user/count", "/user/create", "/user/admin/profile", "/user/admin/credentials", "/user/admin/unlock",
            "/group", "/group/count", "/group/create", "/group/camunda-admin/members/intruder",
            "/tenant", "/tenant/create", "/identity/groups?userId=admin", "/identity/verify", "/identity/password-policy",
            "/filter", "/filter/count", "/filter/create", "/filter/some-id/list", "/filter/some-id/count",
            "/migration/generate", "/modification/execute", "/condition", "/signal", "/migration/execute");

    static final List<String> WEBAPP_API = List.of(
            "/engine/engine/default/process-definition", "/engine/engine/default/task", "/engine/engine/default/user",
            "/engine/engine/default/user/create", "/engine/engine/default/group", "/engine/engine/default/authorization",
            "/engine/engine/default/deployment", "/engine/engine/default/history/process-instance",
            "/engine/engine/default/filter", "/engine/engine/default/identity/password-policy",
            "/engine/engine/default/identity/groups?userId=admin", "/engine/engine/default/process-instance",
            "/cockpit/plugin/base/default/process-definition/statistics", "/cockpit/plugin/base/default/process-instance",
            "/cockpit/plugin/base/default/incident/count", "/cockpit/plugin/base/default/process-definition/some-id/called-process-definitions",
            "/tasklist/plugin/tasklist-plugin/default/something", "/tasklist/task/some-id/form",
            "/admin/plugin/adminPlugins/default/users", "/admin/plugin/license/default/check-key",
            "/admin/plugin/base/default/metrics", "/admin/auth/user/default/something",
            "/admin/setup/default/user/create", "/welcome/plugin/x/default/y");

    @Test
    void everyEngineRestEndpointRefusesAnonymousCalls() {
        Http anonymous = anonymous();
        for (String path : ENGINE_REST) {
            assertRefused(anonymous.get("/engine-rest" + path), "GET /engine-rest" + path);
            assertRefused(anonymous.postJson("/engine-rest" + path, "{}"), "POST /engine-rest" + path);
        }
    }

    @Test
    void everyWebappApiEndpointRefusesAnonymousCalls() {
        Http anonymous = anonymous();
        for (String path : WEBAPP_API) {
            assertRefused(anonymous.get("/camunda/api" + path), "GET /camunda/api" + path);
            assertRefused(anonymous.postJson("/camunda/api" + path, "{}"), "POST /camunda/api" + path);
        }
    }

    @Test
    void wrongCredentialsAreNoBetterThanNone() {
        user("un-wrong");
        Http wrong = Http.basic(port, "un-wrong", "Wrong-Password-1!");
        for (String path : List.of("/engine", "/task", "/process-definition", "/user", "/authorization")) {
            assertThat(wrong.get("/engine-rest" + path).status()).as("GET /engine-rest" + path).isEqualTo(401);
        }
        assertThat(wrong.get("/camunda/api/engine/engine/default/task").status()).isIn(401, 403);
    }

    @Test
    void thereIsNoH2Console() {
        for (String path : List.of("/h2-console", "/h2-console/", "/h2-console/login.jsp", "/h2-console/login.do")) {
            assertThat(anonymous().get(path).status()).as(path).isIn(401, 404);
            assertThat(admin().get(path).status()).as("administrator " + path).isEqualTo(404);
        }
    }

    /** What the webapps' login page needs before anyone is signed in: the engine names, who is signed in (nobody). */
    @Test
    void onlyTheLoginPagesNeedsStayOpen() {
        Http anonymous = anonymous();

        assertThat(anonymous.get("/camunda/api/engine/engine/").status()).isEqualTo(200);
        assertThat(anonymous.get("/camunda/api/admin/auth/user/default").status()).isIn(401, 403, 404);
        assertThat(admin().get("/engine-rest/engine").status()).isEqualTo(200);
    }

    private static void assertRefused(Http.Response response, String call) {
        assertThat(response.status()).as(call + " → " + response.body()).isIn(401, 403);
    }
}
