package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.admin.impl.web.SetupResource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.dto.identity.UserCredentialsDto;
import org.camunda.bpm.engine.rest.dto.identity.UserDto;
import org.camunda.bpm.engine.rest.dto.identity.UserProfileDto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.webapp.access.Authorizations;
import vn.practicum.webapp.admin.AdministratorInitializer;

/**
 * CVE-2026-77226: Camunda's Admin first-run set-up ({@code /camunda/api/admin/setup/{engine}/user/create})
 * creates a user whenever {@code camunda-admin} has no direct member. In Practicum no call creates a user
 * through it, however the administrators are configured: Spring Security refuses every spelling of the
 * path, and the engine refuses the set-up's writes even when the HTTP layer is bypassed.
 */
class FirstRunSetupTest extends WebappTestSupport {

    static final String SETUP = "/camunda/api/admin/setup/default/user/create";

    /** Spellings a path-matching rule could miss; each must be refused before it can reach the set-up. */
    static final List<String> PATH_VARIANTS = List.of(
            SETUP, SETUP + "/", "/camunda/api/Admin/setup/default/user/create", "/camunda/api/admin/SETUP/default/user/create",
            "/CAMUNDA/api/admin/setup/default/user/create", "/camunda/api/admin/%73etup/default/user/create",
            "/camunda/api/admin/setup/default/user/%63reate", "/camunda/api/%61dmin/setup/default/user/create",
            "/camunda/api/admin%2Fsetup/default/user/create", "/camunda/api/admin/%2573etup/default/user/create",
            "/camunda/api/admin/setup;x=1/default/user/create", "/camunda/api/admin;jsessionid=1/setup/default/user/create",
            "/camunda/api/admin/setup/default/user/create;.js", "/camunda/api/admin//setup/default/user/create",
            "//camunda/api/admin/setup/default/user/create", "/camunda/api/admin/./setup/default/user/create",
            "/camunda/api/admin/x/../setup/default/user/create", "/camunda/api/admin/setup/default/user/create?x=1");

    static final List<String> METHODS = List.of("POST", "PUT", "GET", "DELETE", "PATCH", "OPTIONS");

    @Autowired
    AdministratorInitializer administrator;

    @Autowired
    Authorizations authorizations;

    @Autowired
    ProcessEngine processEngine;

    private int attempt;

    @AfterEach
    void restoreAdministrators() {
        administrator.ensureAdministrator();
    }

    @Test
    void refusedWhileTheAdministratorIsADirectMemberOfCamundaAdmin() {
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isPositive();

        assertNoCallCreatesAUser(false);
    }

    @Test
    void refusedWhenAdministratorsHoldTheirRightsOnlyThroughAnotherGroup() {
        identityService.deleteMembership(ADMIN, Groups.CAMUNDA_ADMIN);
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.PROGRAMME_ADMINS).userId(ADMIN).count()).isOne();

        assertNoCallCreatesAUser(true);
    }

    @Test
    void refusedWhenCamundaAdminIsEmptyAndAdministrationIsGrantedToAnotherGroup() {
        user("fs-operator");
        authorizations.ensureGroup("fs-operations", "Operations", "SYSTEM");
        authorizations.grantGroup("fs-operations", Resources.USER, Authorizations.ANY, Permissions.ALL);
        identityService.createMembership("fs-operator", "fs-operations");
        identityService.deleteMembership(ADMIN, Groups.CAMUNDA_ADMIN);
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();

        assertNoCallCreatesAUser(true);
    }

    @Test
    void refusedWhenCamundaAdminDoesNotExist() {
        identityService.deleteGroup(Groups.CAMUNDA_ADMIN);
        assertThat(identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count()).isZero();

        assertNoCallCreatesAUser(true);
        assertThat(identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count())
                .as("the set-up did not recreate camunda-admin either").isZero();
    }

    /** Existing database, application restarted without PRACTICUM_ADMIN_PASSWORD and without the demo profile. */
    @Test
    void refusedAfterARestartWithoutAdministratorPasswordAndNoDemoUsersExist() {
        Path dataDir = Path.of("target", "test-data", "setup-" + UUID.randomUUID()).toAbsolutePath();
        start(dataDir, "--practicum.admin.password=setup-Secret-1").close();
        try (ConfigurableApplicationContext restarted = start(dataDir, "--practicum.admin.password=")) {
            ProcessEngine engine = restarted.getBean(ProcessEngine.class);
            IdentityService identity = engine.getIdentityService();
            identity.deleteMembership(ADMIN, Groups.CAMUNDA_ADMIN);

            assertThatThrownBy(() -> new DirectSetupCall(engine).createInitialUser(engine.getName(), intruder("fs-intruder-restart")))
                    .hasStackTraceContaining("CVE-2026-77226");

            assertThat(identity.createUserQuery().list()).as("only the administrator: no set-up user, no demo users")
                    .extracting(org.camunda.bpm.engine.identity.User::getId).containsExactly(ADMIN);
        }
    }

    @Test
    void noDemoUsersWithoutTheDemoProfile() {
        for (String demoUser : List.of("coord.hust", "sup.hust", "hr.vnpt", "mentor.vnpt", "hust-001", "fpt-001")) {
            assertThat(identityService.createUserQuery().userId(demoUser).count()).as(demoUser).isZero();
        }
    }

    /**
     * Every method and spelling over HTTP (anonymous, administrator, ordinary user), then the set-up called
     * directly. {@code onlyTheGuard}: Camunda's own check would let the set-up through, so only the engine-level
     * guard stands in its way.
     */
    private void assertNoCallCreatesAUser(boolean onlyTheGuard) {
        user("fs-user");
        long usersBefore = identityService.createUserQuery().count();
        for (Http caller : List.of(anonymous(), admin(), as("fs-user"))) {
            for (String path : PATH_VARIANTS) {
                for (String method : METHODS) {
                    String id = "fs-intruder-" + (++attempt);
                    Http.Response response = caller.send(method, path, method.equals("GET") || method.equals("OPTIONS")
                            ? "" : profileJson(id));
                    assertThat(response.status()).as(method + " " + path + " → " + response.body()).isBetween(400, 499);
                    assertThat(identityService.createUserQuery().userId(id).count()).as(method + " " + path).isZero();
                }
            }
        }
        var direct = assertThatThrownBy(() -> new DirectSetupCall(processEngine).createInitialUser("default", intruder("fs-intruder-direct")))
                .as("the engine refuses the set-up's writes even if a request got past the HTTP layer");
        if (onlyTheGuard) {
            direct.hasStackTraceContaining("CVE-2026-77226");
        }
        assertThat(identityService.createUserQuery().userId("fs-intruder-direct").count()).isZero();
        assertThat(identityService.createUserQuery().count()).isEqualTo(usersBefore);
    }

    private static String profileJson(String id) {
        return """
                {"profile":{"id":"%s","firstName":"In","lastName":"Truder","email":"in@example.com"},
                 "credentials":{"password":"Intruder-Password-1!"}}""".formatted(id);
    }

    private static UserDto intruder(String id) {
        UserProfileDto profile = new UserProfileDto();
        profile.setId(id);
        profile.setFirstName("In");
        profile.setLastName("Truder");
        UserCredentialsDto credentials = new UserCredentialsDto();
        credentials.setPassword("Intruder-Password-1!");
        UserDto user = new UserDto();
        user.setProfile(profile);
        user.setCredentials(credentials);
        return user;
    }

    private static ConfigurableApplicationContext start(Path dataDir, String adminPassword) {
        return new SpringApplicationBuilder(PracticumApplication.class).run(
                "--server.port=0",
                "--practicum.data-dir=" + dataDir,
                adminPassword,
                "--camunda.bpm.process-engine-name=setupguard",
                // the webapps' filters keep the last application context in a static field: leave it to the shared one
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false");
    }

    /** The set-up resource as Jersey would call it, minus HTTP: what an attacker reaches if a path rule is missed. */
    static final class DirectSetupCall extends SetupResource {

        private final ProcessEngine engine;

        DirectSetupCall(ProcessEngine engine) {
            this.engine = engine;
        }

        @Override
        protected ProcessEngine lookupProcessEngine(String engineName) {
            return engine;
        }
    }
}
