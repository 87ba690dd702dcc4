package vn.practicum.field.informationtechnology;

import java.util.Date;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the information-technology fragments: names and types in one place. The lifecycle's
 * own variables ({@code studentId}, {@code placementStart}, ...) are in
 * {@link vn.practicum.engine.lifecycle.PracticumVariables}; these come from the fragments' forms and checks
 * and travel back to the calling stage, which takes whatever a fragment created or changed ({@link
 * vn.practicum.engine.lifecycle.LifecycleVariableMapping}).
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}.
 */
public final class InformationTechnologyVariables {

    private InformationTechnologyVariables() {
    }

    // placement: the student's two training certificates (Task_SubmitTrainingCertificates)
    public static final ProcessVariable<String> CYBERSECURITY_CERTIFICATE_NUMBER =
            ProcessVariable.of("cybersecurityCertificateNumber", String.class);
    public static final ProcessVariable<String> CYBERSECURITY_ISSUER = ProcessVariable.of("cybersecurityIssuer", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> CYBERSECURITY_VALID_UNTIL =
            ProcessVariable.of("cybersecurityValidUntil", String.class);
    public static final ProcessVariable<String> PERSONAL_DATA_CERTIFICATE_NUMBER =
            ProcessVariable.of("personalDataCertificateNumber", String.class);
    public static final ProcessVariable<String> PERSONAL_DATA_ISSUER = ProcessVariable.of("personalDataIssuer", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> PERSONAL_DATA_VALID_UNTIL =
            ProcessVariable.of("personalDataValidUntil", String.class);
    /** Every problem the certificate check found, one per line ("Vietnamese / English"); removed when all is valid. */
    public static final ProcessVariable<String> CERTIFICATE_PROBLEM = ProcessVariable.of("certificateProblem", String.class);
    /**
     * Input parameter of ServiceTask_VerifyTrainingCertificates: the day the certificates must still be valid on.
     * Defaults to {@code placementStart} when the task has no such input.
     */
    public static final ProcessVariable<Date> CERTIFICATES_VALID_ON = ProcessVariable.of("certificatesValidOn", Date.class);

    // placement: the host's HR (Task_SignNdaAndAccessRights)
    public static final ProcessVariable<Boolean> NDA_SIGNED = ProcessVariable.of("ndaSigned", Boolean.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> NDA_SIGNED_ON = ProcessVariable.of("ndaSignedOn", String.class);
    /** The systems and accounts the student may use, least privilege. */
    public static final ProcessVariable<String> ACCESS_RIGHTS = ProcessVariable.of("accessRights", String.class);

    // mentoring: the information-security dossier by classification level (Task_PrepareSecurityDossier)
    public static final ProcessVariable<String> SYSTEM_NAME = ProcessVariable.of("systemName", String.class);
    /** 1 to 5, Decree 85/2016/NĐ-CP; a Camunda Forms number field, so Integer, Long or Double. */
    public static final ProcessVariable<Number> PROPOSED_CLASSIFICATION_LEVEL =
            ProcessVariable.of("proposedClassificationLevel", Number.class);
    public static final ProcessVariable<String> SYSTEM_DESCRIPTION = ProcessVariable.of("systemDescription", String.class);
    public static final ProcessVariable<String> LEVEL_JUSTIFICATION = ProcessVariable.of("levelJustification", String.class);
    public static final ProcessVariable<String> RISK_ASSESSMENT = ProcessVariable.of("riskAssessment", String.class);
    public static final ProcessVariable<String> INCIDENT_RESPONSE_PLAN = ProcessVariable.of("incidentResponsePlan", String.class);
    /** The dossier's problems, one per line ("Vietnamese / English"); removed when the dossier is complete. */
    public static final ProcessVariable<String> DOSSIER_PROBLEM = ProcessVariable.of("dossierProblem", String.class);
    /**
     * Input parameter of ServiceTask_CheckSecurityDossier: the highest level the host lets a student prepare
     * a dossier for, "1" to "5". No input means 5.
     */
    public static final ProcessVariable<String> MAXIMUM_CLASSIFICATION_LEVEL =
            ProcessVariable.of("maximumClassificationLevel", String.class);

    // mentoring: the mentor (Task_ReviewSecurityDossier, Task_ConfirmSystemDelivered)
    public static final ProcessVariable<Boolean> DOSSIER_APPROVED = ProcessVariable.of("dossierApproved", Boolean.class);
    public static final ProcessVariable<String> DOSSIER_REVIEW_COMMENT = ProcessVariable.of("dossierReviewComment", String.class);
    /** Repository, release or hand-over record of what the student delivered. */
    public static final ProcessVariable<String> DELIVERY_REFERENCE = ProcessVariable.of("deliveryReference", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> DELIVERED_ON = ProcessVariable.of("deliveredOn", String.class);
    public static final ProcessVariable<String> DELIVERY_NOTE = ProcessVariable.of("deliveryNote", String.class);

    // assessment: the mentor's final evaluation by the IT rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_TECHNICAL_QUALITY = ProcessVariable.of("score_technicalQuality", Double.class);
    public static final ProcessVariable<Double> SCORE_SECURITY_PRACTICE = ProcessVariable.of("score_securityPractice", Double.class);
    public static final ProcessVariable<Double> SCORE_PROFESSIONAL_CONDUCT =
            ProcessVariable.of("score_professionalConduct", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
