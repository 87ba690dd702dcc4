package vn.practicum.field.strategicmanagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.HOST;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.MENTOR;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SCORE_ANALYSIS_DEPTH;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SCORE_BUSINESS_JUDGEMENT;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SCORE_COMMUNICATION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SCORE_PROFESSIONAL_CONDUCT;

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

/** {@code strategic-management-assessment}: the mentor's final evaluation by the strategic-management rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "strategic-management-assessment";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(StrategicManagementTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void finalEvaluation_byTheMentor_givesTheScoresTheStrategicManagementRubricNeeds() {
        // given
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-sm-a01",
                StrategicManagementTestEngine.fragmentVariables("st-sm-a01"));
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(StrategicManagementTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        Map<String, Object> evaluation = new HashMap<>();
        SCORE_ANALYSIS_DEPTH.putIn(evaluation, 9.0);
        SCORE_COMMUNICATION.putIn(evaluation, 8.0);
        SCORE_BUSINESS_JUDGEMENT.putIn(evaluation, 7.0);
        SCORE_PROFESSIONAL_CONDUCT.putIn(evaluation, 10.0);
        FINAL_EVALUATION_COMMENT.putIn(evaluation, "Phân tích sâu, trình bày thuyết phục trước hội đồng");
        complete(task(instance), evaluation);

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.4×9 + 0.3×8 + 0.2×7 + 0.1×10 = 8.4
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new StrategicManagementField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(8.4);
    }

    @Test
    void aScoringProblem_isThereForTheFormToShow_whenTheEvaluationIsAskedAgain() {
        // given: practicum-assessment calls the fragment again after rubricScoring refused the scores
        Map<String, Object> variables = StrategicManagementTestEngine.fragmentVariables("st-sm-a02");
        StrategicManagementVariables.SCORING_PROBLEM.putIn(variables, "Thiếu điểm score_communication / score_communication is missing");

        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-sm-a02", variables);

        // then
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(instance).variables().containsEntry(StrategicManagementVariables.SCORING_PROBLEM.name(),
                "Thiếu điểm score_communication / score_communication is missing");
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
