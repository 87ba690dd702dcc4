package vn.practicum.field.portoperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.HOST;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.MENTOR;
import static vn.practicum.field.portoperations.PortOperationsVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.portoperations.PortOperationsVariables.SCORE_OPERATIONAL_ACCURACY;
import static vn.practicum.field.portoperations.PortOperationsVariables.SCORE_SAFETY_COMPLIANCE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SCORE_SHIFT_COMMUNICATION;
import static vn.practicum.field.portoperations.PortOperationsVariables.SCORING_PROBLEM;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.assessment.RubricScoring;
import vn.practicum.engine.lifecycle.Groups;

/** {@code port-operations-assessment}: the mentor's final evaluation by the port-operations rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "port-operations-assessment";

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
    void finalEvaluation_byTheMentor_givesTheScoresThePortRubricNeeds() {
        // given
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-port-a01",
                PortOperationsTestEngine.fragmentVariables("st-port-a01"));
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(PortOperationsTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), evaluation(9.0, 8.0, 7.0));

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.4×9 + 0.4×8 + 0.2×7 = 8.2
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new PortOperationsField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(8.2);
    }

    @Test
    void askedAgainAfterInvalidScores_theMentorSeesTheProblem() {
        // given: practicum-assessment calls the fragment again with the scoring problem
        Map<String, Object> variables = PortOperationsTestEngine.fragmentVariables("st-port-a02");
        SCORING_PROBLEM.putIn(variables, "Thiếu điểm score_shiftCommunication / score_shiftCommunication is missing");

        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-port-a02", variables);

        // then
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(engine.getTaskService().getVariable(task(instance).getId(), SCORING_PROBLEM.name()))
                .isEqualTo("Thiếu điểm score_shiftCommunication / score_shiftCommunication is missing");
        complete(task(instance), evaluation(8.0, 8.0, 8.0));
        assertThat(instance).isEnded();
    }

    static Map<String, Object> evaluation(double safety, double accuracy, double communication) {
        Map<String, Object> evaluation = new HashMap<>();
        SCORE_SAFETY_COMPLIANCE.putIn(evaluation, safety);
        SCORE_OPERATIONAL_ACCURACY.putIn(evaluation, accuracy);
        SCORE_SHIFT_COMMUNICATION.putIn(evaluation, communication);
        FINAL_EVALUATION_COMMENT.putIn(evaluation, "Tuân thủ quy trình an toàn, số liệu ca chính xác");
        return evaluation;
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
