package vn.practicum.field.tourism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.tourism.TourismTestEngine.DEFINE_TOUR_ASSIGNMENT_FORM;
import static vn.practicum.field.tourism.TourismTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.tourism.TourismTestEngine.RECORD_SAFETY_BRIEFING_FORM;
import static vn.practicum.field.tourism.TourismTestEngine.SUBMIT_GUIDE_CREDENTIALS_FORM;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.SAFETY_BRIEFING_HELD;
import static vn.practicum.field.tourism.TourismVariables.TOUR_SCOPE;

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

    static final String CALLER_BPMN = "practicum/test/tourism-stage-caller.bpmn";
    /** Which stage the test caller calls the fragment of: placement, mentoring or assessment. */
    static final ProcessVariable<String> STAGE = ProcessVariable.of("stage", String.class);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TourismTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    @Deployment(resources = {CALLER_BPMN, PLACEMENT_BPMN, DEFINE_TOUR_ASSIGNMENT_FORM, SUBMIT_GUIDE_CREDENTIALS_FORM,
            RECORD_SAFETY_BRIEFING_FORM})
    void aStageCallsThisFieldsPlacementFragment_andGetsItsVariablesBack() {
        // given
        Map<String, Object> variables = TourismTestEngine.fragmentVariables("st-tour-c01");
        STAGE.putIn(variables, "placement");

        // when
        ProcessInstance stage = runtimeService().startProcessInstanceByKey("tourism-stage-caller", "st-tour-c01", variables);

        // then
        ProcessInstance fragment = assertThat(stage).calledProcessInstance(PlacementFragmentTest.PROCESS)
                .isWaitingAt("Task_DefineTourAssignment").actual();
        assertThat(fragment.getBusinessKey()).isEqualTo("st-tour-c01");

        // when
        complete(task(fragment), PlacementFragmentTest.tours("INTERNATIONAL", "en"));
        complete(task(fragment), PlacementFragmentTest.shadowingWithLanguage("B2"));
        complete(task(fragment), PlacementFragmentTest.briefing(true));

        // then
        assertThat(stage).hasPassed("EndEvent_StageDone").isEnded();
        assertThat(historicValue(stage, SAFETY_BRIEFING_HELD.name())).isEqualTo(true);
        assertThat(historicValue(stage, TOUR_SCOPE.name())).isEqualTo("INTERNATIONAL");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(GUIDE_CARD_PROBLEM.name()).count()).isZero();
    }

    @Test
    void theFieldsBundle_deploysAsItsOwnDeployment_andItsTasksFindTheirForms() throws IOException {
        // given
        RepositoryService repository = engine.getRepositoryService();
        TourismField field = new TourismField();

        // when
        new BundleDeployer(repository, getClass().getClassLoader()).deploy(field.bundle());

        // then
        org.camunda.bpm.engine.repository.Deployment deployment = repository.createDeploymentQuery()
                .deploymentName(TourismField.DEPLOYMENT_NAME).singleResult();
        try {
            assertThat(repository.getDeploymentResourceNames(deployment.getId())).hasSize(10)
                    .contains("tourism-placement.bpmn", "tourism-final-evaluation.form");
            List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).list();
            assertThat(definitions).extracting(ProcessDefinition::getKey).containsExactlyInAnyOrder(
                    "tourism-placement", "tourism-mentoring", "tourism-assessment");

            for (ProcessDefinition definition : definitions) {
                ProcessInstance instance = runtimeService().startProcessInstanceById(definition.getId(), "st-tour-b01",
                        TourismTestEngine.fragmentVariables("st-tour-b01"));
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

    private static Object historicValue(ProcessInstance instance, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }
}
