package vn.practicum.field.fintech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.fintech.FintechTestEngine.GRANT_SANDBOX_ACCESS_FORM;
import static vn.practicum.field.fintech.FintechTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.fintech.FintechTestEngine.SUBMIT_AML_TRAINING_FORM;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_DATA_SCOPE;

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

    static final String CALLER_BPMN = "practicum/test/fintech-stage-caller.bpmn";
    /** Which stage the test caller calls the fragment of: placement, mentoring or assessment. */
    static final ProcessVariable<String> STAGE = ProcessVariable.of("stage", String.class);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(FintechTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    @Deployment(resources = {CALLER_BPMN, PLACEMENT_BPMN, SUBMIT_AML_TRAINING_FORM, GRANT_SANDBOX_ACCESS_FORM})
    void aStageCallsThisFieldsPlacementFragment_andGetsItsVariablesBack() {
        // given
        Map<String, Object> variables = FintechTestEngine.fragmentVariables("st-ft-c01");
        STAGE.putIn(variables, "placement");

        // when
        ProcessInstance stage = runtimeService().startProcessInstanceByKey("fintech-stage-caller", "st-ft-c01", variables);

        // then
        ProcessInstance fragment = assertThat(stage).calledProcessInstance(PlacementFragmentTest.PROCESS)
                .isWaitingAt("Task_SubmitAmlTrainingAttestation").actual();
        assertThat(fragment.getBusinessKey()).isEqualTo("st-ft-c01");

        // when
        complete(task(fragment), PlacementFragmentTest.validAttestation());
        complete(task(fragment), PlacementFragmentTest.validAccess());

        // then: the granted scope reaches the stage, for the mentoring fragment to check the experiment against
        assertThat(stage).hasPassed("EndEvent_StageDone").isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(SANDBOX_DATA_SCOPE.name()).singleResult().getValue()).isEqualTo("MASKED");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(AML_TRAINING_PROBLEM.name()).count()).isZero();
    }

    @Test
    void theFieldsBundle_deploysAsItsOwnDeployment_andItsTasksFindTheirForms() throws IOException {
        // given
        RepositoryService repository = engine.getRepositoryService();
        FintechField field = new FintechField();

        // when
        new BundleDeployer(repository, getClass().getClassLoader()).deploy(field.bundle());

        // then
        org.camunda.bpm.engine.repository.Deployment deployment = repository.createDeploymentQuery()
                .deploymentName(FintechField.DEPLOYMENT_NAME).singleResult();
        try {
            assertThat(repository.getDeploymentResourceNames(deployment.getId())).hasSize(8)
                    .contains("fintech-placement.bpmn", "fintech-final-evaluation.form");
            List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).list();
            assertThat(definitions).extracting(ProcessDefinition::getKey)
                    .containsExactlyInAnyOrder("fintech-placement", "fintech-mentoring", "fintech-assessment");

            for (ProcessDefinition definition : definitions) {
                ProcessInstance instance = runtimeService().startProcessInstanceById(definition.getId(), "st-ft-b01",
                        FintechTestEngine.fragmentVariables("st-ft-b01"));
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
