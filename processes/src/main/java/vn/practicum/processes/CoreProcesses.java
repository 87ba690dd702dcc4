package vn.practicum.processes;

import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.spi.ResourceBundle;
import vn.practicum.engine.spi.Stage;

/**
 * Names in the core processes: the bundle, the generic fragments' process ids, the activity ids other code
 * (tests, pages, reports) refers to, and the variables the core forms add to {@code PracticumVariables}.
 */
public final class CoreProcesses {

    private CoreProcesses() {
    }

    public static final String DEPLOYMENT_NAME = "practicum-core";
    public static final String RESOURCE_FOLDER = "practicum/core";

    public static final String GENERIC_PLACEMENT = ProcessKeys.fragment(ProcessKeys.GENERIC_FIELD, Stage.PLACEMENT);
    public static final String GENERIC_MENTORING = ProcessKeys.fragment(ProcessKeys.GENERIC_FIELD, Stage.MENTORING);
    public static final String GENERIC_ASSESSMENT = ProcessKeys.fragment(ProcessKeys.GENERIC_FIELD, Stage.ASSESSMENT);

    /** The BPMN, DMN and forms of {@code practicum/core}, deployed together as {@value #DEPLOYMENT_NAME}. */
    public static ResourceBundle bundle() {
        return ResourceBundle.folder(DEPLOYMENT_NAME, RESOURCE_FOLDER);
    }

    public static final String NOTIFICATION_DEPLOYMENT_NAME = "practicum-notification";
    public static final String NOTIFICATION_FOLDER = "practicum/notification";

    /**
     * The notification processes of {@code practicum/notification} (one mail, the daily digest), deployed as
     * {@value #NOTIFICATION_DEPLOYMENT_NAME}. Their delegates come from the engine's notification auto-configuration.
     */
    public static ResourceBundle notificationBundle() {
        return ResourceBundle.folder(NOTIFICATION_DEPLOYMENT_NAME, NOTIFICATION_FOLDER);
    }

    /** {@code practicum-notification} and {@code practicum-notification-digest}. */
    public static final class Notification {
        private Notification() {
        }

        public static final String SEND = "ServiceTask_SendNotification";
        public static final String SENT = "EndEvent_NotificationSent";
        public static final String DIGEST_DUE = "StartEvent_DigestDue";
        public static final String SEND_DIGEST = "ServiceTask_SendDigest";
    }

    /** {@code practicum}. */
    public static final class Practicum {
        private Practicum() {
        }

        /** A bulk enrolment's start (queuedStart): the async continuation before the enrolment. */
        public static final String QUEUED_FOR_ENROLMENT = "Event_QueuedForEnrolment";
        public static final String CALL_ENROLMENT = "CallActivity_Enrolment";
        public static final String CALL_PLACEMENT = "CallActivity_Placement";
        public static final String CALL_MENTORING = "CallActivity_Mentoring";
        public static final String CALL_ASSESSMENT = "CallActivity_Assessment";
        public static final String COMPLETED = "EndEvent_Completed";
        public static final String NOT_ENROLLED = "EndEvent_NotEnrolled";
        public static final String NOT_PLACED = "EndEvent_NotPlaced";
        public static final String FAILED = "EndEvent_Failed";
        public static final String WITHDRAWAL_REQUESTED = "StartEvent_WithdrawalRequested";
        public static final String WITHDRAWN = "EndEvent_Withdrawn";
    }

    /** {@code practicum-enrolment}. */
    public static final class Enrolment {
        private Enrolment() {
        }

        public static final String CHECK_ELIGIBILITY = "BusinessRuleTask_CheckEligibility";
        public static final String APPROVE_ENROLMENT = "Task_ApproveEnrolment";
        public static final String RECORD_CONSENT = "Task_RecordConsent";
        public static final String ENROLLED = "EndEvent_Enrolled";
        public static final String NOT_ELIGIBLE = "EndEvent_NotEligible";
        public static final String REJECTED = "EndEvent_EnrolmentRejected";
        public static final String NO_CONSENT = "EndEvent_NoConsent";
    }

    /** {@code practicum-placement}. */
    public static final class Placement {
        private Placement() {
        }

        public static final String SUBMIT_PREFERENCES = "Task_SubmitPreferences";
        public static final String PROPOSE_HOST = "Task_ProposeHost";
        /** After the preferences: puts the student in the open round they ranked offers in, if any. */
        public static final String JOIN_ROUND = "ServiceTask_JoinRound";
        /** Where a student in a placement round waits for the round to close. */
        public static final String ROUND_CLOSED = "Event_RoundClosed";
        public static final String APPLY_ROUND_RESULT = "ServiceTask_ApplyRoundResult";
        public static final String REVIEW_CANDIDATE = "Task_ReviewCandidate";
        public static final String ACCEPT_OFFER = "Task_AcceptOffer";
        public static final String SIGN_AGREEMENT_STUDENT = "Task_SignAgreementStudent";
        public static final String SIGN_AGREEMENT_HOST = "Task_SignAgreementHost";
        public static final String SIGN_AGREEMENT_SCHOOL = "Task_SignAgreementSchool";
        public static final String FIELD_PLACEMENT_CHECKS = "CallActivity_FieldPlacementChecks";
        public static final String ASSIGN_MENTOR = "Task_AssignMentor";
        public static final String PLACED = "EndEvent_Placed";
        public static final String NOT_PLACED = "EndEvent_NotPlaced";
    }

    /** {@code practicum-mentoring}. */
    public static final class Mentoring {
        private Mentoring() {
        }

        public static final String LOGBOOK_DUE = "TimerEvent_LogbookDue";
        public static final String SUBMIT_LOGBOOK = "Task_SubmitLogbook";
        public static final String SUBMIT_REMINDER = "BoundaryEvent_SubmitReminder";
        public static final String REMIND_STUDENT = "ServiceTask_RemindStudent";
        public static final String STUDENT_REMINDED = "EndEvent_StudentReminded";
        public static final String REVIEW_LOGBOOK = "Task_ReviewLogbook";
        public static final String REVIEW_REMINDER = "BoundaryEvent_ReviewReminder";
        public static final String REMIND_REVIEWER = "ServiceTask_RemindReviewer";
        public static final String REVIEWER_REMINDED = "EndEvent_ReviewerReminded";
        public static final String REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
        public static final String ESCALATED_LOGBOOK_REVIEW = "Task_EscalatedLogbookReview";
        public static final String MORE_LOGBOOKS = "Gateway_MoreLogbooks";
        public static final String MIDTERM_DUE = "TimerEvent_MidtermDue";
        public static final String MIDTERM_EVALUATION = "Task_MidtermEvaluation";
        public static final String SITE_VISIT = "Task_SiteVisit";
        public static final String FIELD_MILESTONES = "CallActivity_FieldMilestones";
        public static final String MENTORING_FINISHED = "Gateway_MentoringFinished";
        public static final String MENTORING_COMPLETED = "EndEvent_MentoringCompleted";
    }

    /** {@code practicum-assessment}. */
    public static final class Assessment {
        private Assessment() {
        }

        public static final String FIELD_FINAL_EVALUATION = "CallActivity_FieldFinalEvaluation";
        public static final String SUBMIT_FINAL_REPORT = "Task_SubmitFinalReport";
        public static final String GRADE_REPORT = "Task_GradeReport";
        public static final String ASSESSMENT_READY = "Gateway_AssessmentReady";
        public static final String COMPUTE_SCORE = "ServiceTask_ComputeScore";
        public static final String INVALID_SCORES = "BoundaryEvent_InvalidScores";
        public static final String DECIDE_GRADE = "BusinessRuleTask_DecideGrade";
        public static final String RECOGNIZE_CREDITS = "Task_RecognizeCredits";
        public static final String ISSUE_CERTIFICATE = "ServiceTask_IssueCertificate";
        public static final String PASSED = "EndEvent_AssessmentPassed";
        public static final String FAILED = "EndEvent_AssessmentFailed";
    }

    /** {@code generic-placement}, {@code generic-mentoring}, {@code generic-assessment}. */
    public static final class Generic {
        private Generic() {
        }

        public static final String SUBMIT_FIELD_DOCUMENTS = "Task_SubmitFieldDocuments";
        public static final String VERIFY_FIELD_DOCUMENTS = "Task_VerifyFieldDocuments";
        public static final String FIELD_CHECKS_PASSED = "EndEvent_FieldChecksPassed";
        public static final String REPORT_FIELD_MILESTONE = "Task_ReportFieldMilestone";
        public static final String CONFIRM_FIELD_MILESTONE = "Task_ConfirmFieldMilestone";
        public static final String FIELD_MILESTONES_DONE = "EndEvent_FieldMilestonesDone";
        public static final String FINAL_EVALUATION = "Task_FinalEvaluation";
        public static final String FINAL_EVALUATION_DONE = "EndEvent_FinalEvaluationDone";
    }

    /** Variables the core forms and processes add to those of {@code PracticumVariables}. */
    public static final class Variables {
        private Variables() {
        }

        // enrolment
        public static final ProcessVariable<String> ENROLMENT_COMMENT = ProcessVariable.of("enrolmentComment", String.class);

        // placement
        public static final ProcessVariable<String> PREFERENCE_NOTE = ProcessVariable.of("preferenceNote", String.class);
        public static final ProcessVariable<String> PROPOSAL_NOTE = ProcessVariable.of("proposalNote", String.class);
        public static final ProcessVariable<String> HOST_COMMENT = ProcessVariable.of("hostComment", String.class);
        public static final ProcessVariable<String> OFFER_COMMENT = ProcessVariable.of("offerComment", String.class);
        public static final ProcessVariable<Boolean> AGREEMENT_SIGNED_BY_STUDENT =
                ProcessVariable.of("agreementSignedByStudent", Boolean.class);
        public static final ProcessVariable<Boolean> AGREEMENT_SIGNED_BY_HOST =
                ProcessVariable.of("agreementSignedByHost", Boolean.class);
        public static final ProcessVariable<Boolean> AGREEMENT_SIGNED_BY_SCHOOL =
                ProcessVariable.of("agreementSignedBySchool", Boolean.class);
        /** Dates from the forms are Strings {@code yyyy-MM-dd}. */
        public static final ProcessVariable<String> STUDENT_SIGNED_ON = ProcessVariable.of("studentSignedOn", String.class);
        public static final ProcessVariable<String> HOST_SIGNED_ON = ProcessVariable.of("hostSignedOn", String.class);
        public static final ProcessVariable<String> SCHOOL_SIGNED_ON = ProcessVariable.of("schoolSignedOn", String.class);
        public static final ProcessVariable<String> AGREEMENT_NUMBER = ProcessVariable.of("agreementNumber", String.class);

        // mentoring
        public static final ProcessVariable<String> LOGBOOK_TEXT = ProcessVariable.of("logbookText", String.class);
        public static final ProcessVariable<Integer> LOGBOOK_HOURS = ProcessVariable.of("logbookHours", Integer.class);
        public static final ProcessVariable<String> LOGBOOK_FEEDBACK = ProcessVariable.of("logbookFeedback", String.class);
        public static final ProcessVariable<Double> MIDTERM_SCORE = ProcessVariable.of("midtermScore", Double.class);
        public static final ProcessVariable<String> MIDTERM_COMMENT = ProcessVariable.of("midtermComment", String.class);
        public static final ProcessVariable<String> SITE_VISIT_DATE = ProcessVariable.of("siteVisitDate", String.class);
        public static final ProcessVariable<String> SITE_VISIT_REPORT = ProcessVariable.of("siteVisitReport", String.class);

        // assessment
        public static final ProcessVariable<String> FINAL_REPORT_TITLE = ProcessVariable.of("finalReportTitle", String.class);
        public static final ProcessVariable<String> FINAL_REPORT_LINK = ProcessVariable.of("finalReportLink", String.class);
        public static final ProcessVariable<String> FINAL_REPORT_SUMMARY = ProcessVariable.of("finalReportSummary", String.class);
        public static final ProcessVariable<String> REPORT_COMMENT = ProcessVariable.of("reportComment", String.class);
        /** Why {@code ${rubricScoring}} refused the scores (the message of {@code Error_InvalidScores}). */
        public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
        public static final ProcessVariable<String> CREDITS_NOTE = ProcessVariable.of("creditsNote", String.class);

        // generic fragments
        public static final ProcessVariable<String> FIELD_DOCUMENTS_DESCRIPTION =
                ProcessVariable.of("fieldDocumentsDescription", String.class);
        public static final ProcessVariable<String> FIELD_DOCUMENTS_LINK = ProcessVariable.of("fieldDocumentsLink", String.class);
        public static final ProcessVariable<Boolean> FIELD_DOCUMENTS_VERIFIED =
                ProcessVariable.of("fieldDocumentsVerified", Boolean.class);
        public static final ProcessVariable<String> FIELD_DOCUMENTS_COMMENT =
                ProcessVariable.of("fieldDocumentsComment", String.class);
        public static final ProcessVariable<String> FIELD_MILESTONE_REPORT = ProcessVariable.of("fieldMilestoneReport", String.class);
        public static final ProcessVariable<Boolean> FIELD_MILESTONE_CONFIRMED =
                ProcessVariable.of("fieldMilestoneConfirmed", Boolean.class);
        public static final ProcessVariable<String> FIELD_MILESTONE_COMMENT =
                ProcessVariable.of("fieldMilestoneComment", String.class);
        public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT =
                ProcessVariable.of("finalEvaluationComment", String.class);
    }
}
