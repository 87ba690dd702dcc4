package vn.practicum.field.tourism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.tourism.TourismTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.tourism.TourismTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.tourism.TourismTestEngine.HOST;
import static vn.practicum.field.tourism.TourismTestEngine.MENTOR;
import static vn.practicum.field.tourism.TourismVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.tourism.TourismVariables.SCORE_LANGUAGE_COMMUNICATION;
import static vn.practicum.field.tourism.TourismVariables.SCORE_SAFETY_CONDUCT;
import static vn.practicum.field.tourism.TourismVariables.SCORE_SERVICE_QUALITY;
import static vn.practicum.field.tourism.TourismVariables.SCORING_PROBLEM;

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

/** {@code tourism-assessment}: the mentor's final evaluation by the tourism rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "tourism-assessment";

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
    void finalEvaluation_byTheMentor_givesTheScoresTheTourismRubricNeeds() {
        // given
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-tour-a01",
                TourismTestEngine.fragmentVariables("st-tour-a01"));
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(TourismTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), evaluation(9.0, 8.0, 7.0));

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.4×9 + 0.3×8 + 0.3×7 = 8.1
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new TourismField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(8.1);
    }

    @Test
    void askedAgainAfterInvalidScores_theMentorSeesTheProblem() {
        // given: practicum-assessment calls the fragment again with the scoring problem
        Map<String, Object> variables = TourismTestEngine.fragmentVariables("st-tour-a02");
        SCORING_PROBLEM.putIn(variables, "Thiếu điểm score_safetyConduct / score_safetyConduct is missing");

        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-tour-a02", variables);

        // then
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(engine.getTaskService().getVariable(task(instance).getId(), SCORING_PROBLEM.name()))
                .isEqualTo("Thiếu điểm score_safetyConduct / score_safetyConduct is missing");
        complete(task(instance), evaluation(8.0, 8.0, 8.0));
        assertThat(instance).isEnded();
    }

    static Map<String, Object> evaluation(double service, double language, double safety) {
        Map<String, Object> evaluation = new HashMap<>();
        SCORE_SERVICE_QUALITY.putIn(evaluation, service);
        SCORE_LANGUAGE_COMMUNICATION.putIn(evaluation, language);
        SCORE_SAFETY_CONDUCT.putIn(evaluation, safety);
        FINAL_EVALUATION_COMMENT.putIn(evaluation, "Phục vụ khách tận tình, thuyết minh lưu loát");
        return evaluation;
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
