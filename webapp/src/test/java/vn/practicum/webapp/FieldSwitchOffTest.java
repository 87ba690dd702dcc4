package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.processes.simulation.LifecycleSimulator;
import vn.practicum.processes.simulation.SimulatedStudent;
import vn.practicum.processes.simulation.SimulationTarget;

/**
 * {@code practicum.fields.disabled} switches a field off: it is neither deployed nor offered, and the
 * students already in it finish on the version deployed before. Three starts of the application on one
 * H2 file database (engine name and webapps as in RestartTest).
 */
class FieldSwitchOffTest {

    private static final String IT = "information-technology";
    private final Path dataDir = Path.of("target", "test-data", "switch-off-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void a_field_switched_off_is_not_deployed_nor_offered_and_its_students_finish_on_the_deployed_version() {
        try (ConfigurableApplicationContext off = start(IT)) {
            assertThat(off.getBean(ProcessEngine.class).getRepositoryService().createDeploymentQuery()
                    .deploymentName("practicum-field-" + IT).count()).as("deployed while off").isZero();
            assertThat(off.getBean(FieldRegistry.class).fields()).extracting(FieldPlugin::key).doesNotContain(IT);
            assertThatThrownBy(() -> off.getBean(PracticumLifecycle.class).start(student("so-000")))
                    .hasMessageContaining("switched off");
        }

        try (ConfigurableApplicationContext on = start("")) {
            assertThat(on.getBean(ProcessEngine.class).getRepositoryService().createDeploymentQuery()
                    .deploymentName("practicum-field-" + IT).count()).isEqualTo(1);
            simulator(on).run(new SimulatedStudent(student("so-001"), "soh", SimulationTarget.waitIn("Task_ReviewLogbook")));
        }

        try (ConfigurableApplicationContext offAgain = start(IT)) {
            assertThatThrownBy(() -> offAgain.getBean(PracticumLifecycle.class).start(student("so-002")))
                    .hasMessageContaining("field 'information-technology' is switched off");

            simulator(offAgain).resume(new SimulatedStudent(student("so-001"), "soh", SimulationTarget.finished()));

            HistoryService history = offAgain.getBean(ProcessEngine.class).getHistoryService();
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("practicum")
                    .processInstanceBusinessKey("so-001").singleResult().getEndActivityId()).isEqualTo("EndEvent_Completed");
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("so-001")
                    .processDefinitionKey(IT + "-assessment").completed().count())
                    .as("the assessment fragment, called after the switch-off").isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("so-001")
                    .processDefinitionKey("generic-assessment").count()).isZero();
        }
    }

    private static PracticumStart student(String id) {
        LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        return new PracticumStart(id, "sos", IT, "sup.sos", 130, true, start, start.plusMonths(3));
    }

    private static LifecycleSimulator simulator(ConfigurableApplicationContext context) {
        return new LifecycleSimulator(context.getBean(ProcessEngine.class), context.getBean(PracticumLifecycle.class),
                context.getBean(FieldRegistry.class), null);
    }

    private ConfigurableApplicationContext start(String disabledFields) {
        return new SpringApplicationBuilder(PracticumApplication.class).run(
                "--server.port=0",
                "--practicum.data-dir=" + dataDir,
                "--practicum.admin.password=switch-off-Secret-1",
                "--practicum.fields.disabled=" + disabledFields,
                "--camunda.bpm.process-engine-name=switchoff",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=warn");
    }
}
