package vn.practicum.field.fintech;

import java.util.Date;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the fintech fragments: names and types in one place. The lifecycle's own variables
 * ({@code studentId}, {@code placementStart}, {@code placementEnd}, ...) are in
 * {@link vn.practicum.engine.lifecycle.PracticumVariables}; these come from the fragments' forms and checks and
 * travel back to the calling stage, which takes whatever a fragment created or changed ({@link
 * vn.practicum.engine.lifecycle.LifecycleVariableMapping}).
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}.
 */
public final class FintechVariables {

    private FintechVariables() {
    }

    // placement: the student's AML/KYC training attestation (Task_SubmitAmlTrainingAttestation)
    public static final ProcessVariable<String> AML_ATTESTATION_NUMBER = ProcessVariable.of("amlAttestationNumber", String.class);
    /** Who trained the student: the host's compliance unit, a banking academy, a training centre. */
    public static final ProcessVariable<String> AML_TRAINING_PROVIDER = ProcessVariable.of("amlTrainingProvider", String.class);
    /** {@code yyyy-MM-dd}: the day the training (and its test) was completed. */
    public static final ProcessVariable<String> AML_TRAINING_COMPLETED_ON =
            ProcessVariable.of("amlTrainingCompletedOn", String.class);
    /** {@code yyyy-MM-dd}: the last day the attestation is valid (refresher training due after it). */
    public static final ProcessVariable<String> AML_ATTESTATION_VALID_UNTIL =
            ProcessVariable.of("amlAttestationValidUntil", String.class);
    /** The training covered customer identification and due diligence (KYC/CDD). */
    public static final ProcessVariable<Boolean> AML_TOPIC_CUSTOMER_DUE_DILIGENCE =
            ProcessVariable.of("amlTopicCustomerDueDiligence", Boolean.class);
    /** The training covered recognising and reporting suspicious transactions. */
    public static final ProcessVariable<Boolean> AML_TOPIC_SUSPICIOUS_TRANSACTIONS =
            ProcessVariable.of("amlTopicSuspiciousTransactions", Boolean.class);
    /** The training covered keeping reports confidential (no tipping-off) and protecting customer data. */
    public static final ProcessVariable<Boolean> AML_TOPIC_CONFIDENTIALITY =
            ProcessVariable.of("amlTopicConfidentiality", Boolean.class);
    /** The student's result in the training's final test, 0 to 100; a Camunda Forms number, so any Number. */
    public static final ProcessVariable<Number> AML_TEST_SCORE = ProcessVariable.of("amlTestScore", Number.class);
    /** Every problem the attestation check found, one per line ("Vietnamese / English"); removed when all is valid. */
    public static final ProcessVariable<String> AML_TRAINING_PROBLEM = ProcessVariable.of("amlTrainingProblem", String.class);
    /**
     * Input parameter of ServiceTask_VerifyAmlTrainingAttestation: the day the attestation must still be valid on.
     * Defaults to {@code placementStart} when the task has no such input.
     */
    public static final ProcessVariable<Date> AML_TRAINING_VALID_ON = ProcessVariable.of("amlTrainingValidOn", Date.class);
    /**
     * Input parameter of ServiceTask_VerifyAmlTrainingAttestation: the lowest test score the host accepts, "0" to
     * "100". No input means 80.
     */
    public static final ProcessVariable<String> AML_PASS_MARK = ProcessVariable.of("amlPassMark", String.class);

    // placement: the host's HR grants sandbox access (Task_GrantSandboxAccess)
    /** The sandbox or test environment the student works in. */
    public static final ProcessVariable<String> SANDBOX_ENVIRONMENT = ProcessVariable.of("sandboxEnvironment", String.class);
    /** The student's own account in it (never a shared one). */
    public static final ProcessVariable<String> SANDBOX_ACCOUNT = ProcessVariable.of("sandboxAccount", String.class);
    /** SYNTHETIC or MASKED: see {@code SandboxDataScope}. */
    public static final ProcessVariable<String> SANDBOX_DATA_SCOPE = ProcessVariable.of("sandboxDataScope", String.class);
    /** The host confirms the student has no access to production systems or live customer data. */
    public static final ProcessVariable<Boolean> PRODUCTION_ACCESS_EXCLUDED =
            ProcessVariable.of("productionAccessExcluded", Boolean.class);
    /** {@code yyyy-MM-dd}: the first day of the student's sandbox access. */
    public static final ProcessVariable<String> SANDBOX_ACCESS_FROM = ProcessVariable.of("sandboxAccessFrom", String.class);
    /** {@code yyyy-MM-dd}: the last day of the student's sandbox access. */
    public static final ProcessVariable<String> SANDBOX_ACCESS_UNTIL = ProcessVariable.of("sandboxAccessUntil", String.class);
    /** The access's problems, one per line ("Vietnamese / English"); removed when the access is acceptable. */
    public static final ProcessVariable<String> SANDBOX_ACCESS_PROBLEM = ProcessVariable.of("sandboxAccessProblem", String.class);
    /**
     * Input parameter of ServiceTask_CheckSandboxAccess: the widest data the host's sandbox policy lets a student
     * see, "SYNTHETIC" or "MASKED". No input means MASKED.
     */
    public static final ProcessVariable<String> MAXIMUM_DATA_SCOPE = ProcessVariable.of("maximumDataScope", String.class);

    // mentoring: the sandbox experiment report (Task_SubmitExperimentReport)
    public static final ProcessVariable<String> EXPERIMENT_TITLE = ProcessVariable.of("experimentTitle", String.class);
    /** The hypothesis or question the experiment tests. */
    public static final ProcessVariable<String> EXPERIMENT_OBJECTIVE = ProcessVariable.of("experimentObjective", String.class);
    /** SYNTHETIC or MASKED: the data the experiment actually used. */
    public static final ProcessVariable<String> EXPERIMENT_DATASET = ProcessVariable.of("experimentDataset", String.class);
    public static final ProcessVariable<String> EXPERIMENT_METHOD = ProcessVariable.of("experimentMethod", String.class);
    /** What was measured, with the figures. */
    public static final ProcessVariable<String> EXPERIMENT_RESULTS = ProcessVariable.of("experimentResults", String.class);
    /** How AML/KYC, consumer-protection and data-protection rules were kept during the experiment. */
    public static final ProcessVariable<String> EXPERIMENT_COMPLIANCE_CONTROLS =
            ProcessVariable.of("experimentComplianceControls", String.class);
    /** How the masked data was de-identified; required when the experiment used MASKED data. */
    public static final ProcessVariable<String> EXPERIMENT_MASKING_METHOD = ProcessVariable.of("experimentMaskingMethod", String.class);
    /** Optional: where the full report or code lives, an https link. */
    public static final ProcessVariable<String> EXPERIMENT_REPORT_LINK = ProcessVariable.of("experimentReportLink", String.class);
    /** The report's problems, one per line ("Vietnamese / English"); removed when the report is complete. */
    public static final ProcessVariable<String> EXPERIMENT_REPORT_PROBLEM =
            ProcessVariable.of("experimentReportProblem", String.class);

    // mentoring: the mentor (Task_ReviewExperimentReport)
    public static final ProcessVariable<Boolean> EXPERIMENT_REPORT_APPROVED =
            ProcessVariable.of("experimentReportApproved", Boolean.class);
    public static final ProcessVariable<String> EXPERIMENT_REVIEW_COMMENT = ProcessVariable.of("experimentReviewComment", String.class);

    // assessment: the mentor's final evaluation by the fintech rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_REGULATORY_COMPLIANCE =
            ProcessVariable.of("score_regulatoryCompliance", Double.class);
    public static final ProcessVariable<Double> SCORE_TECHNICAL_QUALITY = ProcessVariable.of("score_technicalQuality", Double.class);
    public static final ProcessVariable<Double> SCORE_PROFESSIONAL_CONDUCT =
            ProcessVariable.of("score_professionalConduct", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
