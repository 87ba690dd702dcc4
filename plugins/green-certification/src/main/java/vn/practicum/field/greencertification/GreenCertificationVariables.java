package vn.practicum.field.greencertification;

import java.util.Date;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the green-certification fragments: names and types in one place. The lifecycle's own variables
 * ({@code studentId}, {@code placementStart}, ...) are in {@link PracticumVariables}; these come from the
 * fragments' forms and checks and travel back to the calling stage, which takes whatever a fragment created or changed
 * ({@link vn.practicum.engine.lifecycle.LifecycleVariableMapping}). None
 * of them shares a name with a lifecycle variable, so the mentoring fragment, which runs beside the logbooks, never
 * writes over the lifecycle's state.
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}. Emissions are in tonnes of
 * CO2 equivalent (tCO2e).
 */
public final class GreenCertificationVariables {

    private GreenCertificationVariables() {
    }

    // placement: the verification the host assigns the student to (Task_AssignVerificationEngagement)
    /** The organisation whose GHG information the host verifies and the student will work on. */
    public static final ProcessVariable<String> VERIFIED_ORGANISATION = ProcessVariable.of("verifiedOrganisation", String.class);
    /** Its enterprise code (mã số doanh nghiệp): 10 digits, or 10-3 for a branch. */
    public static final ProcessVariable<String> VERIFIED_ORGANISATION_CODE = ProcessVariable.of("verifiedOrganisationCode", String.class);
    /** DECREE_06_INVENTORY, ISO_14064_ORGANISATION or ISO_14067_PRODUCT: what is verified. */
    public static final ProcessVariable<String> VERIFICATION_SCOPE = ProcessVariable.of("verificationScope", String.class);
    public static final ProcessVariable<String> ENGAGEMENT_REFERENCE = ProcessVariable.of("engagementReference", String.class);

    // placement: the student's impartiality / conflict-of-interest declaration (Task_DeclareImpartiality)
    /** The enterprise code the student declares about: must be the verified organisation's. */
    public static final ProcessVariable<String> DECLARED_ORGANISATION_CODE = ProcessVariable.of("declaredOrganisationCode", String.class);
    public static final ProcessVariable<Boolean> EMPLOYED_BY_ORGANISATION = ProcessVariable.of("employedByOrganisation", Boolean.class);
    /** {@code yyyy-MM-dd}; only when employed by the organisation. */
    public static final ProcessVariable<String> EMPLOYMENT_ENDED_ON = ProcessVariable.of("employmentEndedOn", String.class);
    /** Consultancy for the organisation, its GHG inventory included (a self-review threat). */
    public static final ProcessVariable<Boolean> CONSULTED_FOR_ORGANISATION = ProcessVariable.of("consultedForOrganisation", Boolean.class);
    /** {@code yyyy-MM-dd}; only when the student consulted for the organisation. */
    public static final ProcessVariable<String> CONSULTANCY_ENDED_ON = ProcessVariable.of("consultancyEndedOn", String.class);
    public static final ProcessVariable<Boolean> CLOSE_RELATIVE_AT_ORGANISATION =
            ProcessVariable.of("closeRelativeAtOrganisation", Boolean.class);
    public static final ProcessVariable<Boolean> FINANCIAL_INTEREST_IN_ORGANISATION =
            ProcessVariable.of("financialInterestInOrganisation", Boolean.class);
    /** The student commits to declare any change during the placement. */
    public static final ProcessVariable<Boolean> IMPARTIALITY_COMMITMENT = ProcessVariable.of("impartialityCommitment", Boolean.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> IMPARTIALITY_DECLARED_ON = ProcessVariable.of("impartialityDeclaredOn", String.class);
    /**
     * The impartiality check's findings, one per line: an incomplete declaration (back to the student) or a conflict
     * of interest (back to the host, to assign another organisation); removed when the declaration is clear.
     */
    public static final ProcessVariable<String> IMPARTIALITY_PROBLEM = ProcessVariable.of("impartialityProblem", String.class);

    // placement: the student's GHG-inventory method training (Task_SubmitGhgTraining)
    public static final ProcessVariable<String> GHG_TRAINING_CERTIFICATE_NUMBER =
            ProcessVariable.of("ghgTrainingCertificateNumber", String.class);
    public static final ProcessVariable<String> GHG_TRAINING_PROVIDER = ProcessVariable.of("ghgTrainingProvider", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> GHG_TRAINING_COMPLETED_ON = ProcessVariable.of("ghgTrainingCompletedOn", String.class);
    /** Training hours; a Camunda Forms number field, so Integer, Long or Double. */
    public static final ProcessVariable<Number> GHG_TRAINING_HOURS = ProcessVariable.of("ghgTrainingHours", Number.class);
    /** Organisational and operational boundaries, scopes 1–3 (ISO 14064-1, clause 5). */
    public static final ProcessVariable<Boolean> GHG_TRAINING_COVERS_BOUNDARIES =
            ProcessVariable.of("ghgTrainingCoversBoundaries", Boolean.class);
    /** Activity data and its collection (ISO 14064-1, clause 6). */
    public static final ProcessVariable<Boolean> GHG_TRAINING_COVERS_ACTIVITY_DATA =
            ProcessVariable.of("ghgTrainingCoversActivityData", Boolean.class);
    /** Emission factors and their sources (ISO 14064-1, clause 6). */
    public static final ProcessVariable<Boolean> GHG_TRAINING_COVERS_EMISSION_FACTORS =
            ProcessVariable.of("ghgTrainingCoversEmissionFactors", Boolean.class);
    /** Inventory quality management: QA/QC and uncertainty (ISO 14064-1, clause 8). */
    public static final ProcessVariable<Boolean> GHG_TRAINING_COVERS_QUALITY_MANAGEMENT =
            ProcessVariable.of("ghgTrainingCoversQualityManagement", Boolean.class);
    /** The training check's problems, one per line; removed when the training is enough. */
    public static final ProcessVariable<String> GHG_TRAINING_PROBLEM = ProcessVariable.of("ghgTrainingProblem", String.class);
    /**
     * Input parameter of ServiceTask_VerifyGhgTraining: the day by which the training must be completed. Defaults to
     * {@code placementStart} when the task has no such input.
     */
    public static final ProcessVariable<Date> TRAINING_COMPLETED_BY = ProcessVariable.of("trainingCompletedBy", Date.class);
    /** Input parameter of ServiceTask_VerifyGhgTraining: the fewest training hours, "1" to "200"; default 16. */
    public static final ProcessVariable<String> MINIMUM_TRAINING_HOURS = ProcessVariable.of("minimumTrainingHours", String.class);
    /** Input parameter of ServiceTask_VerifyGhgTraining: how many years a training stays current, "1" to "10"; default 3. */
    public static final ProcessVariable<String> MAXIMUM_TRAINING_AGE_YEARS =
            ProcessVariable.of("maximumTrainingAgeYears", String.class);

    // mentoring: shadowing a real verification (Task_RecordVerificationShadowing, Task_ConfirmShadowing)
    public static final ProcessVariable<String> SHADOWED_VERIFICATION_REFERENCE =
            ProcessVariable.of("shadowedVerificationReference", String.class);
    /** {@code yyyy-MM-dd}: the site visit the student attended. */
    public static final ProcessVariable<String> SHADOWED_SITE_VISIT_ON = ProcessVariable.of("shadowedSiteVisitOn", String.class);
    /** What the student observed: opening meeting, document review, site visit, data sampling, closing meeting. */
    public static final ProcessVariable<String> SHADOWED_ACTIVITIES = ProcessVariable.of("shadowedActivities", String.class);
    public static final ProcessVariable<String> SHADOWING_REFLECTION = ProcessVariable.of("shadowingReflection", String.class);
    public static final ProcessVariable<Boolean> SHADOWING_CONFIRMED = ProcessVariable.of("shadowingConfirmed", Boolean.class);
    public static final ProcessVariable<String> SHADOWING_COMMENT = ProcessVariable.of("shadowingComment", String.class);

    // mentoring: the GHG inventory exercise (Task_SubmitGhgInventoryExercise, Task_ReviewGhgInventory), tCO2e
    public static final ProcessVariable<String> INVENTORY_ORGANISATION = ProcessVariable.of("inventoryOrganisation", String.class);
    /** A whole calendar year; a Camunda Forms number field. */
    public static final ProcessVariable<Number> INVENTORY_REPORTING_YEAR = ProcessVariable.of("inventoryReportingYear", Number.class);
    /** Organisational and operational boundaries: sites, consolidation approach, sources by scope. */
    public static final ProcessVariable<String> INVENTORY_BOUNDARY = ProcessVariable.of("inventoryBoundary", String.class);
    public static final ProcessVariable<Number> INVENTORY_SCOPE1_EMISSIONS = ProcessVariable.of("inventoryScope1Emissions", Number.class);
    public static final ProcessVariable<Number> INVENTORY_SCOPE2_EMISSIONS = ProcessVariable.of("inventoryScope2Emissions", Number.class);
    /** Optional: scope 3 (other indirect) emissions. */
    public static final ProcessVariable<Number> INVENTORY_SCOPE3_EMISSIONS = ProcessVariable.of("inventoryScope3Emissions", Number.class);
    public static final ProcessVariable<Number> INVENTORY_TOTAL_EMISSIONS = ProcessVariable.of("inventoryTotalEmissions", Number.class);
    public static final ProcessVariable<String> INVENTORY_ACTIVITY_DATA_SOURCES =
            ProcessVariable.of("inventoryActivityDataSources", String.class);
    public static final ProcessVariable<String> INVENTORY_EMISSION_FACTOR_SOURCES =
            ProcessVariable.of("inventoryEmissionFactorSources", String.class);
    public static final ProcessVariable<String> INVENTORY_QA_QC_PROCEDURES = ProcessVariable.of("inventoryQaQcProcedures", String.class);
    /** Overall uncertainty of the total, in per cent. */
    public static final ProcessVariable<Number> INVENTORY_UNCERTAINTY_PERCENT =
            ProcessVariable.of("inventoryUncertaintyPercent", Number.class);
    /** Needed when the uncertainty is above the materiality threshold: main sources and how to reduce them. */
    public static final ProcessVariable<String> INVENTORY_UNCERTAINTY_EXPLANATION =
            ProcessVariable.of("inventoryUncertaintyExplanation", String.class);
    /** Link to the inventory report. */
    public static final ProcessVariable<String> INVENTORY_REPORT_LINK = ProcessVariable.of("inventoryReportLink", String.class);
    /** The inventory check's problems, one per line; removed when the exercise is complete. */
    public static final ProcessVariable<String> INVENTORY_PROBLEM = ProcessVariable.of("inventoryProblem", String.class);
    /** Input parameter of ServiceTask_CheckGhgInventory: the materiality threshold, "1" to "10" per cent; default 5. */
    public static final ProcessVariable<String> INVENTORY_MATERIALITY_PERCENT =
            ProcessVariable.of("inventoryMaterialityPercent", String.class);
    public static final ProcessVariable<Boolean> INVENTORY_APPROVED = ProcessVariable.of("inventoryApproved", Boolean.class);
    public static final ProcessVariable<String> INVENTORY_REVIEW_COMMENT = ProcessVariable.of("inventoryReviewComment", String.class);

    // assessment: the mentor's final evaluation by the green-certification rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_METHOD_RIGOUR = ProcessVariable.of("score_methodRigour", Double.class);
    public static final ProcessVariable<Double> SCORE_EVIDENCE_QUALITY = ProcessVariable.of("score_evidenceQuality", Double.class);
    public static final ProcessVariable<Double> SCORE_PROFESSIONAL_SCEPTICISM =
            ProcessVariable.of("score_professionalScepticism", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
