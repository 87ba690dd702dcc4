package vn.practicum.field.fieldtemplate;

import java.util.Date;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the field's fragments: names and types in one place. The lifecycle's own variables
 * ({@code studentId}, {@code hostCode}, {@code placementStart}, ...) are in {@link PracticumVariables}; these come
 * from the fragments' forms and checks and travel back to the calling stage, which takes whatever a fragment created
 * or changed ({@link vn.practicum.engine.lifecycle.LifecycleVariableMapping}).
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}.
 */
// FIELD AUTHOR: declare here every variable your forms, delegates and tests use (the conformance test refuses a form
// field that is not). Name them after your field's things and never reuse a lifecycle variable's name: the mentoring
// fragment runs beside the logbooks, and what it sets is copied back over the stage's variables.
public final class FieldTemplateVariables {

    private FieldTemplateVariables() {
    }

    // placement: the student's field document (Task_SubmitFieldDocument)
    /** The name of a {@code DocumentKind}, chosen from the form's select. */
    public static final ProcessVariable<String> DOCUMENT_KIND = ProcessVariable.of("documentKind", String.class);
    public static final ProcessVariable<String> DOCUMENT_NUMBER = ProcessVariable.of("documentNumber", String.class);
    public static final ProcessVariable<String> DOCUMENT_ISSUER = ProcessVariable.of("documentIssuer", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> DOCUMENT_VALID_UNTIL = ProcessVariable.of("documentValidUntil", String.class);
    /** Every problem the document check found, one per line ("Vietnamese / English"); removed when all is valid. */
    public static final ProcessVariable<String> DOCUMENT_PROBLEM = ProcessVariable.of("documentProblem", String.class);
    /**
     * Input parameter of ServiceTask_CheckFieldDocument: the day the document must still be valid on.
     * Defaults to {@code placementStart} when the task has no such input.
     */
    public static final ProcessVariable<Date> DOCUMENT_VALID_ON = ProcessVariable.of("documentValidOn", Date.class);

    // placement: the host's HR (Task_ConfirmReadiness)
    /** {@code yyyy-MM-dd}: the day the student had the host's initial occupational-safety training. */
    public static final ProcessVariable<String> SAFETY_TRAINING_ON = ProcessVariable.of("safetyTrainingOn", String.class);
    /** Workplace, equipment or accounts prepared for the student. */
    public static final ProcessVariable<String> READINESS_NOTE = ProcessVariable.of("readinessNote", String.class);

    // mentoring: the student's milestone (Task_ReportMilestone)
    public static final ProcessVariable<String> MILESTONE_REPORT = ProcessVariable.of("milestoneReport", String.class);
    /** A link or reference to what the student produced. */
    public static final ProcessVariable<String> MILESTONE_EVIDENCE = ProcessVariable.of("milestoneEvidence", String.class);

    // mentoring: the mentor (Task_ReviewMilestone)
    public static final ProcessVariable<Boolean> MILESTONE_ACCEPTED = ProcessVariable.of("milestoneAccepted", Boolean.class);
    public static final ProcessVariable<String> MILESTONE_REVIEW_COMMENT =
            ProcessVariable.of("milestoneReviewComment", String.class);

    // assessment: the mentor's final evaluation by the field's rubric (Task_FinalEvaluation), 0 to 10 each
    // FIELD AUTHOR: one score_<criterion> per criterion of the rubric (FieldTemplateField.RUBRIC).
    public static final ProcessVariable<Double> SCORE_FIELD_SKILLS = ProcessVariable.of("score_fieldSkills", Double.class);
    public static final ProcessVariable<Double> SCORE_WORK_QUALITY = ProcessVariable.of("score_workQuality", Double.class);
    public static final ProcessVariable<Double> SCORE_PROFESSIONAL_CONDUCT =
            ProcessVariable.of("score_professionalConduct", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
