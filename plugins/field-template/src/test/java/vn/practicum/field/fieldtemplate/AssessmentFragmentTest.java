package vn.practicum.field.fieldtemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.HOST;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.MENTOR;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.SCORE_FIELD_SKILLS;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.SCORE_PROFESSIONAL_CONDUCT;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.SCORE_WORK_QUALITY;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.SCORING_PROBLEM;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

/** {@code field-template-assessment}: the mentor's final evaluation by the field's rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "field-template-assessment";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(FieldTemplateTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void finalEvaluation_byTheMentor_givesTheScoresTheFieldsRubricNeeds() {
        // given
        ProcessInstance instance = start("st-ft-a01", new HashMap<>());
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(FieldTemplateTestEngine.candidateGroups(engine, task(instance)))
                .containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), evaluation(8.0, 9.0, 7.0));

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.4×8 + 0.35×9 + 0.25×7 = 8.1
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new FieldTemplateField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(8.1);
    }

    @Test
    void askedAgainAfterAScoringProblem_theMentorSeesTheProblem_andScoresAgain() throws Exception {
        // given: practicum-assessment calls the fragment again with the problem rubricScoring found
        Map<String, Object> variables = new HashMap<>();
        SCORING_PROBLEM.putIn(variables, "Thiếu điểm tiêu chí score_workQuality / Missing score score_workQuality");
        ProcessInstance instance = start("st-ft-a02", variables);

        // then: the form shows scoringProblem to the mentor
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task(instance).getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"key\": \"" + SCORING_PROBLEM.name() + "\"");
        }
        assertThat(engine.getTaskService().getVariable(task(instance).getId(), SCORING_PROBLEM.name()))
                .isEqualTo("Thiếu điểm tiêu chí score_workQuality / Missing score score_workQuality");

        // when
        complete(task(instance), evaluation(6.5, 7.0, 8.0));

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
    }

    private static ProcessInstance start(String studentId, Map<String, Object> extra) {
        Map<String, Object> variables = FieldTemplateTestEngine.fragmentVariables(studentId);
        variables.putAll(extra);
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, variables);
    }

    static Map<String, Object> evaluation(double fieldSkills, double workQuality, double professionalConduct) {
        Map<String, Object> variables = new HashMap<>();
        SCORE_FIELD_SKILLS.putIn(variables, fieldSkills);
        SCORE_WORK_QUALITY.putIn(variables, workQuality);
        SCORE_PROFESSIONAL_CONDUCT.putIn(variables, professionalConduct);
        FINAL_EVALUATION_COMMENT.putIn(variables, "Chủ động, hoàn thành đúng hạn các nhiệm vụ được giao");
        return variables;
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
