package vn.practicum.engine.lifecycle;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * The variables of the practicum lifecycle: names and types in one place. Call activities pass the
 * student's {@link #CONTEXT} down to stage processes and fields' fragments, and take back what those
 * produced ({@link LifecycleVariableMapping}).
 *
 * <p>Personal data (names, e-mail, national id numbers) is never a process variable: the student is
 * referred to by {@link #STUDENT_ID}, which is also the process instance's business key and the
 * student's user id.
 */
public final class PracticumVariables {

    private PracticumVariables() {
    }

    /** Dates the programme's people mean (a placement's first day, a certificate's last) are days in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    // who and where: set when the lifecycle starts
    public static final ProcessVariable<String> STUDENT_ID = ProcessVariable.of("studentId", String.class);
    public static final ProcessVariable<String> SCHOOL_CODE = ProcessVariable.of("schoolCode", String.class);
    public static final ProcessVariable<String> FIELD_KEY = ProcessVariable.of("fieldKey", String.class);
    public static final ProcessVariable<String> SUPERVISOR_ID = ProcessVariable.of("supervisorId", String.class);
    public static final ProcessVariable<Date> PLACEMENT_START = ProcessVariable.of("placementStart", Date.class);
    public static final ProcessVariable<Date> PLACEMENT_END = ProcessVariable.of("placementEnd", Date.class);

    // schedule: ISO-8601 durations and counts, from configuration (PracticumSchedule), set when mentoring starts
    public static final ProcessVariable<Integer> LOGBOOK_COUNT = ProcessVariable.of("logbookCount", Integer.class);
    public static final ProcessVariable<String> LOGBOOK_INTERVAL = ProcessVariable.of("logbookInterval", String.class);
    public static final ProcessVariable<String> TASK_DUE_AFTER = ProcessVariable.of("taskDueAfter", String.class);
    public static final ProcessVariable<String> REMINDER_AFTER = ProcessVariable.of("reminderAfter", String.class);
    public static final ProcessVariable<String> ESCALATION_AFTER = ProcessVariable.of("escalationAfter", String.class);
    public static final ProcessVariable<String> MIDTERM_AFTER = ProcessVariable.of("midtermAfter", String.class);

    // enrolment
    /**
     * Set by a bulk enrolment: the start commits at once and the job executor moves the student on to enrolment
     * (an async continuation), so that an import only creates instances.
     */
    public static final ProcessVariable<Boolean> QUEUED_START = ProcessVariable.of("queuedStart", Boolean.class);
    public static final ProcessVariable<Integer> CREDITS_EARNED = ProcessVariable.of("creditsEarned", Integer.class);
    public static final ProcessVariable<Boolean> PREREQUISITES_PASSED = ProcessVariable.of("prerequisitesPassed", Boolean.class);
    public static final ProcessVariable<Boolean> ELIGIBLE = ProcessVariable.of("eligible", Boolean.class);
    public static final ProcessVariable<String> ELIGIBILITY_REASON = ProcessVariable.of("eligibilityReason", String.class);
    public static final ProcessVariable<Boolean> ENROLMENT_APPROVED = ProcessVariable.of("enrolmentApproved", Boolean.class);
    public static final ProcessVariable<Boolean> CONSENT_GIVEN = ProcessVariable.of("consentGiven", Boolean.class);
    /** ENROLLED, NOT_ELIGIBLE, REJECTED or NO_CONSENT: see {@link EnrolmentOutcome}. */
    public static final ProcessVariable<String> ENROLMENT_OUTCOME = ProcessVariable.of("enrolmentOutcome", String.class);

    // placement
    public static final ProcessVariable<String> PREFERRED_HOSTS = ProcessVariable.of("preferredHosts", String.class);
    public static final ProcessVariable<String> HOST_CODE = ProcessVariable.of("hostCode", String.class);
    /** ACCEPT or REJECT. */
    public static final ProcessVariable<String> HOST_DECISION = ProcessVariable.of("hostDecision", String.class);
    public static final ProcessVariable<Boolean> OFFER_ACCEPTED = ProcessVariable.of("offerAccepted", Boolean.class);
    public static final ProcessVariable<Boolean> PLACEMENT_POSSIBLE = ProcessVariable.of("placementPossible", Boolean.class);
    public static final ProcessVariable<String> MENTOR_ID = ProcessVariable.of("mentorId", String.class);
    /**
     * The placement round the student ranked offers in and waits for (set after the preferences, null when the
     * student is not in an open round and goes the manual way).
     */
    public static final ProcessVariable<String> PLACEMENT_ROUND_ID = ProcessVariable.of("placementRoundId", String.class);
    /** The student's choices for an open round from the Tasklist form: offer ids, best first, comma-separated. */
    public static final ProcessVariable<String> ROUND_CHOICES = ProcessVariable.of("roundChoices", String.class);
    /** Whether the closed round placed the student (then {@link #HOST_CODE} is the host). */
    public static final ProcessVariable<Boolean> ROUND_PLACED = ProcessVariable.of("roundPlaced", Boolean.class);
    /** The offer the round placed the student at, or null. */
    public static final ProcessVariable<String> ROUND_OFFER_ID = ProcessVariable.of("roundOfferId", String.class);
    /** The round's outcome in words, Vietnamese ("Đã xếp chỗ theo nguyện vọng 2 của bạn: ..."). */
    public static final ProcessVariable<String> ROUND_OUTCOME = ProcessVariable.of("roundOutcome", String.class);
    /** The round's outcome in words, English ("placed at your 2nd choice: ..."). */
    public static final ProcessVariable<String> ROUND_OUTCOME_EN = ProcessVariable.of("roundOutcomeEn", String.class);
    /** The message a closed round sends to every student waiting for it. */
    public static final String ROUND_CLOSED_MESSAGE = "PlacementRoundClosed";
    /** PLACED or NOT_PLACED. */
    public static final ProcessVariable<String> PLACEMENT_OUTCOME = ProcessVariable.of("placementOutcome", String.class);

    // mentoring
    public static final ProcessVariable<Integer> LOGBOOK_NUMBER = ProcessVariable.of("logbookNumber", Integer.class);
    public static final ProcessVariable<Boolean> LOGBOOK_ACCEPTED = ProcessVariable.of("logbookAccepted", Boolean.class);

    // withdrawal: the message and who asked
    public static final String WITHDRAWAL_MESSAGE = "PracticumWithdrawal";
    /** STUDENT, SCHOOL or HOST: see {@link WithdrawalParty}. */
    public static final ProcessVariable<String> WITHDRAWN_BY = ProcessVariable.of("withdrawnBy", String.class);
    public static final ProcessVariable<String> WITHDRAWAL_REASON = ProcessVariable.of("withdrawalReason", String.class);

    // assessment
    public static final ProcessVariable<Double> MENTOR_SCORE = ProcessVariable.of("mentorScore", Double.class);
    public static final ProcessVariable<Double> REPORT_SCORE = ProcessVariable.of("reportScore", Double.class);
    /** Why the scores could not be used (Error_InvalidScores); shown to the mentor on the evaluation form. */
    public static final ProcessVariable<String> SCORING_PROBLEM = ProcessVariable.of("scoringProblem", String.class);
    public static final ProcessVariable<Double> FINAL_SCORE = ProcessVariable.of("finalScore", Double.class);
    public static final ProcessVariable<String> FINAL_GRADE = ProcessVariable.of("finalGrade", String.class);
    public static final ProcessVariable<Boolean> PASSED = ProcessVariable.of("passed", Boolean.class);
    public static final ProcessVariable<Integer> CREDITS_RECOGNISED = ProcessVariable.of("creditsRecognised", Integer.class);
    public static final ProcessVariable<String> CERTIFICATE_NUMBER = ProcessVariable.of("certificateNumber", String.class);

    /**
     * The student's context: what every stage process and field fragment gets from its caller. Everything else a
     * called process needs it makes itself (its tasks' answers, its checks' results), or its field declares as carried
     * from an earlier fragment ({@code FieldPlugin.carriedVariables()}).
     */
    public static final List<ProcessVariable<?>> CONTEXT = List.of(STUDENT_ID, SCHOOL_CODE, FIELD_KEY, SUPERVISOR_ID,
            CREDITS_EARNED, PREREQUISITES_PASSED, PLACEMENT_START, PLACEMENT_END, HOST_CODE, MENTOR_ID,
            // the schedule only where a student has one of their own: mentoring otherwise takes the programme's
            LOGBOOK_COUNT, LOGBOOK_INTERVAL, TASK_DUE_AFTER, REMINDER_AFTER, ESCALATION_AFTER, MIDTERM_AFTER);
}
