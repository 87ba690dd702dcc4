package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.reminder.TaskReminderDelegate;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.processes.CoreProcesses.Generic;
import vn.practicum.processes.CoreProcesses.Mentoring;

/** {@code practicum-mentoring}: the logbook loop, its reminder and escalation timers, mid-term and milestones. */
class MentoringProcessTest extends CoreProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = engineExtension();

    private ProcessInstance startMentoring(String studentId, int logbookCount) {
        return start(ProcessKeys.MENTORING, studentId, placedStudent(studentId, logbookCount));
    }

    @Test
    void runsEveryLogbookOnScheduleThenCompletes() {
        // given mentoring of a two-logbook cohort
        String studentId = "mt-schedule-001";
        Instant started = Instant.now();
        ProcessInstance mentoring = startMentoring(studentId, 2);

        // then the three branches wait: the logbook timer (logbookInterval P7D), the mid-term timer (P28D), milestones
        assertThat(mentoring).isWaitingAt(Mentoring.LOGBOOK_DUE, Mentoring.MIDTERM_DUE, Mentoring.FIELD_MILESTONES);
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 0);
        assertDueAbout(job(studentId, Mentoring.LOGBOOK_DUE), started, Duration.ofDays(7));
        assertDueAbout(job(studentId, Mentoring.MIDTERM_DUE), started, Duration.ofDays(28));
        StudentStage waiting = PracticumTestEngine.tracking(engine).find(studentId).orElseThrow();
        assertThat(waiting.stage()).isEqualTo(Stage.MENTORING);

        // when the first logbook is due, the student submits it by its due date (taskDueAfter P3D)
        execute(job(studentId, Mentoring.LOGBOOK_DUE));
        Task submit = task(studentId, Mentoring.SUBMIT_LOGBOOK);
        assertThat(submit).isAssignedTo(studentId);
        assertThat(submit.getDueDate().toInstant()).isCloseTo(started.plus(Duration.ofDays(3)), within(Duration.ofMinutes(5)));
        submitLogbook(studentId);
        Task review = task(studentId, Mentoring.REVIEW_LOGBOOK);
        assertThat(review).isAssignedTo(MENTOR).hasCandidateGroupAssociated(Groups.businessMentors(HOST));
        assertThat(review.getDueDate()).isNotNull();
        reviewLogbook(studentId, true);

        // then the next logbook period starts
        assertThat(mentoring).hasPassed(Mentoring.MORE_LOGBOOKS).isWaitingAt(Mentoring.LOGBOOK_DUE);
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 1);

        // when the second logbook is accepted, the logbook branch is done
        logbookPeriod(studentId);
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 2);
        assertThat(mentoring).isNotWaitingAt(Mentoring.LOGBOOK_DUE);

        // and when the mid-term, the site visit and the field milestone are done
        midtermAndSiteVisit(studentId);
        assertThat(mentoring).isWaitingAt(Mentoring.FIELD_MILESTONES);
        reportFieldMilestone(studentId);
        confirmFieldMilestone(studentId, true);

        // then mentoring completes, the count intact after the milestones fragment copied its variables back
        assertThat(mentoring).hasPassed(Mentoring.MENTORING_FINISHED, Mentoring.MENTORING_COMPLETED).isEnded();
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 2);
        assertThat(history(studentId, CoreProcesses.GENERIC_MENTORING)).hasSize(1);
    }

    @Test
    void milestonesFinishedBetweenTwoLogbooksDoNotResetTheCount() {
        // given the first of two logbooks accepted
        String studentId = "mt-interleave-001";
        ProcessInstance mentoring = startMentoring(studentId, 2);
        logbookPeriod(studentId);

        // when the field milestones fragment ends now (copying its variables back)
        reportFieldMilestone(studentId);
        confirmFieldMilestone(studentId, true);

        // then the count still says one, and the second logbook is the last
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 1);
        logbookPeriod(studentId);
        midtermAndSiteVisit(studentId);
        assertThat(mentoring).isEnded();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(mentoring.getId())
                .taskDefinitionKey(Mentoring.SUBMIT_LOGBOOK).count()).isEqualTo(2);
    }

    @Test
    void aLogbookNotAcceptedIsSubmittedAgain() {
        // given a submitted logbook
        String studentId = "mt-resubmit-001";
        ProcessInstance mentoring = startMentoring(studentId, 1);
        execute(job(studentId, Mentoring.LOGBOOK_DUE));
        submitLogbook(studentId);

        // when the mentor sends it back
        reviewLogbook(studentId, false);

        // then the student submits it again, without waiting for a new period, and the count has not moved
        assertThat(mentoring).isWaitingAt(Mentoring.SUBMIT_LOGBOOK);
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 0)
                .containsEntry(PracticumVariables.LOGBOOK_ACCEPTED.name(), false);
        submitLogbook(studentId);
        assertThat(mentoring).variables().doesNotContainKey(PracticumVariables.LOGBOOK_ACCEPTED.name());
        reviewLogbook(studentId, true);

        // then the only logbook of this cohort is done
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 1);
        assertThat(mentoring).isNotWaitingAt(Mentoring.LOGBOOK_DUE, Mentoring.SUBMIT_LOGBOOK);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(mentoring.getId())
                .taskDefinitionKey(Mentoring.SUBMIT_LOGBOOK).count()).isEqualTo(2);
    }

    @Test
    void theReminderTimerRaisesThePriorityOfTheOpenReviewAndCommentsOnIt() {
        // given a review waiting for the mentor
        String studentId = "mt-remind-001";
        ProcessInstance mentoring = startMentoring(studentId, 1);
        execute(job(studentId, Mentoring.LOGBOOK_DUE));
        submitLogbook(studentId);
        Task review = task(studentId, Mentoring.REVIEW_LOGBOOK);
        assertThat(review.getPriority()).isLessThan(TaskReminderDelegate.REMINDED_PRIORITY);

        // when the reminder timer (reminderAfter P2D) fires
        Job reminder = job(studentId, Mentoring.REVIEW_REMINDER);
        assertDueAbout(reminder, review.getCreateTime().toInstant(), Duration.ofDays(2));
        execute(reminder);

        // then the same review is still open, with a raised priority and a reminder comment
        assertThat(mentoring).hasPassed(Mentoring.REMIND_REVIEWER, Mentoring.REVIEWER_REMINDED)
                .isWaitingAt(Mentoring.REVIEW_LOGBOOK);
        Task reminded = task(studentId, Mentoring.REVIEW_LOGBOOK);
        assertThat(reminded.getId()).isEqualTo(review.getId());
        assertThat(reminded.getPriority()).isEqualTo(TaskReminderDelegate.REMINDED_PRIORITY);
        assertThat(taskService.getTaskComments(reminded.getId())).extracting(Comment::getFullMessage)
                .singleElement().asString().startsWith("Nhắc việc");

        // and the escalation timer is still set, and the mentor can still decide
        job(studentId, Mentoring.REVIEW_OVERDUE);
        reviewLogbook(studentId, true);
        assertThat(mentoring).hasNotPassed(Mentoring.ESCALATED_LOGBOOK_REVIEW);
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 1);
    }

    @Test
    void theStudentIsRemindedBeforeTheLogbookIsDue() {
        // given a logbook waiting for the student, due after taskDueAfter (P3D)
        String studentId = "mt-remind-student-001";
        ProcessInstance mentoring = startMentoring(studentId, 1);
        execute(job(studentId, Mentoring.LOGBOOK_DUE));
        Task submit = task(studentId, Mentoring.SUBMIT_LOGBOOK);

        // when the reminder timer (reminderAfter P2D, before the due date) fires
        Job reminder = job(studentId, Mentoring.SUBMIT_REMINDER);
        assertDueAbout(reminder, submit.getCreateTime().toInstant(), Duration.ofDays(2));
        assertThat(reminder.getDuedate()).isBefore(submit.getDueDate());
        execute(reminder);

        // then the submission is still open, with a raised priority and a reminder comment
        assertThat(mentoring).hasPassed(Mentoring.REMIND_STUDENT, Mentoring.STUDENT_REMINDED)
                .isWaitingAt(Mentoring.SUBMIT_LOGBOOK);
        Task reminded = task(studentId, Mentoring.SUBMIT_LOGBOOK);
        assertThat(reminded.getId()).isEqualTo(submit.getId());
        assertThat(reminded.getPriority()).isEqualTo(TaskReminderDelegate.REMINDED_PRIORITY);
        assertThat(taskService.getTaskComments(reminded.getId())).extracting(Comment::getFullMessage)
                .singleElement().asString().startsWith("Nhắc việc");

        // and submitting it cancels nothing else: the review follows
        submitLogbook(studentId);
        assertThat(mentoring).isWaitingAt(Mentoring.REVIEW_LOGBOOK);
    }

    @Test
    void anOverdueReviewIsEscalatedToTheSchoolCoordinator() {
        // given a review the mentor has not done
        String studentId = "mt-escalate-001";
        ProcessInstance mentoring = startMentoring(studentId, 1);
        execute(job(studentId, Mentoring.LOGBOOK_DUE));
        submitLogbook(studentId);

        // when the escalation timer (escalationAfter P5D) fires
        Job overdue = job(studentId, Mentoring.REVIEW_OVERDUE);
        assertDueAbout(overdue, task(studentId, Mentoring.REVIEW_LOGBOOK).getCreateTime().toInstant(), Duration.ofDays(5));
        execute(overdue);

        // then the mentor's review is cancelled and the school's coordinators review instead
        assertThat(mentoring).hasPassed(Mentoring.REVIEW_OVERDUE).isWaitingAt(Mentoring.ESCALATED_LOGBOOK_REVIEW)
                .isNotWaitingAt(Mentoring.REVIEW_LOGBOOK);
        Task escalated = task(studentId, Mentoring.ESCALATED_LOGBOOK_REVIEW);
        assertThat(escalated).hasCandidateGroupAssociated(coordinators()).isNotAssigned();
        assertThat(escalated.getDueDate()).isNotNull();
        assertThat(managementService.createJobQuery().processInstanceId(mentoring.getId())
                .activityId(Mentoring.REVIEW_REMINDER).count()).isZero();
        StudentStage stage = PracticumTestEngine.tracking(engine).find(studentId).orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.MENTORING);
        assertThat(stage.stepId()).isEqualTo(Mentoring.ESCALATED_LOGBOOK_REVIEW);

        // when the coordinator sends the logbook back, the student resubmits and the mentor accepts it
        completeAs(COORDINATOR, studentId, Mentoring.ESCALATED_LOGBOOK_REVIEW,
                vars().with(PracticumVariables.LOGBOOK_ACCEPTED, false));
        assertThat(mentoring).isWaitingAt(Mentoring.SUBMIT_LOGBOOK);
        submitLogbook(studentId);
        reviewLogbook(studentId, true);

        // then the logbook counts
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 1);
        midtermAndSiteVisit(studentId);
        reportFieldMilestone(studentId);
        confirmFieldMilestone(studentId, true);
        assertThat(mentoring).isEnded();
    }

    @Test
    void anEscalatedReviewCanAcceptTheLogbook() {
        String studentId = "mt-escalate-002";
        ProcessInstance mentoring = startMentoring(studentId, 1);
        execute(job(studentId, Mentoring.LOGBOOK_DUE));
        submitLogbook(studentId);
        execute(job(studentId, Mentoring.REVIEW_OVERDUE));

        completeAs(COORDINATOR, studentId, Mentoring.ESCALATED_LOGBOOK_REVIEW,
                vars().with(PracticumVariables.LOGBOOK_ACCEPTED, true));

        assertThat(mentoring).hasPassed(Mentoring.MORE_LOGBOOKS).isNotWaitingAt(Mentoring.SUBMIT_LOGBOOK);
        assertThat(mentoring).variables().containsEntry(PracticumVariables.LOGBOOK_NUMBER.name(), 1);
        assertThat(openTasks(studentId)).containsExactly(Generic.REPORT_FIELD_MILESTONE);
    }

    private static void assertDueAbout(Job job, Instant from, Duration after) {
        assertThat(job.getDuedate()).isNotNull();
        assertThat(job.getDuedate().toInstant()).isCloseTo(from.plus(after), within(Duration.ofMinutes(5)));
    }
}
