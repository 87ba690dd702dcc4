package vn.practicum.field.strategicmanagement;

import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the strategic-management fragments: names and types in one place. The lifecycle's own variables
 * ({@code studentId}, {@code placementStart}, ...) are in {@link PracticumVariables}; these come from the fragments'
 * forms and checks and travel back to the calling stage, which takes whatever a fragment created or changed ({@link
 * vn.practicum.engine.lifecycle.LifecycleVariableMapping}). None of them is a
 * lifecycle variable: the mentoring fragment runs beside the logbooks and must not overwrite theirs.
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}. Numbers typed by users are
 * Camunda Forms number fields: Integer, Long or Double, read as {@link Number}.
 */
public final class StrategicManagementVariables {

    private StrategicManagementVariables() {
    }

    // placement: the host names the executive sponsor and records the confidentiality agreement (Task_NameExecutiveSponsor)
    /** The sponsor's user id: the sponsor's tasks in the mentoring fragment are offered to this user. */
    public static final ProcessVariable<String> EXECUTIVE_SPONSOR_ID = ProcessVariable.of("executiveSponsorId", String.class);
    /** The sponsor's position, such as "Phó Tổng giám đốc phụ trách phát triển". */
    public static final ProcessVariable<String> EXECUTIVE_SPONSOR_TITLE = ProcessVariable.of("executiveSponsorTitle", String.class);
    /** A {@code SponsorLevel} name: BOARD_MEMBER, CHIEF_EXECUTIVE, DEPUTY_EXECUTIVE, FUNCTIONAL_DIRECTOR, DEPARTMENT_HEAD or LINE_MANAGER. */
    public static final ProcessVariable<String> EXECUTIVE_SPONSOR_LEVEL = ProcessVariable.of("executiveSponsorLevel", String.class);
    /** The strategic question the host gives the student. */
    public static final ProcessVariable<String> STRATEGY_TOPIC = ProcessVariable.of("strategyTopic", String.class);
    public static final ProcessVariable<String> CONFIDENTIALITY_AGREEMENT_NUMBER =
            ProcessVariable.of("confidentialityAgreementNumber", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> CONFIDENTIALITY_AGREEMENT_SIGNED_ON =
            ProcessVariable.of("confidentialityAgreementSignedOn", String.class);
    /** {@code yyyy-MM-dd}: the last day the confidentiality obligations run. */
    public static final ProcessVariable<String> CONFIDENTIALITY_AGREEMENT_VALID_UNTIL =
            ProcessVariable.of("confidentialityAgreementValidUntil", String.class);
    /** Every problem the sponsorship check found, one per line ("Vietnamese / English"); removed when all is in order. */
    public static final ProcessVariable<String> SPONSORSHIP_PROBLEM = ProcessVariable.of("sponsorshipProblem", String.class);
    /** Input parameter of ServiceTask_CheckSponsorship: the lowest {@code SponsorLevel} accepted ("FUNCTIONAL_DIRECTOR"). */
    public static final ProcessVariable<String> LOWEST_SPONSOR_LEVEL = ProcessVariable.of("lowestSponsorLevel", String.class);

    // placement: the student acknowledges the agreement and declares conflicts of interest (Task_AcknowledgeConfidentiality)
    public static final ProcessVariable<Boolean> CONFIDENTIALITY_ACKNOWLEDGED =
            ProcessVariable.of("confidentialityAcknowledged", Boolean.class);
    public static final ProcessVariable<Boolean> CONFLICT_OF_INTEREST_DECLARED =
            ProcessVariable.of("conflictOfInterestDeclared", Boolean.class);
    public static final ProcessVariable<String> CONFLICT_OF_INTEREST_DETAILS =
            ProcessVariable.of("conflictOfInterestDetails", String.class);

    // placement: the school's coordinator decides a declared conflict (Task_DecideConflictOfInterest)
    /** ACCEPT_WITH_SAFEGUARDS or REASSIGN. */
    public static final ProcessVariable<String> CONFLICT_DECISION = ProcessVariable.of("conflictDecision", String.class);
    public static final ProcessVariable<String> CONFLICT_SAFEGUARDS = ProcessVariable.of("conflictSafeguards", String.class);

    // mentoring: the strategy analysis (Task_SubmitStrategyAnalysis)
    public static final ProcessVariable<String> ANALYSIS_TITLE = ProcessVariable.of("analysisTitle", String.class);
    /** A {@code StrategyFramework} of the external environment: PESTEL, PORTER_FIVE_FORCES, SCENARIO_PLANNING, COMPETITOR_PROFILING. */
    public static final ProcessVariable<String> EXTERNAL_FRAMEWORK = ProcessVariable.of("externalFramework", String.class);
    public static final ProcessVariable<String> EXTERNAL_FINDINGS = ProcessVariable.of("externalFindings", String.class);
    /** A {@code StrategyFramework} of the organisation itself: VALUE_CHAIN, VRIO, MCKINSEY_7S, FINANCIAL_ANALYSIS. */
    public static final ProcessVariable<String> INTERNAL_FRAMEWORK = ProcessVariable.of("internalFramework", String.class);
    public static final ProcessVariable<String> INTERNAL_FINDINGS = ProcessVariable.of("internalFindings", String.class);
    /** Strategic options compared, a whole number. */
    public static final ProcessVariable<Number> STRATEGIC_OPTIONS_COUNT = ProcessVariable.of("strategicOptionsCount", Number.class);
    public static final ProcessVariable<String> STRATEGIC_OPTIONS_EVALUATION =
            ProcessVariable.of("strategicOptionsEvaluation", String.class);
    public static final ProcessVariable<String> RECOMMENDATION = ProcessVariable.of("recommendation", String.class);
    /** The evidence the analysis rests on: one source per line. */
    public static final ProcessVariable<String> EVIDENCE_SOURCES = ProcessVariable.of("evidenceSources", String.class);
    /** The one-page summary for the sponsor and the board. */
    public static final ProcessVariable<String> EXECUTIVE_SUMMARY = ProcessVariable.of("executiveSummary", String.class);
    public static final ProcessVariable<String> ANALYSIS_DOCUMENT_LINK = ProcessVariable.of("analysisDocumentLink", String.class);
    /** The analysis's problems, one per line ("Vietnamese / English"); removed when it is complete. */
    public static final ProcessVariable<String> ANALYSIS_PROBLEM = ProcessVariable.of("analysisProblem", String.class);
    /** Input parameter of ServiceTask_CheckStrategyAnalysis: the longest executive summary, in words ("300"). */
    public static final ProcessVariable<String> MAXIMUM_SUMMARY_WORDS = ProcessVariable.of("maximumSummaryWords", String.class);

    // mentoring: the sponsor reviews the analysis (Task_ReviewStrategyAnalysis)
    public static final ProcessVariable<Boolean> ANALYSIS_ACCEPTED = ProcessVariable.of("analysisAccepted", Boolean.class);
    public static final ProcessVariable<String> SPONSOR_FEEDBACK = ProcessVariable.of("sponsorFeedback", String.class);

    // mentoring: the board-style presentation (Task_PrepareBoardPresentation, Task_RecordBoardPresentation)
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> BOARD_PRESENTATION_DATE = ProcessVariable.of("boardPresentationDate", String.class);
    public static final ProcessVariable<String> PRESENTATION_DECK_LINK = ProcessVariable.of("presentationDeckLink", String.class);
    public static final ProcessVariable<Boolean> PRESENTATION_HELD = ProcessVariable.of("presentationHeld", Boolean.class);
    /** ADOPTED, ADOPTED_WITH_CHANGES, FURTHER_STUDY or NOT_ADOPTED. */
    public static final ProcessVariable<String> BOARD_DECISION = ProcessVariable.of("boardDecision", String.class);
    public static final ProcessVariable<Number> BOARD_ATTENDEES = ProcessVariable.of("boardAttendees", Number.class);
    public static final ProcessVariable<String> BOARD_FEEDBACK = ProcessVariable.of("boardFeedback", String.class);

    // assessment: the mentor's final evaluation by the strategic-management rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_ANALYSIS_DEPTH = ProcessVariable.of("score_analysisDepth", Double.class);
    public static final ProcessVariable<Double> SCORE_COMMUNICATION = ProcessVariable.of("score_communication", Double.class);
    public static final ProcessVariable<Double> SCORE_BUSINESS_JUDGEMENT = ProcessVariable.of("score_businessJudgement", Double.class);
    public static final ProcessVariable<Double> SCORE_PROFESSIONAL_CONDUCT =
            ProcessVariable.of("score_professionalConduct", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
