package vn.practicum.webapp;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.webapp.access.PartyAccess;

/**
 * The one application context the web tests share: the whole application on a random port, H2 in file mode
 * in a fresh directory under target/, the test profile's administrator password. Each test class uses
 * its own school, business and student ids, since the database is shared.
 */
// metrics exported as in production (Spring Boot's tests leave only an in-memory registry otherwise): OperationsTest
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = PracticumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class WebappTestSupport {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Test-Secret-Pw-1!";
    static final String PASSWORD = "pw-Practicum-2025";
    static final String TEST_PROCESS = "test-mentoring";

    static final Path DATA_DIR = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("practicum.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    PartyAccess partyAccess;

    Http anonymous() {
        return Http.anonymous(port);
    }

    Http as(String user) {
        return Http.basic(port, user, ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD);
    }

    Http admin() {
        return as(ADMIN);
    }

    /** A user with the shared test password, in these party groups (created and granted like in production). */
    void user(String id, String... groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(id);
            user.setLastName("Test");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        for (String group : groups) {
            partyAccess.grant(group);
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }

    /** Deploys the test process and its form, once (duplicate filtering). */
    void deployTestProcess() {
        repositoryService.createDeployment()
                .name(TEST_PROCESS)
                .addClasspathResource("bpmn/test-mentoring.bpmn")
                .addClasspathResource("bpmn/test-review-work.form")
                .enableDuplicateFiltering(true)
                .deploy();
    }

    /** A student waiting for their mentor's review, business key = student id; mentorId may be null. */
    ProcessInstance startMentoring(String studentId, String schoolCode, String fieldKey, String hostCode, String mentorId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, schoolCode);
        PracticumVariables.FIELD_KEY.putIn(variables, fieldKey);
        PracticumVariables.HOST_CODE.putIn(variables, hostCode);
        PracticumVariables.MENTOR_ID.putIn(variables, mentorId);
        return runtimeService.startProcessInstanceByKey(TEST_PROCESS, studentId, variables);
    }
}
