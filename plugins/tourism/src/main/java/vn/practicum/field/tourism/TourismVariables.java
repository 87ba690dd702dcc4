package vn.practicum.field.tourism;

import java.util.Date;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the tourism fragments: names and types in one place. The lifecycle's own variables
 * ({@code studentId}, {@code placementStart}, ...) are in {@link PracticumVariables}; these come from the
 * fragments' forms and checks and travel back to the calling stage, which takes whatever a fragment created or changed
 * ({@link vn.practicum.engine.lifecycle.LifecycleVariableMapping}).
 * None of them shares a name with a lifecycle variable, so the mentoring fragment, which runs beside the
 * logbooks, never writes over the lifecycle's state.
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}. Codes chosen from a
 * select (tour scope, card kind, language, CEFR level) are Strings too, so that a value the rules do not know
 * is reported, not thrown.
 */
public final class TourismVariables {

    private TourismVariables() {
    }

    // placement: the host's tour assignment (Task_DefineTourAssignment)
    /** INTERNATIONAL, DOMESTIC or ON_SITE: which tourists the student will guide (Law on Tourism 2017, Art. 58). */
    public static final ProcessVariable<String> TOUR_SCOPE = ProcessVariable.of("tourScope", String.class);
    /** ISO 639-1 code of the language of international tours, such as {@code en}; only for INTERNATIONAL. */
    public static final ProcessVariable<String> TOUR_LANGUAGE = ProcessVariable.of("tourLanguage", String.class);
    /** The tours the student will join: routes, customers, duration. */
    public static final ProcessVariable<String> TOUR_PROGRAMME = ProcessVariable.of("tourProgramme", String.class);

    // placement: the student's guiding credential (Task_SubmitGuideCredentials)
    /** OWN_CARD or SHADOWING_LETTER. */
    public static final ProcessVariable<String> GUIDE_CREDENTIAL = ProcessVariable.of("guideCredential", String.class);
    /** INTERNATIONAL, DOMESTIC or ON_SITE: the student's own card, or the card of the guide the student shadows. */
    public static final ProcessVariable<String> GUIDE_CARD_KIND = ProcessVariable.of("guideCardKind", String.class);
    public static final ProcessVariable<String> GUIDE_CARD_NUMBER = ProcessVariable.of("guideCardNumber", String.class);
    /** {@code yyyy-MM-dd}; may be absent for an on-site card. */
    public static final ProcessVariable<String> GUIDE_CARD_VALID_UNTIL = ProcessVariable.of("guideCardValidUntil", String.class);
    /** The travel company's letter assigning the student to shadow a carded guide. */
    public static final ProcessVariable<String> SHADOWING_LETTER_NUMBER = ProcessVariable.of("shadowingLetterNumber", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> SHADOWING_LETTER_ISSUED_ON =
            ProcessVariable.of("shadowingLetterIssuedOn", String.class);
    /** Every problem the guide-card check found, one per line ("Vietnamese / English"); removed when all is valid. */
    public static final ProcessVariable<String> GUIDE_CARD_PROBLEM = ProcessVariable.of("guideCardProblem", String.class);
    /**
     * Input parameter of ServiceTask_VerifyGuideCard and ServiceTask_CheckLanguageLevel: the day the card and the
     * certificate must still be valid on. Defaults to {@code placementStart} when the task has no such input.
     */
    public static final ProcessVariable<Date> CREDENTIALS_VALID_ON = ProcessVariable.of("credentialsValidOn", Date.class);

    // placement: the foreign-language certificate, for international tours (Task_SubmitGuideCredentials)
    /** ISO 639-1 code of the certificate's language. */
    public static final ProcessVariable<String> LANGUAGE_CERTIFICATE_LANGUAGE =
            ProcessVariable.of("languageCertificateLanguage", String.class);
    /** A1, A2, B1, B2, C1 or C2 (CEFR; levels 1 to 6 of Vietnam's framework). */
    public static final ProcessVariable<String> LANGUAGE_LEVEL = ProcessVariable.of("languageLevel", String.class);
    public static final ProcessVariable<String> LANGUAGE_CERTIFICATE_NUMBER =
            ProcessVariable.of("languageCertificateNumber", String.class);
    public static final ProcessVariable<String> LANGUAGE_CERTIFICATE_ISSUER =
            ProcessVariable.of("languageCertificateIssuer", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> LANGUAGE_CERTIFICATE_VALID_UNTIL =
            ProcessVariable.of("languageCertificateValidUntil", String.class);
    /**
     * Input parameter of ServiceTask_CheckLanguageLevel: the lowest CEFR level accepted, "B2" (the legal minimum)
     * or higher. No input means B2.
     */
    public static final ProcessVariable<String> MINIMUM_LANGUAGE_LEVEL = ProcessVariable.of("minimumLanguageLevel", String.class);
    /** The language check's problems, one per line; shown to the host, who may assign other tours. */
    public static final ProcessVariable<String> LANGUAGE_PROBLEM = ProcessVariable.of("languageProblem", String.class);

    // placement: the host's safety and first-aid briefing (Task_RecordSafetyBriefing)
    public static final ProcessVariable<Boolean> SAFETY_BRIEFING_HELD = ProcessVariable.of("safetyBriefingHeld", Boolean.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> SAFETY_BRIEFING_ON = ProcessVariable.of("safetyBriefingOn", String.class);
    public static final ProcessVariable<String> SAFETY_BRIEFING_TOPICS = ProcessVariable.of("safetyBriefingTopics", String.class);
    /** The host's 24-hour operations number the student calls in an emergency on tour. */
    public static final ProcessVariable<String> EMERGENCY_HOTLINE = ProcessVariable.of("emergencyHotline", String.class);

    // mentoring: a tour guided under supervision (Task_ReportGuidedTour, Task_ConfirmGuidedTour)
    public static final ProcessVariable<String> GUIDED_TOUR_CODE = ProcessVariable.of("guidedTourCode", String.class);
    /** {@code yyyy-MM-dd}: the tour's (first) day. */
    public static final ProcessVariable<String> GUIDED_TOUR_DATE = ProcessVariable.of("guidedTourDate", String.class);
    public static final ProcessVariable<String> GUIDED_TOUR_ROUTE = ProcessVariable.of("guidedTourRoute", String.class);
    /** Number of tourists in the group; a Camunda Forms number field, so Integer, Long or Double. */
    public static final ProcessVariable<Number> GUIDED_TOUR_GROUP_SIZE = ProcessVariable.of("guidedTourGroupSize", Number.class);
    /** What the student guided, and any incident on the way. */
    public static final ProcessVariable<String> GUIDED_TOUR_REPORT = ProcessVariable.of("guidedTourReport", String.class);
    public static final ProcessVariable<Boolean> GUIDED_TOUR_CONFIRMED = ProcessVariable.of("guidedTourConfirmed", Boolean.class);
    public static final ProcessVariable<String> GUIDED_TOUR_REVIEW_COMMENT =
            ProcessVariable.of("guidedTourReviewComment", String.class);

    // mentoring: the customers' feedback on that tour (Task_SubmitCustomerFeedback)
    public static final ProcessVariable<Number> FEEDBACK_RESPONSES = ProcessVariable.of("feedbackResponses", Number.class);
    /** Mean satisfaction, 1 to 5. */
    public static final ProcessVariable<Number> FEEDBACK_AVERAGE_RATING = ProcessVariable.of("feedbackAverageRating", Number.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> FEEDBACK_COLLECTED_ON = ProcessVariable.of("feedbackCollectedOn", String.class);
    public static final ProcessVariable<String> FEEDBACK_SUMMARY = ProcessVariable.of("feedbackSummary", String.class);
    /** Required when customers were less than satisfied (mean below 4). */
    public static final ProcessVariable<String> FEEDBACK_IMPROVEMENT_PLAN =
            ProcessVariable.of("feedbackImprovementPlan", String.class);
    /** The feedback check's problems, one per line; removed when the feedback is usable. */
    public static final ProcessVariable<String> FEEDBACK_PROBLEM = ProcessVariable.of("feedbackProblem", String.class);
    /** Input parameter of ServiceTask_CheckCustomerFeedback: the fewest responses a tour needs, "1" to "1000"; default 5. */
    public static final ProcessVariable<String> MINIMUM_FEEDBACK_RESPONSES =
            ProcessVariable.of("minimumFeedbackResponses", String.class);

    // assessment: the mentor's final evaluation by the tourism rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_SERVICE_QUALITY = ProcessVariable.of("score_serviceQuality", Double.class);
    public static final ProcessVariable<Double> SCORE_LANGUAGE_COMMUNICATION =
            ProcessVariable.of("score_languageCommunication", Double.class);
    public static final ProcessVariable<Double> SCORE_SAFETY_CONDUCT = ProcessVariable.of("score_safetyConduct", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
