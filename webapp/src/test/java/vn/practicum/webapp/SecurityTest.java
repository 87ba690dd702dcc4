package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.engine.lifecycle.Groups;

/** Authentication everywhere, the closed first-run set-up, the administrator, and the engine's safe defaults. */
class SecurityTest extends WebappTestSupport {

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    ProcessEngine processEngine;

    @Test
    void unauthenticatedCallsAreRefused() {
        Http anonymous = anonymous();

        assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/deployment").status()).isEqualTo(401);
        Http.Response api = anonymous.get("/api/schools/hust/students");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(api.json().path("status").asInt()).isEqualTo(401);
        assertThat(api.json().path("error").asText()).contains("Authentication required");
        assertThat(api.json().path("problems")).isNotEmpty();
    }

    @Test
    void wrongPasswordsAreRefused() {
        user("sec-wrong-pw");
        Http wrong = Http.basic(port, "sec-wrong-pw", "not-the-password");

        assertThat(wrong.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(wrong.get("/api/students/sec-001/stage").status()).isEqualTo(401);
        assertThat(Http.basic(port, "nobody-at-all", "x").get("/api/schools/hust/students").status()).isEqualTo(401);
    }

    @Test
    void administratorUsesTheRestApiAndTheTrackingApi() {
        assertThat(admin().get("/engine-rest/task").status()).isEqualTo(200);
        assertThat(admin().get("/engine-rest/process-definition").status()).isEqualTo(200);
        assertThat(admin().get("/api/schools/hust/students").status()).isEqualTo(200);
    }

    @Test
    void firstRunSetupEndpointIsClosedAndCreatesNoUser() {
        String intruder = """
                {"profile":{"id":"intruder","firstName":"In","lastName":"Truder","email":"in@example.com"},
                 "credentials":{"password":"intruder-Password-1"}}""";

        Http.Response response = anonymous().postJson("/camunda/api/admin/setup/default/user/create", intruder);
        Http.Response asAdmin = admin().postJson("/camunda/api/admin/setup/default/user/create", intruder);

        assertThat(response.status()).isEqualTo(403);
        assertThat(asAdmin.status()).isEqualTo(403);
        assertThat(anonymous().get("/camunda/api/admin/setup/default/user/create").status()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void administratorHoldsEveryPermissionThroughBothAdministratorGroups() {
        assertThat(identityService.createUserQuery().userId(ADMIN).memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().userId(ADMIN).memberOfGroup(Groups.PROGRAMME_ADMINS).count()).isEqualTo(1);
        for (String group : new String[] {Groups.CAMUNDA_ADMIN, Groups.PROGRAMME_ADMINS}) {
            for (Resource resource : Resources.values()) {
                Authorization grant = authorizationService.createAuthorizationQuery().groupIdIn(group)
                        .resourceType(resource).resourceId(Authorization.ANY).singleResult();
                assertThat(grant).as(group + " on " + resource.resourceName()).isNotNull();
                assertThat(grant.isPermissionGranted(Permissions.ALL)).as(group + " ALL on " + resource.resourceName()).isTrue();
            }
        }
        Authorization everyone = authorizationService.createAuthorizationQuery().userIdIn(Authorization.ANY)
                .resourceType(Resources.APPLICATION).resourceId("tasklist").singleResult();
        assertThat(everyone.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GLOBAL);
        assertThat(everyone.isPermissionGranted(Permissions.ACCESS)).isTrue();
    }

    @Test
    void engineKeepsItsSafeDefaults() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.getHistory()).isEqualTo("full");
        assertThat(DATA_DIR.resolve("practicum.mv.db")).as("H2 in file mode under practicum.data-dir").isRegularFile();
        assertThat(anonymous().get("/h2-console").status()).isNotEqualTo(200);
        assertThat(anonymous().get("/h2-console/").status()).isNotEqualTo(200);
    }

    @Test
    void rootOpensTheWebappsBrandedPracticumWithoutTheMigrationBanner() {
        Http.Response root = anonymous().get("/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).endsWith("/camunda/app/");

        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            Http.Response config = anonymous().get("/camunda/app/" + app + "/scripts/config.js");
            assertThat(config.status()).isEqualTo(200);
            assertThat(config.body()).contains("vendor: 'Practicum'").contains("disableWelcomeMessage: true");
            Http.Response styles = anonymous().get("/camunda/app/" + app + "/styles/user-styles.css");
            assertThat(styles.status()).isEqualTo(200);
            assertThat(styles.body()).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
        }
    }
}
