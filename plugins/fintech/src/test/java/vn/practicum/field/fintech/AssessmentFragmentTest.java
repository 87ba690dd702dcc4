package vn.practicum.field.fintech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.fintech.FintechTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.fintech.FintechTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.fintech.FintechTestEngine.HOST;
import static vn.practicum.field.fintech.FintechTestEngine.MENTOR;
import static vn.practicum.field.fintech.FintechVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.fintech.FintechVariables.SCORE_PROFESSIONAL_CONDUCT;
import static vn.practicum.field.fintech.FintechVariables.SCORE_REGULATORY_COMPLIANCE;
import static vn.practicum.field.fintech.FintechVariables.SCORE_TECHNICAL_QUALITY;
import static vn.practicum.field.fintech.FintechVariables.SCORING_PROBLEM;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.assessment.RubricScoring;
import vn.practicum.engine.lifecycle.Groups;

/** {@code fintech-assessment}: the mentor's final evaluation by the fintech rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "fintech-assessment";

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
    void finalEvaluation_byTheMentor_givesTheScoresTheFintechRubricNeeds() {
        // given
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-ft-a01",
                FintechTestEngine.fragmentVariables("st-ft-a01"));
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(FintechTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), evaluation(9.0, 8.0, 7.0));

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.4×9 + 0.4×8 + 0.2×7 = 8.2
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new FintechField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(8.2);
    }

    @Test
    void evaluationAskedAgainAfterInvalidScores_showsTheMentorWhy() throws Exception {
        // given: practicum-assessment calls the fragment again with the scoring problem
        Map<String, Object> variables = FintechTestEngine.fragmentVariables("st-ft-a02");
        SCORING_PROBLEM.putIn(variables, "score_technicalQuality must be between 0 and 10, not 12");

        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-ft-a02", variables);

        // then: the task's form shows scoringProblem, which the task can read
        Task evaluation = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .initializeFormKeys().singleResult();
        assertThat(engine.getTaskService().getVariable(evaluation.getId(), SCORING_PROBLEM.name()))
                .isEqualTo("score_technicalQuality must be between 0 and 10, not 12");
        try (InputStream form = engine.getFormService().getDeployedTaskForm(evaluation.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"key\": \"scoringProblem\"", "\"hide\": \"=scoringProblem = null\"");
        }

        // when
        complete(task(instance), evaluation(8.0, 10.0, 9.0));

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
    }

    private static Map<String, Object> evaluation(double compliance, double technical, double conduct) {
        Map<String, Object> evaluation = new HashMap<>();
        SCORE_REGULATORY_COMPLIANCE.putIn(evaluation, compliance);
        SCORE_TECHNICAL_QUALITY.putIn(evaluation, technical);
        SCORE_PROFESSIONAL_CONDUCT.putIn(evaluation, conduct);
        FINAL_EVALUATION_COMMENT.putIn(evaluation, "Tuân thủ nghiêm quy định sandbox, thử nghiệm có phương pháp");
        return evaluation;
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
