package vn.practicum.field.digitalbusiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.SIGN_DATA_ACCESS_FORM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessTestEngine.SUBMIT_CONTRACT_FORM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_LEVEL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_PROBLEM;

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

    static final String CALLER_BPMN = "practicum/test/digital-business-stage-caller.bpmn";
    /** Which stage the test caller calls the fragment of: placement, mentoring or assessment. */
    static final ProcessVariable<String> STAGE = ProcessVariable.of("stage", String.class);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(DigitalBusinessTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    @Deployment(resources = {CALLER_BPMN, PLACEMENT_BPMN, SUBMIT_CONTRACT_FORM, SIGN_DATA_ACCESS_FORM})
    void aStageCallsThisFieldsPlacementFragment_andGetsItsVariablesBack() {
        // given
        Map<String, Object> variables = DigitalBusinessTestEngine.fragmentVariables("st-db-c01");
        STAGE.putIn(variables, "placement");

        // when
        ProcessInstance stage = runtimeService().startProcessInstanceByKey("digital-business-stage-caller", "st-db-c01", variables);

        // then
        ProcessInstance fragment = assertThat(stage).calledProcessInstance(PlacementFragmentTest.PROCESS)
                .isWaitingAt("Task_SubmitElectronicContract").actual();
        assertThat(fragment.getBusinessKey()).isEqualTo("st-db-c01");

        // when
        complete(task(fragment), PlacementFragmentTest.validContract());
        complete(task(fragment), PlacementFragmentTest.validAgreement());

        // then: what the host granted reaches the stage
        assertThat(stage).hasPassed("EndEvent_StageDone").isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(DATA_ACCESS_LEVEL.name()).singleResult().getValue()).isEqualTo("READ_ONLY");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(E_CONTRACT_PROBLEM.name()).count()).isZero();
    }

    @Test
    void theFieldsBundle_deploysAsItsOwnDeployment_andItsTasksFindTheirForms() throws IOException {
        // given
        RepositoryService repository = engine.getRepositoryService();
        DigitalBusinessField field = new DigitalBusinessField();

        // when
        new BundleDeployer(repository, getClass().getClassLoader()).deploy(field.bundle());

        // then
        org.camunda.bpm.engine.repository.Deployment deployment = repository.createDeploymentQuery()
                .deploymentName(DigitalBusinessField.DEPLOYMENT_NAME).singleResult();
        try {
            assertThat(repository.getDeploymentResourceNames(deployment.getId())).hasSize(9)
                    .contains("digital-business-placement.bpmn", "digital-business-final-evaluation.form");
            List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).list();
            assertThat(definitions).extracting(ProcessDefinition::getKey)
                    .containsExactlyInAnyOrder("digital-business-placement", "digital-business-mentoring",
                            "digital-business-assessment");

            for (ProcessDefinition definition : definitions) {
                ProcessInstance instance = runtimeService().startProcessInstanceById(definition.getId(), "st-db-b01",
                        DigitalBusinessTestEngine.fragmentVariables("st-db-b01"));
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
