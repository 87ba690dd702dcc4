package vn.practicum.field.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.HOST;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.MENTOR;
import static vn.practicum.field.ecommerce.ECommerceVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.ecommerce.ECommerceVariables.SCORE_CAMPAIGN_EXECUTION;
import static vn.practicum.field.ecommerce.ECommerceVariables.SCORE_COMPLIANCE;
import static vn.practicum.field.ecommerce.ECommerceVariables.SCORE_MEASURED_RESULTS;
import static vn.practicum.field.ecommerce.ECommerceVariables.SCORE_PROFESSIONAL_CONDUCT;

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

/** {@code e-commerce-assessment}: the mentor's final evaluation by the e-commerce rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "e-commerce-assessment";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ECommerceTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void finalEvaluation_byTheMentor_givesTheScoresTheECommerceRubricNeeds() {
        // given
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-ec-a01",
                ECommerceTestEngine.fragmentVariables("st-ec-a01"));
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(ECommerceTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        Map<String, Object> evaluation = new HashMap<>();
        SCORE_MEASURED_RESULTS.putIn(evaluation, 9.0);
        SCORE_COMPLIANCE.putIn(evaluation, 8.0);
        SCORE_CAMPAIGN_EXECUTION.putIn(evaluation, 7.0);
        SCORE_PROFESSIONAL_CONDUCT.putIn(evaluation, 6.0);
        FINAL_EVALUATION_COMMENT.putIn(evaluation, "Chiến dịch vượt mục tiêu doanh thu, nội dung quảng cáo đúng quy định");
        complete(task(instance), evaluation);

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.35×9 + 0.3×8 + 0.2×7 + 0.15×6 = 7.85
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new ECommerceField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(7.85);
    }

    @Test
    void aScoringProblem_isThereForTheFormToShow_whenTheEvaluationIsAskedAgain() {
        // given: practicum-assessment calls the fragment again after rubricScoring refused the scores
        Map<String, Object> variables = ECommerceTestEngine.fragmentVariables("st-ec-a02");
        ECommerceVariables.SCORING_PROBLEM.putIn(variables, "Thiếu điểm score_compliance / score_compliance is missing");

        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-ec-a02", variables);

        // then
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(instance).variables().containsEntry(ECommerceVariables.SCORING_PROBLEM.name(),
                "Thiếu điểm score_compliance / score_compliance is missing");
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
