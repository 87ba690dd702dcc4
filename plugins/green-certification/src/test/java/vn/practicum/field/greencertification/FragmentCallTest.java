package vn.practicum.field.greencertification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.ASSIGN_ENGAGEMENT_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.DECLARE_IMPARTIALITY_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.SUBMIT_GHG_TRAINING_FORM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION_CODE;

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

    static final String CALLER_BPMN = "practicum/test/green-certification-stage-caller.bpmn";
    /** Which stage the test caller calls the fragment of: placement, mentoring or assessment. */
    static final ProcessVariable<String> STAGE = ProcessVariable.of("stage", String.class);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(GreenCertificationTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    @Deployment(resources = {CALLER_BPMN, PLACEMENT_BPMN, ASSIGN_ENGAGEMENT_FORM, DECLARE_IMPARTIALITY_FORM, SUBMIT_GHG_TRAINING_FORM})
    void aStageCallsThisFieldsPlacementFragment_andGetsItsVariablesBack() {
        // given
        Map<String, Object> variables = GreenCertificationTestEngine.fragmentVariables("st-green-c01");
        STAGE.putIn(variables, "placement");

        // when
        ProcessInstance stage = runtimeService().startProcessInstanceByKey("green-certification-stage-caller", "st-green-c01", variables);

        // then
        ProcessInstance fragment = assertThat(stage).calledProcessInstance(PlacementFragmentTest.PROCESS)
                .isWaitingAt("Task_AssignVerificationEngagement").actual();
        assertThat(fragment.getBusinessKey()).isEqualTo("st-green-c01");

        // when
        complete(task(fragment), PlacementFragmentTest.engagement("Công ty Xi măng Ví dụ", PlacementFragmentTest.CEMENT));
        complete(task(fragment), PlacementFragmentTest.clearDeclaration(PlacementFragmentTest.CEMENT));
        complete(task(fragment), PlacementFragmentTest.training("2025-11-20", 24));

        // then
        assertThat(stage).hasPassed("EndEvent_StageDone").isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(VERIFIED_ORGANISATION_CODE.name()).singleResult().getValue()).isEqualTo(PlacementFragmentTest.CEMENT);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(IMPARTIALITY_PROBLEM.name()).count()).isZero();
    }

    @Test
    void theFieldsBundle_deploysAsItsOwnDeployment_andItsTasksFindTheirForms() throws IOException {
        // given
        RepositoryService repository = engine.getRepositoryService();
        GreenCertificationField field = new GreenCertificationField();

        // when
        new BundleDeployer(repository, getClass().getClassLoader()).deploy(field.bundle());

        // then
        org.camunda.bpm.engine.repository.Deployment deployment = repository.createDeploymentQuery()
                .deploymentName(GreenCertificationField.DEPLOYMENT_NAME).singleResult();
        try {
            assertThat(repository.getDeploymentResourceNames(deployment.getId())).hasSize(11)
                    .contains("green-certification-placement.bpmn", "green-certification-final-evaluation.form");
            List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).list();
            assertThat(definitions).extracting(ProcessDefinition::getKey).containsExactlyInAnyOrder(
                    "green-certification-placement", "green-certification-mentoring", "green-certification-assessment");

            for (ProcessDefinition definition : definitions) {
                ProcessInstance instance = runtimeService().startProcessInstanceById(definition.getId(), "st-green-b01",
                        GreenCertificationTestEngine.fragmentVariables("st-green-b01"));
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
