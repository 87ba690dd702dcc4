package vn.practicum.processes.test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import vn.practicum.engine.deployment.BundleDeployer;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.ResourceBundle;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.CoreProcesses;
import vn.practicum.processes.simulation.LifecycleSimulator;
import vn.practicum.processes.simulation.SimulatedStudent;
import vn.practicum.processes.simulation.SimulationTarget;

/**
 * End-to-end support for field plugins: an engine with the core lifecycle and the field's bundle
 * deployed the way the application deploys them, and a student of the field run from enrolment to
 * the end with the core's and the field's sample answers.
 *
 * <pre>
 * ProcessEngine engine = FieldLifecycleRun.engine(plugin, Map.of("myCheck", new MyCheckDelegate(...)));
 * HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, plugin, "st-e2e-001");
 * </pre>
 */
public final class FieldLifecycleRun {

    private FieldLifecycleRun() {
    }

    /** The shared test engine for this plugin and its beans, with the core and the plugin deployed. */
    public static ProcessEngine engine(FieldPlugin plugin, Map<String, Object> delegates) {
        ProcessEngine engine = PracticumTestEngine.with(List.of(plugin), delegates);
        BundleDeployer deployer = new BundleDeployer(engine.getRepositoryService(), FieldLifecycleRun.class.getClassLoader());
        deployer.deploy(ResourceBundle.folder(CoreProcesses.DEPLOYMENT_NAME, CoreProcesses.RESOURCE_FOLDER));
        deployer.deploy(plugin.bundle());
        return engine;
    }

    /** Runs an eligible student of the field, placed with host {@code demo-host}, to the end; returns the finished practicum. */
    public static HistoricProcessInstance toTheEnd(ProcessEngine engine, FieldPlugin plugin, String studentId) {
        FieldRegistry fields = new FieldRegistry(List.of(plugin));
        LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        PracticumStart practicum = new PracticumStart(studentId, "e2e-school", plugin.key(), "sup.e2e-school", 150, true,
                start, start.plusMonths(3));
        new LifecycleSimulator(engine, PracticumTestEngine.lifecycle(engine, plugin), fields, null)
                .run(new SimulatedStudent(practicum, "demo-host", SimulationTarget.finished()));
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("practicum").processInstanceBusinessKey(studentId).singleResult();
    }
}
