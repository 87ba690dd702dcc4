package vn.practicum.field.vocationaldigitaltransformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.CONFIRM_LMS_ACCESS_FORM;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.GRANT_LMS_ACCESS_FORM;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCESS_PROBLEM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ROLE;

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

    static final String CALLER_BPMN = "practicum/test/vocational-digital-transformation-stage-caller.bpmn";
    /** Which stage the test caller calls the fragment of: placement, mentoring or assessment. */
    static final ProcessVariable<String> STAGE = ProcessVariable.of("stage", String.class);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(VdtTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    @Deployment(resources = {CALLER_BPMN, PLACEMENT_BPMN, GRANT_LMS_ACCESS_FORM, CONFIRM_LMS_ACCESS_FORM})
    void aStageCallsThisFieldsPlacementFragment_andGetsItsVariablesBack() {
        // given
        Map<String, Object> variables = VdtTestEngine.fragmentVariables("st-vdt-c01");
        STAGE.putIn(variables, "placement");

        // when
        ProcessInstance stage = runtimeService().startProcessInstanceByKey("vocational-digital-transformation-stage-caller", "st-vdt-c01", variables);

        // then
        ProcessInstance fragment = assertThat(stage).calledProcessInstance(PlacementFragmentTest.PROCESS)
                .isWaitingAt("Task_GrantLmsAccess").actual();
        assertThat(fragment.getBusinessKey()).isEqualTo("st-vdt-c01");

        // when
        complete(task(fragment), PlacementFragmentTest.validAccess());
        complete(task(fragment), PlacementFragmentTest.confirmation(true, true));

        // then: what the host granted reaches the stage
        assertThat(stage).hasPassed("EndEvent_StageDone").isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(LMS_ROLE.name()).singleResult().getValue()).isEqualTo("EDITING_TEACHER");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(LMS_ACCESS_PROBLEM.name()).count()).isZero();
    }

    @Test
    void theFieldsBundle_deploysAsItsOwnDeployment_andItsTasksFindTheirForms() throws IOException {
        // given
        RepositoryService repository = engine.getRepositoryService();
        VocationalDigitalTransformationField field = new VocationalDigitalTransformationField();

        // when
        new BundleDeployer(repository, getClass().getClassLoader()).deploy(field.bundle());

        // then
        org.camunda.bpm.engine.repository.Deployment deployment = repository.createDeploymentQuery()
                .deploymentName(VocationalDigitalTransformationField.DEPLOYMENT_NAME).singleResult();
        try {
            assertThat(repository.getDeploymentResourceNames(deployment.getId())).hasSize(10)
                    .contains("vocational-digital-transformation-placement.bpmn",
                            "vocational-digital-transformation-final-evaluation.form");
            List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).list();
            assertThat(definitions).extracting(ProcessDefinition::getKey)
                    .containsExactlyInAnyOrder("vocational-digital-transformation-placement",
                            "vocational-digital-transformation-mentoring", "vocational-digital-transformation-assessment");

            for (ProcessDefinition definition : definitions) {
                ProcessInstance instance = runtimeService().startProcessInstanceById(definition.getId(), "st-vdt-b01",
                        VdtTestEngine.fragmentVariables("st-vdt-b01"));
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
