package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.field.FragmentResolver;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.processes.CoreProcesses.Generic;
import vn.practicum.processes.CoreProcesses.Variables;

/** The generic fragments, which a field without its own plugin runs: every path of each. */
class GenericFragmentsTest extends CoreProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = engineExtension();

    @Test
    void withoutAPluginTheFieldRunsTheGenericFragments() {
        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of()));

        assertThat(fragments.processKey(TOURISM, Stage.PLACEMENT.processSuffix())).isEqualTo(CoreProcesses.GENERIC_PLACEMENT);
        assertThat(fragments.processKey(TOURISM, Stage.MENTORING.processSuffix())).isEqualTo(CoreProcesses.GENERIC_MENTORING);
        assertThat(fragments.processKey(TOURISM, Stage.ASSESSMENT.processSuffix())).isEqualTo(CoreProcesses.GENERIC_ASSESSMENT);
    }

    @Test
    void placementChecksSendDocumentsBackUntilTheyAreVerified() {
        // given the generic placement checks of a placed student
        String studentId = "gf-placement-001";
        ProcessInstance checks = start(CoreProcesses.GENERIC_PLACEMENT, studentId, placedStudent(studentId, 1));
        assertThat(task(studentId, Generic.SUBMIT_FIELD_DOCUMENTS)).isAssignedTo(studentId);
        submitFieldDocuments(studentId);
        assertThat(task(studentId, Generic.VERIFY_FIELD_DOCUMENTS)).hasCandidateGroup(coordinators());
        StudentStage stage = PracticumTestEngine.tracking(engine).find(studentId).orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo(Generic.VERIFY_FIELD_DOCUMENTS);

        // when the coordinator sends them back
        verifyFieldDocuments(studentId, false);

        // then the student submits again, and the next check starts undecided
        assertThat(checks).isWaitingAt(Generic.SUBMIT_FIELD_DOCUMENTS);
        submitFieldDocuments(studentId);
        assertThat(checks).variables().doesNotContainKey(Variables.FIELD_DOCUMENTS_VERIFIED.name());
        verifyFieldDocuments(studentId, true);

        // then the checks pass
        assertThat(checks).hasPassed(Generic.FIELD_CHECKS_PASSED).isEnded();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(checks.getId())
                .taskDefinitionKey(Generic.SUBMIT_FIELD_DOCUMENTS).count()).isEqualTo(2);
    }

    @Test
    void aMilestoneNotConfirmedIsReportedAgain() {
        String studentId = "gf-mentoring-001";
        ProcessInstance milestones = start(CoreProcesses.GENERIC_MENTORING, studentId, placedStudent(studentId, 1));
        assertThat(task(studentId, Generic.REPORT_FIELD_MILESTONE)).isAssignedTo(studentId);
        reportFieldMilestone(studentId);
        assertThat(task(studentId, Generic.CONFIRM_FIELD_MILESTONE)).isAssignedTo(MENTOR);

        confirmFieldMilestone(studentId, false);

        assertThat(milestones).isWaitingAt(Generic.REPORT_FIELD_MILESTONE);
        reportFieldMilestone(studentId);
        confirmFieldMilestone(studentId, true);
        assertThat(milestones).hasPassed(Generic.FIELD_MILESTONES_DONE).isEnded();
        assertThat(milestones).variables().containsEntry(Variables.FIELD_MILESTONE_CONFIRMED.name(), true);
    }

    @Test
    void theFinalEvaluationKeepsTheRubricScores() {
        String studentId = "gf-assessment-001";
        ProcessInstance evaluation = start(CoreProcesses.GENERIC_ASSESSMENT, studentId, placedStudent(studentId, 1));
        assertThat(task(studentId, Generic.FINAL_EVALUATION)).isAssignedTo(MENTOR);
        StudentStage stage = PracticumTestEngine.tracking(engine).find(studentId).orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.ASSESSMENT);

        finalEvaluation(studentId, 7.5);

        assertThat(evaluation).hasPassed(Generic.FINAL_EVALUATION_DONE).isEnded();
        assertThat(evaluation).variables()
                .containsEntry(score("professionalConduct").name(), 7.5)
                .containsEntry(score("workQuality").name(), 7.5)
                .containsEntry(score("learningProgress").name(), 7.5)
                .containsKey(Variables.FINAL_EVALUATION_COMMENT.name())
                .containsEntry(PracticumVariables.MENTOR_ID.name(), MENTOR);
    }
}
