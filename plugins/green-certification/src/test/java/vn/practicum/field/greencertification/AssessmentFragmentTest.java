package vn.practicum.field.greencertification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.HOST;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.MENTOR;
import static vn.practicum.field.greencertification.GreenCertificationVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SCORE_EVIDENCE_QUALITY;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SCORE_METHOD_RIGOUR;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SCORE_PROFESSIONAL_SCEPTICISM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SCORING_PROBLEM;

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

/** {@code green-certification-assessment}: the mentor's final evaluation by the green-certification rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "green-certification-assessment";

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
    void finalEvaluation_byTheMentor_givesTheScoresTheGreenCertificationRubricNeeds() {
        // given
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-green-a01",
                GreenCertificationTestEngine.fragmentVariables("st-green-a01"));
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(GreenCertificationTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), evaluation(9.0, 8.0, 7.0));

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.4×9 + 0.35×8 + 0.25×7 = 8.15
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new GreenCertificationField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(8.15);
    }

    @Test
    void askedAgainAfterInvalidScores_theMentorSeesTheProblem() {
        // given: practicum-assessment calls the fragment again with the scoring problem
        Map<String, Object> variables = GreenCertificationTestEngine.fragmentVariables("st-green-a02");
        SCORING_PROBLEM.putIn(variables, "Thiếu điểm score_professionalScepticism / score_professionalScepticism is missing");

        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-green-a02", variables);

        // then
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(engine.getTaskService().getVariable(task(instance).getId(), SCORING_PROBLEM.name()))
                .isEqualTo("Thiếu điểm score_professionalScepticism / score_professionalScepticism is missing");
        complete(task(instance), evaluation(8.0, 8.0, 8.0));
        assertThat(instance).isEnded();
    }

    static Map<String, Object> evaluation(double method, double evidence, double scepticism) {
        Map<String, Object> evaluation = new HashMap<>();
        SCORE_METHOD_RIGOUR.putIn(evaluation, method);
        SCORE_EVIDENCE_QUALITY.putIn(evaluation, evidence);
        SCORE_PROFESSIONAL_SCEPTICISM.putIn(evaluation, scepticism);
        FINAL_EVALUATION_COMMENT.putIn(evaluation, "Truy vết bằng chứng cẩn thận, giữ khách quan");
        return evaluation;
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
