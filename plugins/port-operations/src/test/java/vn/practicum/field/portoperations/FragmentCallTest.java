package vn.practicum.field.portoperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.MENTORING_BPMN;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.SIGN_OFF_HAND_OVER_FORM;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.SUBMIT_SHIFT_LOG_FORM;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOGS_SIGNED_OFF;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.deployment.BundleDeployer;
import vn.practicum.engine.lifecycle.ProcessVariable;

/** The fragments as the engine really uses them: called through {@code fieldFragments}, deployed as the field's bundle. */
class FragmentCallTest {

    static final String CALLER_BPMN = "practicum/test/port-operations-stage-caller.bpmn";
    /** Which stage the test caller calls the fragment of: placement, mentoring or assessment. */
    static final ProcessVariable<String> STAGE = ProcessVariable.of("stage", String.class);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PortOperationsTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    @Deployment(resources = {CALLER_BPMN, MENTORING_BPMN, SUBMIT_SHIFT_LOG_FORM, SIGN_OFF_HAND_OVER_FORM})
    void aStageCallsThisFieldsMentoringFragment_itsListenersRunFromThePluginsJar_andItsVariablesComeBack() {
        // given
        Map<String, Object> variables = PortOperationsTestEngine.fragmentVariables("st-port-c01");
        STAGE.putIn(variables, "mentoring");

        // when
        ProcessInstance stage = runtimeService().startProcessInstanceByKey("port-operations-stage-caller", "st-port-c01", variables);

        // then
        ProcessInstance fragment = assertThat(stage).calledProcessInstance(MentoringFragmentTest.PROCESS)
                .isWaitingAt("Task_SubmitShiftLog").actual();
        assertThat(fragment.getBusinessKey()).isEqualTo("st-port-c01");

        // when
        for (String day : List.of("2026-02-03", "2026-02-04", "2026-02-05")) {
            complete(task(fragment), MentoringFragmentTest.shiftLog(day, "14:00"));
            complete(task(fragment), MentoringFragmentTest.signOff(true, "Đạt"));
        }

        // then
        assertThat(stage).hasPassed("EndEvent_StageDone").isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(SHIFT_LOGS_SIGNED_OFF.name()).singleResult().getValue()).isEqualTo(3);
    }

    @Test
    void theFieldsBundle_deploysAsItsOwnDeployment_andItsTasksFindTheirForms() throws IOException {
        // given
        RepositoryService repository = engine.getRepositoryService();
        PortOperationsField field = new PortOperationsField();

        // when
        new BundleDeployer(repository, getClass().getClassLoader()).deploy(field.bundle());

        // then
        org.camunda.bpm.engine.repository.Deployment deployment = repository.createDeploymentQuery()
                .deploymentName(PortOperationsField.DEPLOYMENT_NAME).singleResult();
        try {
            assertThat(repository.getDeploymentResourceNames(deployment.getId())).hasSize(9)
                    .contains("port-operations-placement.bpmn", "port-operations-final-evaluation.form");
            List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).list();
            assertThat(definitions).extracting(ProcessDefinition::getKey).containsExactlyInAnyOrder(
                    "port-operations-placement", "port-operations-mentoring", "port-operations-assessment");

            for (ProcessDefinition definition : definitions) {
                ProcessInstance instance = runtimeService().startProcessInstanceById(definition.getId(), "st-port-b01",
                        PortOperationsTestEngine.fragmentVariables("st-port-b01"));
                Task first = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                        .initializeFormKeys().singleResult();
                try (InputStream form = engine.getFormService().getDeployedTaskForm(first.getId())) {
                    assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                            .contains("\"id\": \"" + first.getCamundaFormRef().getKey() + "\"");
                }
                runtimeService().deleteProcessInstance(instance.getId(), "test done");
            }
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
