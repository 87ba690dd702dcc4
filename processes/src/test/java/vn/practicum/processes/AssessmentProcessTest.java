package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.CoreProcesses.Assessment;
import vn.practicum.processes.CoreProcesses.Generic;
import vn.practicum.processes.CoreProcesses.Variables;

/** {@code practicum-assessment}: pass with certificate, fail, and invalid scores sending the evaluation back. */
class AssessmentProcessTest extends CoreProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = engineExtension();

    private ProcessInstance startAssessment(String studentId) {
        return start(ProcessKeys.ASSESSMENT, studentId, placedStudent(studentId, 2));
    }

    @Test
    void aPassIsGradedCreditedAndCertified() {
        // given the mentor's evaluation and the student's report both outstanding
        String studentId = "as-pass-001";
        ProcessInstance assessment = startAssessment(studentId);
        assertThat(assessment).isWaitingAt(Assessment.FIELD_FINAL_EVALUATION, Assessment.SUBMIT_FINAL_REPORT);
        assertThat(assessment).calledProcessInstance(CoreProcesses.GENERIC_ASSESSMENT).isWaitingAt(Generic.FINAL_EVALUATION);
        assertThat(task(studentId, Generic.FINAL_EVALUATION)).isAssignedTo(MENTOR);
        assertThat(task(studentId, Assessment.SUBMIT_FINAL_REPORT)).isAssignedTo(studentId);

        // when the mentor scores 8, 7 and 9 (weights 0.3, 0.4, 0.3 -> 7.9) first
        complete(studentId, Generic.FINAL_EVALUATION, vars()
                .with(score("professionalConduct"), 8.0)
                .with(score("workQuality"), 7.0)
                .with(score("learningProgress"), 9.0)
                .with(Variables.FINAL_EVALUATION_COMMENT, "Hoàn thành tốt"));
        // then the join waits for the report
        assertThat(assessment).isWaitingAt(Assessment.SUBMIT_FINAL_REPORT).hasNotPassed(Assessment.COMPUTE_SCORE);

        // when the supervisor grades the report 9 (0.6 * 7.9 + 0.4 * 9 = 8.34 -> 8.3)
        submitFinalReport(studentId);
        assertThat(task(studentId, Assessment.GRADE_REPORT)).isAssignedTo("sup." + SCHOOL);
        gradeReport(studentId, 9.0);

        // then the score is computed, the grade is B+ and the coordinator recognises the credits
        assertThat(assessment).hasPassed(Assessment.COMPUTE_SCORE, Assessment.DECIDE_GRADE)
                .isWaitingAt(Assessment.RECOGNIZE_CREDITS);
        assertThat(assessment).variables()
                .containsEntry(PracticumVariables.MENTOR_SCORE.name(), 7.9)
                .containsEntry(PracticumVariables.FINAL_SCORE.name(), 8.3)
                .containsEntry(PracticumVariables.FINAL_GRADE.name(), "B+")
                .containsEntry(PracticumVariables.PASSED.name(), true);
        assertThat(task(studentId, Assessment.RECOGNIZE_CREDITS)).hasCandidateGroup(coordinators());
        recognizeCredits(studentId, 6);

        // when the certificate job (asyncBefore; on failure retried after 1 minute, 10 minutes, 1 hour) runs
        assertThat(assessment).isWaitingAt(Assessment.ISSUE_CERTIFICATE);
        Job certificateJob = job(studentId, Assessment.ISSUE_CERTIFICATE);
        assertThat(certificateJob.getRetries()).as("one attempt and a retry per interval").isEqualTo(4);
        execute(certificateJob);

        // then the certificate is issued and recorded
        String expectedNumber = "HTLV-" + Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue() + "-AS-PASS-001";
        assertThat(assessment).hasPassed(Assessment.PASSED).isEnded();
        assertThat(assessment).variables()
                .containsEntry(PracticumVariables.CREDITS_RECOGNISED.name(), 6)
                .containsEntry(PracticumVariables.CERTIFICATE_NUMBER.name(), expectedNumber);
        assertThat(PracticumTestEngine.jdbc(engine).queryForObject(
                "select final_grade from practicum_certificate where student_id = ?", String.class, studentId))
                .isEqualTo("B+");
    }

    @Test
    void aFailIsGradedFWithoutCreditsOrCertificate() {
        // given a student whose report is graded first this time
        String studentId = "as-fail-001";
        ProcessInstance assessment = startAssessment(studentId);
        submitFinalReport(studentId);
        gradeReport(studentId, 4.0);
        assertThat(assessment).isWaitingAt(Assessment.FIELD_FINAL_EVALUATION).hasNotPassed(Assessment.COMPUTE_SCORE);

        // when the mentor scores 3.5 on every criterion (0.6 * 3.5 + 0.4 * 4 = 3.7)
        finalEvaluation(studentId, 3.5);

        // then the grade is F and the assessment ends failed
        assertThat(assessment).hasPassed(Assessment.DECIDE_GRADE, Assessment.FAILED)
                .hasNotPassed(Assessment.RECOGNIZE_CREDITS, Assessment.ISSUE_CERTIFICATE).isEnded();
        assertThat(assessment).variables()
                .containsEntry(PracticumVariables.FINAL_SCORE.name(), 3.7)
                .containsEntry(PracticumVariables.FINAL_GRADE.name(), "F")
                .containsEntry(PracticumVariables.PASSED.name(), false)
                .doesNotContainKey(PracticumVariables.CERTIFICATE_NUMBER.name());
    }

    @Test
    void invalidScoresSendTheFieldEvaluationBackWithTheProblem() {
        // given the report graded
        String studentId = "as-invalid-001";
        ProcessInstance assessment = startAssessment(studentId);
        submitFinalReport(studentId);
        gradeReport(studentId, 8.0);

        // when the mentor's evaluation misses a criterion and has one out of range (the API bypasses form validation)
        complete(studentId, Generic.FINAL_EVALUATION, vars()
                .with(score("professionalConduct"), 11.0)
                .with(score("workQuality"), 8.0));

        // then scoring raises Error_InvalidScores and the field's evaluation is asked for again, with the problem
        assertThat(assessment).hasPassed(Assessment.INVALID_SCORES).isWaitingAt(Assessment.FIELD_FINAL_EVALUATION)
                .hasNotPassed(Assessment.DECIDE_GRADE);
        assertThat(assessment).variables().hasEntrySatisfying(Variables.SCORING_PROBLEM.name(), problem ->
                assertThat((String) problem).contains("score_professionalConduct must be between 0 and 10")
                        .contains("score_learningProgress is missing"));
        List<HistoricProcessInstance> evaluations = history(studentId, CoreProcesses.GENERIC_ASSESSMENT);
        assertThat(evaluations).hasSize(2);
        assertThat(evaluations.get(0).getEndTime()).isNotNull();
        assertThat(instance(studentId, CoreProcesses.GENERIC_ASSESSMENT).getId()).isEqualTo(evaluations.get(1).getId());

        // when the mentor corrects the scores
        finalEvaluation(studentId, 8.0);

        // then the join passes on the redone evaluation alone, and the assessment goes on (8.0 -> B+)
        assertThat(assessment).isWaitingAt(Assessment.RECOGNIZE_CREDITS);
        assertThat(assessment).variables()
                .containsEntry(PracticumVariables.FINAL_SCORE.name(), 8.0)
                .containsEntry(PracticumVariables.FINAL_GRADE.name(), "B+");
        recognizeCredits(studentId, 4);
        execute(job(studentId, Assessment.ISSUE_CERTIFICATE));
        assertThat(assessment).hasPassed(Assessment.PASSED).isEnded();
    }
}
