package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.lifecycle.WithdrawalParty;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StageStep;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.processes.CoreProcesses.Assessment;
import vn.practicum.processes.CoreProcesses.Enrolment;
import vn.practicum.processes.CoreProcesses.Generic;
import vn.practicum.processes.CoreProcesses.Mentoring;
import vn.practicum.processes.CoreProcesses.Placement;
import vn.practicum.processes.CoreProcesses.Practicum;

/** The practicum process end to end: every outcome of its gateways, withdrawal, and the enrolment stage's paths. */
class PracticumLifecycleTest extends CoreProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = engineExtension();

    private static final List<String> STAGE_PROCESSES =
            List.of(ProcessKeys.ENROLMENT, ProcessKeys.PLACEMENT, ProcessKeys.MENTORING, ProcessKeys.ASSESSMENT);
    private static final List<String> GENERIC_FRAGMENTS =
            List.of(CoreProcesses.GENERIC_PLACEMENT, CoreProcesses.GENERIC_MENTORING, CoreProcesses.GENERIC_ASSESSMENT);

    @Test
    void completesTheWholeLifecycleWithTheGenericFragmentsForAFieldWithoutPlugin() {
        // given a tourism student (no tourism plugin on the classpath) on a two-logbook calendar
        String studentId = "lc-happy-001";
        ProcessInstance practicum = start(ProcessKeys.PRACTICUM, studentId, practicumStart(studentId, TOURISM, 2));

        // when the eligible student is approved and consents
        assertThat(practicum).isActive().isWaitingAt(Practicum.CALL_ENROLMENT);
        ProcessInstance enrolment = instance(studentId, ProcessKeys.ENROLMENT);
        assertThat(enrolment).hasPassed(Enrolment.CHECK_ELIGIBILITY).isWaitingAt(Enrolment.APPROVE_ENROLMENT);
        assertThat(task(studentId, Enrolment.APPROVE_ENROLMENT)).hasCandidateGroup(coordinators());
        enrol(studentId);

        // then enrolment ends ENROLLED and placement starts
        assertThat(enrolment).hasPassed(Enrolment.ENROLLED).isEnded();
        assertThat(practicum).hasPassed(Practicum.CALL_ENROLMENT).isWaitingAt(Practicum.CALL_PLACEMENT);
        assertThat(practicum).variables().containsEntry(PracticumVariables.ENROLMENT_OUTCOME.name(), "ENROLLED")
                .containsEntry(PracticumVariables.ELIGIBLE.name(), true);

        // when the coordinator proposes a host, the tracking model shows where the student is
        submitPreferences(studentId);
        proposeHost(studentId, HOST);
        StudentStage atReview = PracticumTestEngine.tracking(engine).find(studentId).orElseThrow();
        assertThat(atReview.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(atReview.stepId()).isEqualTo(Placement.REVIEW_CANDIDATE);
        assertThat(atReview.hostCode()).isEqualTo(HOST);
        hostDecides(studentId, "ACCEPT");
        answerOffer(studentId, true);
        signAgreement(studentId);

        // then the field's placement checks are the generic fragment, tourism having no plugin
        assertThat(instance(studentId, ProcessKeys.PLACEMENT)).isWaitingAt(Placement.FIELD_PLACEMENT_CHECKS);
        assertThat(instance(studentId, CoreProcesses.GENERIC_PLACEMENT)).isWaitingAt(Generic.SUBMIT_FIELD_DOCUMENTS);
        submitFieldDocuments(studentId);
        verifyFieldDocuments(studentId, true);
        assignMentor(studentId);

        // when mentoring runs: two logbooks, mid-term, site visit, field milestone
        assertThat(practicum).isWaitingAt(Practicum.CALL_MENTORING);
        assertThat(openTasks(studentId)).containsExactly(Generic.REPORT_FIELD_MILESTONE);
        mentor(studentId, 2);

        // and assessment: mentor 9 on every criterion, report 8 -> 0.6 * 9 + 0.4 * 8 = 8.6 -> A
        assertThat(practicum).isWaitingAt(Practicum.CALL_ASSESSMENT);
        finalEvaluation(studentId, 9.0);
        submitFinalReport(studentId);
        gradeReport(studentId, 8.0);
        recognizeCredits(studentId, 6);
        execute(job(studentId, Assessment.ISSUE_CERTIFICATE));

        // then the practicum is completed with an A and a certificate
        assertThat(practicum).hasPassedInOrder(Practicum.CALL_ENROLMENT, Practicum.CALL_PLACEMENT,
                Practicum.CALL_MENTORING, Practicum.CALL_ASSESSMENT, Practicum.COMPLETED).isEnded();
        assertThat(practicum).variables()
                .containsEntry(PracticumVariables.FINAL_SCORE.name(), 8.6)
                .containsEntry(PracticumVariables.FINAL_GRADE.name(), "A")
                .containsEntry(PracticumVariables.PASSED.name(), true)
                .containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 2)
                .containsKey(PracticumVariables.CERTIFICATE_NUMBER.name());
        // and every stage and every generic fragment ran once, and all ended
        for (String key : STAGE_PROCESSES) {
            assertThat(history(studentId, key)).as(key).hasSize(1).allMatch(pi -> pi.getEndTime() != null);
        }
        for (String key : GENERIC_FRAGMENTS) {
            assertThat(history(studentId, key)).as(key).hasSize(1).allMatch(pi -> pi.getEndTime() != null);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(studentId).count()).isZero();

        // and the tracking model shows the final stage, the history who acted and when each step ended
        StudentStage done = PracticumTestEngine.tracking(engine).find(studentId).orElseThrow();
        assertThat(done.stage()).isEqualTo(Stage.COMPLETED);
        assertThat(done.stepId()).isEqualTo(Practicum.COMPLETED);
        assertThat(done.outcome()).isEqualTo("A");
        assertThat(done.mentorId()).isEqualTo(MENTOR);
        List<StageStep> steps = PracticumTestEngine.tracking(engine).history(studentId);
        assertThat(steps).filteredOn(step -> step.stepId().equals(Enrolment.APPROVE_ENROLMENT)).singleElement()
                .satisfies(step -> {
                    assertThat(step.stage()).isEqualTo(Stage.ENROLMENT);
                    assertThat(step.actor()).isEqualTo(COORDINATOR);
                    assertThat(step.endedAt()).isNotNull();
                    assertThat(step.outcome()).isEqualTo("COMPLETED");
                });
        assertThat(steps).filteredOn(step -> step.stepId().equals(Enrolment.RECORD_CONSENT)).singleElement()
                .satisfies(step -> assertThat(step.actor()).isEqualTo(studentId));
        assertThat(steps).filteredOn(step -> step.stepId().equals(Mentoring.REVIEW_LOGBOOK)).hasSize(2)
                .allSatisfy(step -> {
                    assertThat(step.stage()).isEqualTo(Stage.MENTORING);
                    assertThat(step.actor()).isEqualTo(MENTOR);
                    assertThat(step.endedAt()).isNotNull();
                });
        assertThat(steps).filteredOn(step -> step.stepId().equals(Generic.FINAL_EVALUATION)).singleElement()
                .satisfies(step -> assertThat(step.stage()).isEqualTo(Stage.ASSESSMENT));
        assertThat(steps).filteredOn(step -> step.stage() != Stage.COMPLETED).allSatisfy(step ->
                assertThat(step.endedAt()).as(step.stepId()).isNotNull());
    }

    @Test
    void closesWhenTheStudentIsNotEligible() {
        // given a student with too few credits
        String studentId = "lc-noteligible-001";
        ProcessInstance practicum = start(ProcessKeys.PRACTICUM, studentId, practicumStart(studentId, TOURISM, 2)
                .with(PracticumVariables.CREDITS_EARNED, 60));

        // then the eligibility table turns them down and the practicum closes without a task
        HistoricProcessInstance enrolment = history(studentId, ProcessKeys.ENROLMENT).get(0);
        assertThat(enrolment.getEndActivityId()).isEqualTo(Enrolment.NOT_ELIGIBLE);
        assertThat(practicum).hasPassed(Practicum.NOT_ENROLLED).hasNotPassed(Practicum.CALL_PLACEMENT).isEnded();
        assertThat(practicum).variables()
                .containsEntry(PracticumVariables.ELIGIBLE.name(), false)
                .containsEntry(PracticumVariables.ELIGIBILITY_REASON.name(), "Chưa đủ số tín chỉ tối thiểu (90)")
                .containsEntry(PracticumVariables.ENROLMENT_OUTCOME.name(), "NOT_ELIGIBLE");
        assertClosedAt(studentId, Practicum.NOT_ENROLLED);
    }

    @Test
    void closesWhenTheCoordinatorRejectsTheEnrolment() {
        String studentId = "lc-rejected-001";
        ProcessInstance practicum = start(ProcessKeys.PRACTICUM, studentId, practicumStart(studentId, TOURISM, 2));

        approveEnrolment(studentId, false);

        assertThat(history(studentId, ProcessKeys.ENROLMENT).get(0).getEndActivityId()).isEqualTo(Enrolment.REJECTED);
        assertThat(practicum).hasPassed(Practicum.NOT_ENROLLED).isEnded();
        assertThat(practicum).variables().containsEntry(PracticumVariables.ENROLMENT_OUTCOME.name(), "REJECTED");
        assertClosedAt(studentId, Practicum.NOT_ENROLLED);
    }

    @Test
    void closesWhenTheStudentRefusesConsent() {
        String studentId = "lc-noconsent-001";
        ProcessInstance practicum = start(ProcessKeys.PRACTICUM, studentId, practicumStart(studentId, TOURISM, 2));
        approveEnrolment(studentId, true);
        assertThat(task(studentId, Enrolment.RECORD_CONSENT)).isAssignedTo(studentId);

        recordConsent(studentId, false);

        assertThat(history(studentId, ProcessKeys.ENROLMENT).get(0).getEndActivityId()).isEqualTo(Enrolment.NO_CONSENT);
        assertThat(practicum).hasPassed(Practicum.NOT_ENROLLED).isEnded();
        assertThat(practicum).variables().containsEntry(PracticumVariables.ENROLMENT_OUTCOME.name(), "NO_CONSENT");
        assertClosedAt(studentId, Practicum.NOT_ENROLLED);
    }

    @Test
    void closesWhenNoPlacementIsPossible() {
        String studentId = "lc-notplaced-001";
        ProcessInstance practicum = start(ProcessKeys.PRACTICUM, studentId, practicumStart(studentId, TOURISM, 2));
        enrol(studentId);
        submitPreferences(studentId);

        noPlacementPossible(studentId);

        assertThat(history(studentId, ProcessKeys.PLACEMENT).get(0).getEndActivityId()).isEqualTo(Placement.NOT_PLACED);
        assertThat(practicum).hasPassed(Practicum.NOT_PLACED).hasNotPassed(Practicum.CALL_MENTORING).isEnded();
        assertThat(practicum).variables().containsEntry(PracticumVariables.PLACEMENT_OUTCOME.name(), "NOT_PLACED");
        assertClosedAt(studentId, Practicum.NOT_PLACED);
    }

    @Test
    void closesWhenTheFinalGradeIsF() {
        // given a placed student whose mentoring is over (started at the assessment)
        String studentId = "lc-failed-001";
        ProcessInstance practicum = runtimeService.createProcessInstanceByKey(ProcessKeys.PRACTICUM)
                .businessKey(studentId)
                .setVariables(placedStudent(studentId, 2).map())
                .startBeforeActivity(Practicum.CALL_ASSESSMENT)
                .execute();

        // when mentor and supervisor score low: 0.6 * 3 + 0.4 * 3 = 3.0
        finalEvaluation(studentId, 3.0);
        submitFinalReport(studentId);
        gradeReport(studentId, 3.0);

        // then the grade is F and the practicum closes without certificate
        assertThat(history(studentId, ProcessKeys.ASSESSMENT).get(0).getEndActivityId()).isEqualTo(Assessment.FAILED);
        assertThat(practicum).hasPassed(Practicum.FAILED).hasNotPassed(Practicum.COMPLETED).isEnded();
        assertThat(practicum).variables()
                .containsEntry(PracticumVariables.FINAL_GRADE.name(), "F")
                .containsEntry(PracticumVariables.PASSED.name(), false)
                .doesNotContainKey(PracticumVariables.CERTIFICATE_NUMBER.name());
        StudentStage closed = assertClosedAt(studentId, Practicum.FAILED);
        assertThat(closed.outcome()).isEqualTo("Không đạt");
    }

    @Test
    void withdrawalDuringEnrolmentEndsTheInstanceAndItsStage() {
        // given a practicum started the way the application starts it, waiting for the coordinator
        String studentId = "lc-withdraw-enrol-001";
        PracticumLifecycle lifecycle = PracticumTestEngine.lifecycle(engine);
        ProcessInstance practicum = lifecycle.start(PracticumTestEngine.eligibleStudent(studentId, SCHOOL, TOURISM));
        assertThat(instance(studentId, ProcessKeys.ENROLMENT)).isWaitingAt(Enrolment.APPROVE_ENROLMENT);

        // when the school withdraws the student
        lifecycle.withdraw(studentId, WithdrawalParty.SCHOOL, "Sinh viên bảo lưu kết quả học tập");

        // then the practicum and its enrolment stage ended, and the student is WITHDRAWN
        assertThat(practicum).hasPassed(Practicum.WITHDRAWAL_REQUESTED, Practicum.WITHDRAWN)
                .hasNotPassed(Practicum.NOT_ENROLLED).isEnded();
        assertWithdrawn(studentId, "SCHOOL: Sinh viên bảo lưu kết quả học tập", Enrolment.APPROVE_ENROLMENT);
        assertThat(history(studentId, ProcessKeys.ENROLMENT)).singleElement()
                .satisfies(enrolment -> assertThat(enrolment.getEndTime()).isNotNull());
    }

    @Test
    void withdrawalDuringMentoringEndsTheInstanceItsStageAndTheFieldFragment() {
        // given a placed student waiting for the mentor's review of the first logbook
        String studentId = "lc-withdraw-mentor-001";
        PracticumLifecycle lifecycle = PracticumTestEngine.lifecycle(engine);
        ProcessInstance practicum = lifecycle.start(PracticumTestEngine.eligibleStudent(studentId, SCHOOL, TOURISM));
        enrol(studentId);
        place(studentId);
        execute(job(studentId, Mentoring.LOGBOOK_DUE));
        submitLogbook(studentId);
        assertThat(instance(studentId, ProcessKeys.MENTORING)).isWaitingAt(Mentoring.REVIEW_LOGBOOK,
                Mentoring.MIDTERM_DUE, Mentoring.FIELD_MILESTONES);
        assertThat(instance(studentId, CoreProcesses.GENERIC_MENTORING)).isWaitingAt(Generic.REPORT_FIELD_MILESTONE);

        // when the student withdraws
        lifecycle.withdraw(studentId, WithdrawalParty.STUDENT, "Lý do sức khỏe");

        // then the practicum, the mentoring stage and the generic milestones fragment ended, no timer is left
        assertThat(practicum).hasPassed(Practicum.WITHDRAWN).hasNotPassed(Practicum.CALL_ASSESSMENT).isEnded();
        assertThat(history(studentId, ProcessKeys.MENTORING)).singleElement()
                .satisfies(mentoring -> assertThat(mentoring.getEndTime()).isNotNull());
        assertThat(history(studentId, CoreProcesses.GENERIC_MENTORING)).singleElement()
                .satisfies(fragment -> assertThat(fragment.getEndTime()).isNotNull());
        List<String> instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(studentId)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        assertThat(instances).hasSize(6); // practicum, enrolment, placement, generic-placement, mentoring, generic-mentoring
        assertThat(managementService.createJobQuery().list()).noneMatch(job -> instances.contains(job.getProcessInstanceId()));
        assertWithdrawn(studentId, "STUDENT: Lý do sức khỏe", Mentoring.REVIEW_LOGBOOK);
    }

    private void assertWithdrawn(String studentId, String outcome, String interruptedStep) {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(studentId).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(studentId).count()).isZero();
        StudentStage stage = PracticumTestEngine.tracking(engine).find(studentId).orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(stage.stepId()).isEqualTo(Practicum.WITHDRAWN);
        assertThat(stage.outcome()).isEqualTo(outcome);
        List<StageStep> steps = PracticumTestEngine.tracking(engine).history(studentId);
        assertThat(steps).filteredOn(step -> step.stepId().equals(interruptedStep)).last()
                .satisfies(step -> {
                    assertThat(step.endedAt()).isNotNull();
                    assertThat(step.outcome()).isEqualTo("CANCELLED");
                });
        assertThat(steps).last().satisfies(step -> {
            assertThat(step.stage()).isEqualTo(Stage.WITHDRAWN);
            assertThat(step.outcome()).isEqualTo(outcome);
        });
    }

    private StudentStage assertClosedAt(String studentId, String endEvent) {
        StudentStage stage = PracticumTestEngine.tracking(engine).find(studentId).orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.CLOSED);
        assertThat(stage.stepId()).isEqualTo(endEvent);
        return stage;
    }

    @Test
    void aBulkEnrolmentStartOnlyCreatesTheInstanceAndAJobMovesItOnToEnrolment() {
        // given a student started the bulk way (queuedStart), as BulkEnrolment does
        String studentId = "lc-queued-001";
        ProcessInstance practicum = PracticumTestEngine.lifecycle(engine)
                .startQueued(PracticumTestEngine.eligibleStudent(studentId, SCHOOL, TOURISM));

        // then the start committed at the async continuation: no enrolment yet, one job waiting
        assertThat(practicum).isWaitingAt(Practicum.QUEUED_FOR_ENROLMENT);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.ENROLMENT)
                .processInstanceBusinessKey(studentId).count()).isZero();

        // when the job executor runs the job
        execute(job(studentId, Practicum.QUEUED_FOR_ENROLMENT));

        // then the student waits for the coordinator's approval, exactly as when started one by one
        assertThat(practicum).hasPassed(Practicum.QUEUED_FOR_ENROLMENT).isWaitingAt(Practicum.CALL_ENROLMENT);
        assertThat(task(studentId, Enrolment.APPROVE_ENROLMENT)).hasCandidateGroup(coordinators());
        assertThat(PracticumTestEngine.tracking(engine).find(studentId).orElseThrow().stepId())
                .isEqualTo(Enrolment.APPROVE_ENROLMENT);
    }

    @Test
    void aBulkEnrolmentBatchStartsEveryStudentOnTheLatestLifecycleOrNobodyWhenOneStartIsWrong() {
        // given a batch of three students as BulkEnrolment starts them, and a batch with one wrong start
        List<PracticumStart> batch = List.of(PracticumTestEngine.eligibleStudent("lc-batch-001", SCHOOL, TOURISM),
                PracticumTestEngine.eligibleStudent("lc-batch-002", SCHOOL, TOURISM),
                PracticumTestEngine.eligibleStudent("lc-batch-003", SCHOOL, TOURISM));
        PracticumStart valid = PracticumTestEngine.eligibleStudent("lc-batch-004", SCHOOL, TOURISM);
        PracticumStart noField = new PracticumStart("lc-batch-005", SCHOOL, "", valid.supervisorId(), valid.creditsEarned(),
                valid.prerequisitesPassed(), valid.placementStart(), valid.placementEnd());

        // when both are started
        List<ProcessInstance> started = PracticumTestEngine.lifecycle(engine).startQueuedBatch(batch);
        assertThatThrownBy(() -> PracticumTestEngine.lifecycle(engine).startQueuedBatch(List.of(valid, noField)))
                .isInstanceOf(PracticumLifecycle.InvalidLifecycleRequestException.class);

        // then the three wait for the job executor on the latest version of the lifecycle, and nobody of the other batch started
        String latest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PRACTICUM)
                .latestVersion().singleResult().getId();
        assertThat(started).hasSize(3).allSatisfy(instance -> {
            assertThat(instance).isWaitingAt(Practicum.QUEUED_FOR_ENROLMENT);
            assertThat(instance.getProcessDefinitionId()).isEqualTo(latest);
        });
        assertThat(started).extracting(ProcessInstance::getBusinessKey).containsExactly("lc-batch-001", "lc-batch-002", "lc-batch-003");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("lc-batch-004").count()).isZero();
    }

    @Test
    void aStudentStartedOneByOneGoesOnToEnrolmentAtOnce() {
        // when a student is started without queuedStart
        String studentId = "lc-direct-001";
        ProcessInstance practicum = PracticumTestEngine.lifecycle(engine)
                .start(PracticumTestEngine.eligibleStudent(studentId, SCHOOL, TOURISM));

        // then no job is involved: the coordinator's approval is open at once
        assertThat(practicum).hasNotPassed(Practicum.QUEUED_FOR_ENROLMENT).isWaitingAt(Practicum.CALL_ENROLMENT);
        assertThat(task(studentId, Enrolment.APPROVE_ENROLMENT)).hasCandidateGroup(coordinators());
    }
}
