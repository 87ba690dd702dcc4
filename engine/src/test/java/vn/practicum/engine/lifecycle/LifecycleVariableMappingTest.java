package vn.practicum.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.engine.spi.RequiredDocument;
import vn.practicum.engine.spi.ResourceBundle;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;

/** A stage called from the lifecycle gets the student's context and its field's carried variables, and gives back what it changed. */
class LifecycleVariableMappingTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void deploy() {
        engine = PracticumTestEngine.with(List.of(fieldCarrying("mapping-field", "sandboxScope")), Map.of());
        BpmnAwareTests.init(engine);
        engine.getRepositoryService().createDeployment().name("lifecycle-variable-mapping-test")
                .addModelInstance("mapping-caller.bpmn", Bpmn.createExecutableProcess("mapping-caller")
                        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Begin")
                        .callActivity("CallActivity_Stage").calledElement("mapping-stage")
                        .camundaVariableMappingDelegateExpression("${" + LifecycleVariableMapping.BEAN_NAME + "}")
                        .userTask("Task_AfterStage").endEvent("EndEvent_Done").done())
                .addModelInstance("mapping-stage.bpmn", Bpmn.createExecutableProcess("mapping-stage")
                        .camundaHistoryTimeToLive(1).startEvent("StartEvent_StageBegins")
                        .userTask("Task_InStage").endEvent("EndEvent_StageDone").done())
                .deploy();
    }

    @Test
    void theStageGetsTheContextAndCarriedVariablesOnly_andGivesBackWhatItChanged() {
        // given a student with the context, a variable their field carries and one an earlier stage left behind
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, "st-map-01");
        PracticumVariables.SCHOOL_CODE.putIn(variables, "hust");
        PracticumVariables.FIELD_KEY.putIn(variables, "mapping-field");
        PracticumVariables.HOST_CODE.putIn(variables, "vnpt");
        variables.put("sandboxScope", "MASKED");
        variables.put("logbookText", "tuần 1: cài đặt môi trường");

        // when the lifecycle calls the stage
        ProcessInstance caller = engine.getRuntimeService().startProcessInstanceByKey("mapping-caller", "st-map-01", variables);

        // then the stage has the context and the carried variable, not the earlier stage's working variable
        ProcessInstance stage = assertThat(caller).calledProcessInstance("mapping-stage").isWaitingAt("Task_InStage").actual();
        assertThat(engine.getRuntimeService().getVariables(stage.getId())).containsOnlyKeys(
                "studentId", "schoolCode", "fieldKey", "hostCode", "sandboxScope");

        // when the stage's task sets a result and changes the mentor, leaving the host as it was
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(stage.getId()).singleResult();
        engine.getTaskService().complete(task.getId(), Map.of("stageResult", "PASSED", "hostCode", "vnpt",
                "mentorId", "mentor.vnpt"));

        // then the caller has the result and the mentor, and keeps what the stage never saw
        assertThat(caller).isWaitingAt("Task_AfterStage");
        assertThat(engine.getRuntimeService().getVariables(caller.getId())).containsEntry("stageResult", "PASSED")
                .containsEntry("mentorId", "mentor.vnpt").containsEntry("hostCode", "vnpt")
                .containsEntry("logbookText", "tuần 1: cài đặt môi trường");
    }

    @Test
    void aFieldWithoutCarriedVariablesGetsTheContextOnly() {
        // given a student of a field the registry does not know (a switched-off or removed plugin)
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, "st-map-02");
        PracticumVariables.FIELD_KEY.putIn(variables, "unknown-field");
        variables.put("sandboxScope", "FULL");

        // when the lifecycle calls the stage
        ProcessInstance caller = engine.getRuntimeService().startProcessInstanceByKey("mapping-caller", "st-map-02", variables);

        // then only the context goes down
        ProcessInstance stage = assertThat(caller).calledProcessInstance("mapping-stage").actual();
        assertThat(engine.getRuntimeService().getVariables(stage.getId())).containsOnlyKeys("studentId", "fieldKey");
    }

    @Test
    void aValueTheStageLeftAsItWasIsNotWrittenBack() {
        // given a stage that ends with the host it was given and a new result
        DelegateExecution caller = mock(DelegateExecution.class);
        when(caller.getVariableTyped("hostCode")).thenReturn(Variables.stringValue("vnpt"));
        VariableScope stage = mock(VariableScope.class);
        when(stage.getVariableNames()).thenReturn(Set.of("hostCode", "stageResult"));
        when(stage.getVariableTyped("hostCode")).thenReturn(Variables.stringValue("vnpt"));
        when(stage.getVariableTyped("stageResult")).thenReturn(Variables.stringValue("PASSED"));

        // when its variables are mapped back
        new LifecycleVariableMapping(new vn.practicum.engine.field.FieldRegistry(List.of())).mapOutputVariables(caller, stage);

        // then only the result is set on the caller (each write is a runtime and a history row)
        verify(caller).setVariable("stageResult", Variables.stringValue("PASSED"));
        verify(caller, never()).setVariable(eq("hostCode"), any());
    }

    private static FieldPlugin fieldCarrying(String key, String variable) {
        return new FieldPlugin() {
            public String key() { return key; }
            public LocalizedText name() { return LocalizedText.of(key, key); }
            public List<RequiredDocument> requiredDocuments() { return List.of(); }
            public List<LocalizedText> competencies() { return List.of(); }
            public Rubric rubric() {
                return new Rubric(List.of(new Rubric.Criterion("overall", LocalizedText.of("Chung", "Overall"), BigDecimal.ONE)));
            }
            public Set<Stage> customisedStages() { return Set.of(); }
            public ResourceBundle bundle() { return ResourceBundle.folder("practicum-field-" + key, "practicum/fields/" + key); }
            public Set<String> carriedVariables() { return Set.of(variable); }
        };
    }
}
