package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import vn.practicum.webapp.admin.AdministratorMissingException;

/** No administrator and no password to create one, or a password the policy refuses: the application does not start, and says what to do. */
class MissingAdministratorTest {

    @Test
    void startWithoutAdministratorPasswordFailsWithAClearMessage() {
        Path dataDir = Path.of("target", "test-data", "no-admin-" + UUID.randomUUID()).toAbsolutePath();

        assertThatThrownBy(() -> new SpringApplicationBuilder(PracticumApplication.class).run(
                "--server.port=0",
                "--practicum.data-dir=" + dataDir,
                "--practicum.admin.password=",
                "--camunda.bpm.process-engine-name=noadmin",
                // the webapps' filters keep the last application context in a static field: leave it to the shared one
                "--camunda.bpm.webapp.enabled=false",
                "--logging.level.root=warn"))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .isInstanceOf(AdministratorMissingException.class)
                        .hasMessageContaining("user 'admin' does not exist")
                        .hasMessageContaining("PRACTICUM_ADMIN_PASSWORD")
                        .hasMessageContaining("demo"));
        assertThat(dataDir.resolve("practicum.mv.db")).as("the data directory still came from practicum.data-dir").exists();
    }

    @Test
    void aWeakAdministratorPasswordStopsStartUpAndNamesTheBrokenRules() {
        Path dataDir = Path.of("target", "test-data", "weak-admin-" + UUID.randomUUID()).toAbsolutePath();

        assertThatThrownBy(() -> new SpringApplicationBuilder(PracticumApplication.class).run(
                "--server.port=0",
                "--practicum.data-dir=" + dataDir,
                "--practicum.admin.password=demo",
                "--camunda.bpm.process-engine-name=weakadmin",
                "--camunda.bpm.webapp.enabled=false",
                "--logging.level.root=warn"))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .hasMessageContaining("PRACTICUM_ADMIN_PASSWORD")
                        .hasMessageContaining("password policy")
                        .hasMessageContaining("PASSWORD_POLICY_LENGTH"));
    }
}
