package vn.practicum.field.vocationaldigitaltransformation;

import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the vocational-digital-transformation fragments: names and types in one place. The lifecycle's own
 * variables ({@code studentId}, {@code placementStart}, {@code placementEnd}, ...) are in
 * {@link vn.practicum.engine.lifecycle.PracticumVariables}; these come from the fragments' forms and checks and travel
 * back to the calling stage, which takes what a fragment created or changed
 * ({@link vn.practicum.engine.lifecycle.LifecycleVariableMapping}).
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}.
 */
public final class VocationalDigitalTransformationVariables {

    private VocationalDigitalTransformationVariables() {
    }

    // placement: the host's HR grants access to its learning management system (Task_GrantLmsAccess)
    /** The LMS product, such as Moodle or Canvas. */
    public static final ProcessVariable<String> LMS_PLATFORM = ProcessVariable.of("lmsPlatform", String.class);
    /** Where the LMS is: an https address. */
    public static final ProcessVariable<String> LMS_URL = ProcessVariable.of("lmsUrl", String.class);
    /** The student's own account in it. */
    public static final ProcessVariable<String> LMS_ACCOUNT = ProcessVariable.of("lmsAccount", String.class);
    /** The account's role: see {@code LmsRole} (EDITING_TEACHER, COURSE_CREATOR, ...). */
    public static final ProcessVariable<String> LMS_ROLE = ProcessVariable.of("lmsRole", String.class);
    /** The course shell the student builds the module in. */
    public static final ProcessVariable<String> LMS_COURSE_SHELL = ProcessVariable.of("lmsCourseShell", String.class);
    /** {@code yyyy-MM-dd}: the last day of access. */
    public static final ProcessVariable<String> LMS_ACCESS_UNTIL = ProcessVariable.of("lmsAccessUntil", String.class);
    /** The access's problems, one per line ("Vietnamese / English"); removed when the access is acceptable. */
    public static final ProcessVariable<String> LMS_ACCESS_PROBLEM = ProcessVariable.of("lmsAccessProblem", String.class);

    // placement: the student confirms the access works (Task_ConfirmLmsAccess)
    /** The student logged in and can edit the course shell. */
    public static final ProcessVariable<Boolean> LMS_LOGIN_CONFIRMED = ProcessVariable.of("lmsLoginConfirmed", Boolean.class);
    /** The student commits to the LMS's rules on learners' personal data. */
    public static final ProcessVariable<Boolean> LEARNER_DATA_COMMITMENT = ProcessVariable.of("learnerDataCommitment", Boolean.class);
    /** What does not work, for the host's HR; when the login is not confirmed. */
    public static final ProcessVariable<String> LMS_ACCESS_ISSUE = ProcessVariable.of("lmsAccessIssue", String.class);

    // mentoring: the course module the student builds (Task_BuildCourseModule)
    public static final ProcessVariable<String> MODULE_TITLE = ProcessVariable.of("moduleTitle", String.class);
    /** Where the module is in the LMS: an https address. */
    public static final ProcessVariable<String> MODULE_URL = ProcessVariable.of("moduleUrl", String.class);
    /** The module's learning outcomes, one per line. */
    public static final ProcessVariable<String> MODULE_LEARNING_OUTCOMES = ProcessVariable.of("moduleLearningOutcomes", String.class);
    /** How many lessons; a Camunda Forms number, so any Number. */
    public static final ProcessVariable<Number> MODULE_LESSON_COUNT = ProcessVariable.of("moduleLessonCount", Number.class);
    /** The module assesses its learning outcomes (quiz, practical task). */
    public static final ProcessVariable<Boolean> MODULE_ASSESSMENT_INCLUDED = ProcessVariable.of("moduleAssessmentIncluded", Boolean.class);

    // mentoring: the mentor's pedagogical review (Task_ReviewCourseModule)
    public static final ProcessVariable<Boolean> MODULE_APPROVED = ProcessVariable.of("moduleApproved", Boolean.class);
    public static final ProcessVariable<String> MODULE_REVIEW_COMMENT = ProcessVariable.of("moduleReviewComment", String.class);

    // mentoring: the pilot with learners and its analytics (Task_ReportPilotAnalytics)
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> PILOT_STARTED_ON = ProcessVariable.of("pilotStartedOn", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> PILOT_ENDED_ON = ProcessVariable.of("pilotEndedOn", String.class);
    /** Learners enrolled in the pilot, from the LMS's reports; a number. */
    public static final ProcessVariable<Number> PILOT_LEARNERS_ENROLLED = ProcessVariable.of("pilotLearnersEnrolled", Number.class);
    /** Learners who opened at least one activity. */
    public static final ProcessVariable<Number> PILOT_LEARNERS_ACTIVE = ProcessVariable.of("pilotLearnersActive", Number.class);
    /** Learners who completed the module. */
    public static final ProcessVariable<Number> PILOT_LEARNERS_COMPLETED = ProcessVariable.of("pilotLearnersCompleted", Number.class);
    /** Average score of the module's assessment, 0 to 100. */
    public static final ProcessVariable<Number> PILOT_AVERAGE_SCORE = ProcessVariable.of("pilotAverageScore", Number.class);
    /** Learners' average satisfaction, 1 to 5. */
    public static final ProcessVariable<Number> PILOT_SATISFACTION = ProcessVariable.of("pilotSatisfaction", Number.class);
    /** What the analytics show: where learners dropped out, which activities worked. */
    public static final ProcessVariable<String> PILOT_ANALYTICS_SUMMARY = ProcessVariable.of("pilotAnalyticsSummary", String.class);
    /** What the student changes in the module because of them. */
    public static final ProcessVariable<String> PILOT_IMPROVEMENT_ACTIONS = ProcessVariable.of("pilotImprovementActions", String.class);
    /** The report's problems, one per line ("Vietnamese / English"); removed when the report is consistent. */
    public static final ProcessVariable<String> PILOT_ANALYTICS_PROBLEM = ProcessVariable.of("pilotAnalyticsProblem", String.class);
    /** Set by the check: active learners as a share of enrolled ones, in per cent, one decimal. */
    public static final ProcessVariable<Double> PILOT_ACTIVATION_RATE = ProcessVariable.of("pilotActivationRate", Double.class);
    /** Set by the check: learners who completed as a share of enrolled ones, in per cent, one decimal. */
    public static final ProcessVariable<Double> PILOT_COMPLETION_RATE = ProcessVariable.of("pilotCompletionRate", Double.class);
    /**
     * Input parameter of ServiceTask_CheckPilotAnalytics: the fewest learners a pilot may have, "1" to "1000". No input
     * means 10.
     */
    public static final ProcessVariable<String> MINIMUM_PILOT_LEARNERS = ProcessVariable.of("minimumPilotLearners", String.class);

    // mentoring: the mentor confirms the pilot (Task_ConfirmPilotResults)
    public static final ProcessVariable<Boolean> PILOT_CONFIRMED = ProcessVariable.of("pilotConfirmed", Boolean.class);
    public static final ProcessVariable<String> PILOT_REVIEW_COMMENT = ProcessVariable.of("pilotReviewComment", String.class);

    // assessment: the mentor's final evaluation by the field's rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_PEDAGOGICAL_DESIGN = ProcessVariable.of("score_pedagogicalDesign", Double.class);
    public static final ProcessVariable<Double> SCORE_LEARNER_ADOPTION = ProcessVariable.of("score_learnerAdoption", Double.class);
    public static final ProcessVariable<Double> SCORE_PROFESSIONAL_CONDUCT = ProcessVariable.of("score_professionalConduct", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
