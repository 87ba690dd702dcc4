package vn.practicum.field.informationtechnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.HOST;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.MENTOR;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SCORE_PROFESSIONAL_CONDUCT;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SCORE_SECURITY_PRACTICE;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SCORE_TECHNICAL_QUALITY;

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

/** {@code information-technology-assessment}: the mentor's final evaluation by the IT rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "information-technology-assessment";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InformationTechnologyTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void finalEvaluation_byTheMentor_givesTheScoresTheItRubricNeeds() {
        // given
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-it-a01",
                InformationTechnologyTestEngine.fragmentVariables("st-it-a01"));
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(InformationTechnologyTestEngine.candidateGroups(engine, task(instance)))
                .containsExactly(Groups.businessMentors(HOST));

        // when
        Map<String, Object> evaluation = new HashMap<>();
        SCORE_TECHNICAL_QUALITY.putIn(evaluation, 8.0);
        SCORE_SECURITY_PRACTICE.putIn(evaluation, 9.0);
        SCORE_PROFESSIONAL_CONDUCT.putIn(evaluation, 7.0);
        FINAL_EVALUATION_COMMENT.putIn(evaluation, "Hoàn thành tốt hồ sơ cấp độ và hỗ trợ người dân cài VNeID");
        complete(task(instance), evaluation);

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.4×8 + 0.35×9 + 0.25×7 = 8.1
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new InformationTechnologyField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(8.1);
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
