package vn.practicum.field.digitaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.ASSESSMENT_BPMN;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.FINAL_EVALUATION_FORM;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.HOST;
import static vn.practicum.field.digitaldata.DigitalDataTestEngine.MENTOR;
import static vn.practicum.field.digitaldata.DigitalDataVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SCORE_ARCHIVAL_PRACTICE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SCORE_DATA_INTEGRITY;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SCORE_DATA_QUALITY;

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

/** {@code digital-data-assessment}: the mentor's final evaluation by the digital-data rubric. */
@Deployment(resources = {ASSESSMENT_BPMN, FINAL_EVALUATION_FORM})
class AssessmentFragmentTest {

    static final String PROCESS = "digital-data-assessment";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(DigitalDataTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void finalEvaluation_byTheMentor_givesTheScoresTheDigitalDataRubricNeeds() {
        // given
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-dd-a01",
                DigitalDataTestEngine.fragmentVariables("st-dd-a01"));
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(DigitalDataTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        Map<String, Object> evaluation = new HashMap<>();
        SCORE_DATA_QUALITY.putIn(evaluation, 9.0);
        SCORE_DATA_INTEGRITY.putIn(evaluation, 8.0);
        SCORE_ARCHIVAL_PRACTICE.putIn(evaluation, 6.0);
        FINAL_EVALUATION_COMMENT.putIn(evaluation, "Lô số hóa đạt chuẩn, bảng kê mã băm đầy đủ");
        complete(task(instance), evaluation);

        // then
        assertThat(instance).hasPassed("EndEvent_FinalEvaluationDone").isEnded();
        // the engine's rubricScoring finds every criterion of the field's rubric: 0.4×9 + 0.35×8 + 0.25×6 = 7.9
        double mentorScore = new RubricScoring(new BigDecimal("0.6"))
                .mentorScore(new DigitalDataField().rubric(), name -> historicNumber(instance, name));
        assertThat(mentorScore).isEqualTo(7.9);
    }

    @Test
    void aScoringProblem_isThereForTheFormToShow_whenTheEvaluationIsAskedAgain() {
        // given: practicum-assessment calls the fragment again after rubricScoring refused the scores
        Map<String, Object> variables = DigitalDataTestEngine.fragmentVariables("st-dd-a02");
        DigitalDataVariables.SCORING_PROBLEM.putIn(variables, "Thiếu điểm score_dataIntegrity / score_dataIntegrity is missing");

        // when
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-dd-a02", variables);

        // then
        assertThat(instance).isWaitingAt("Task_FinalEvaluation");
        assertThat(instance).variables().containsEntry(DigitalDataVariables.SCORING_PROBLEM.name(),
                "Thiếu điểm score_dataIntegrity / score_dataIntegrity is missing");
    }

    private static Number historicNumber(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : (Number) variable.getValue();
    }
}
