package vn.practicum.field.vocationaldigitaltransformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.HOST;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.MENTOR;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_COMPLETION_RATE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.SCORE_LEARNER_ADOPTION;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.SCORE_PEDAGOGICAL_DESIGN;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.SCORE_PROFESSIONAL_CONDUCT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.SCORING_PROBLEM;

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

/** {@code vocational-digital-transformation-assessment}: the mentor's final evaluation by the field's rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "vocational-digital-transformation-assessment";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(VdtTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void finalEvaluation_byTheMentor_givesTheScoresTheFieldsRubricNeeds_seeingThePilotsMetrics() {
        // given
        Map<String, Object> variables = VdtTestEngine.fragmentVariables("st-vdt-a01");
        PILOT_COMPLETION_RATE.putIn(variables, 78.1);
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-vdt-a01", variables);
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(VdtTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));
        assertThat(engine.getTaskService().getVariable(task(instance).getId(), PILOT_COMPLETION_RATE.name())).isEqualTo(78.1);

        // when
        complete(task(instance), evaluation(9.0, 8.0, 7.0));

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.4×9 + 0.35×8 + 0.25×7 = 8.15
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new VocationalDigitalTransformationField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(8.15);
    }

    @Test
    void evaluationAskedAgainAfterInvalidScores_showsTheMentorWhy() throws Exception {
        // given: practicum-assessment calls the fragment again with the scoring problem
        Map<String, Object> variables = VdtTestEngine.fragmentVariables("st-vdt-a02");
        SCORING_PROBLEM.putIn(variables, "score_learnerAdoption must be between 0 and 10, not 12");

        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-vdt-a02", variables);

        // then: the task's form shows scoringProblem, which the task can read
        Task evaluation = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .initializeFormKeys().singleResult();
        assertThat(engine.getTaskService().getVariable(evaluation.getId(), SCORING_PROBLEM.name()))
                .isEqualTo("score_learnerAdoption must be between 0 and 10, not 12");
        try (InputStream form = engine.getFormService().getDeployedTaskForm(evaluation.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"key\": \"scoringProblem\"", "\"hide\": \"=scoringProblem = null\"");
        }

        // when
        complete(task(instance), evaluation(8.0, 10.0, 9.0));

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
    }

    private static Map<String, Object> evaluation(double pedagogy, double adoption, double conduct) {
        Map<String, Object> evaluation = new HashMap<>();
        SCORE_PEDAGOGICAL_DESIGN.putIn(evaluation, pedagogy);
        SCORE_LEARNER_ADOPTION.putIn(evaluation, adoption);
        SCORE_PROFESSIONAL_CONDUCT.putIn(evaluation, conduct);
        FINAL_EVALUATION_COMMENT.putIn(evaluation, "Học phần được học viên đón nhận, 78% hoàn thành");
        return evaluation;
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
