package vn.practicum.field.digitalbusiness;

import java.util.Date;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the digital-business fragments: names and types in one place. The lifecycle's own variables
 * ({@code studentId}, {@code placementStart}, {@code placementEnd}, ...) are in
 * {@link vn.practicum.engine.lifecycle.PracticumVariables}; these come from the fragments' forms and checks and
 * travel back to the calling stage, which takes whatever a fragment created or changed ({@link
 * vn.practicum.engine.lifecycle.LifecycleVariableMapping}).
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}.
 */
public final class DigitalBusinessVariables {

    private DigitalBusinessVariables() {
    }

    // placement: the practicum's electronic contract (Task_SubmitElectronicContract)
    public static final ProcessVariable<String> E_CONTRACT_NUMBER = ProcessVariable.of("eContractNumber", String.class);
    /** How the parties signed: see {@code SignatureType} (DIGITAL_SIGNATURE, SECURE_SPECIALISED_SIGNATURE, ...). */
    public static final ProcessVariable<String> E_CONTRACT_SIGNATURE_TYPE =
            ProcessVariable.of("eContractSignatureType", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> E_CONTRACT_HOST_SIGNED_ON = ProcessVariable.of("eContractHostSignedOn", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> E_CONTRACT_STUDENT_SIGNED_ON =
            ProcessVariable.of("eContractStudentSignedOn", String.class);
    /** Serial number of the host signer's signature certificate, hexadecimal. */
    public static final ProcessVariable<String> SIGNING_CERTIFICATE_SERIAL =
            ProcessVariable.of("signingCertificateSerial", String.class);
    /** {@code yyyy-MM-dd}: the last day the host signer's certificate is valid. */
    public static final ProcessVariable<String> SIGNING_CERTIFICATE_VALID_UNTIL =
            ProcessVariable.of("signingCertificateValidUntil", String.class);
    /** The contract's problems, one per line ("Vietnamese / English"); removed when the contract is valid. */
    public static final ProcessVariable<String> E_CONTRACT_PROBLEM = ProcessVariable.of("eContractProblem", String.class);
    /**
     * Input parameter of ServiceTask_VerifyElectronicContract: the day by which both parties must have signed.
     * Defaults to {@code placementStart} when the task has no such input.
     */
    public static final ProcessVariable<Date> CONTRACT_SIGNED_BY = ProcessVariable.of("contractSignedBy", Date.class);

    // placement: the host's HR and the data-access agreement (Task_SignDataAccessAgreement)
    public static final ProcessVariable<String> DATA_ACCESS_AGREEMENT_NUMBER =
            ProcessVariable.of("dataAccessAgreementNumber", String.class);
    /** What the student may use the data for. */
    public static final ProcessVariable<String> DATA_ACCESS_PURPOSE = ProcessVariable.of("dataAccessPurpose", String.class);
    /** Which of the host's data sets, systems or reports. */
    public static final ProcessVariable<String> DATA_ACCESS_DATASETS = ProcessVariable.of("dataAccessDatasets", String.class);
    /** READ_ONLY or READ_WRITE: see {@code AccessLevel}. */
    public static final ProcessVariable<String> DATA_ACCESS_LEVEL = ProcessVariable.of("dataAccessLevel", String.class);
    /** The data sets include personal data (customers', employees'). */
    public static final ProcessVariable<Boolean> PERSONAL_DATA_INCLUDED = ProcessVariable.of("personalDataIncluded", Boolean.class);
    /** How personal data is protected; required when personal data is included. */
    public static final ProcessVariable<String> PERSONAL_DATA_SAFEGUARDS = ProcessVariable.of("personalDataSafeguards", String.class);
    /** {@code yyyy-MM-dd}: the last day of access. */
    public static final ProcessVariable<String> DATA_ACCESS_UNTIL = ProcessVariable.of("dataAccessUntil", String.class);
    /** The agreement's problems, one per line ("Vietnamese / English"); removed when the agreement is acceptable. */
    public static final ProcessVariable<String> DATA_ACCESS_PROBLEM = ProcessVariable.of("dataAccessProblem", String.class);

    // mentoring: the process map delivered to the host (Task_SubmitProcessMap)
    public static final ProcessVariable<String> PROCESS_MAP_NAME = ProcessVariable.of("processMapName", String.class);
    /** Where the host finds the map: an https link. */
    public static final ProcessVariable<String> PROCESS_MAP_LINK = ProcessVariable.of("processMapLink", String.class);
    /** BPMN, FLOWCHART or VALUE_STREAM_MAP: see {@code MapNotation}. */
    public static final ProcessVariable<String> PROCESS_MAP_NOTATION = ProcessVariable.of("processMapNotation", String.class);
    /** How many steps the as-is process has; a Camunda Forms number, so any Number. */
    public static final ProcessVariable<Number> PROCESS_MAP_STEP_COUNT = ProcessVariable.of("processMapStepCount", Number.class);
    public static final ProcessVariable<String> PROCESS_MAP_PAIN_POINTS = ProcessVariable.of("processMapPainPoints", String.class);
    public static final ProcessVariable<String> PROCESS_MAP_IMPROVEMENTS = ProcessVariable.of("processMapImprovements", String.class);
    /** The map's problems, one per line ("Vietnamese / English"); removed when the map is complete. */
    public static final ProcessVariable<String> PROCESS_MAP_PROBLEM = ProcessVariable.of("processMapProblem", String.class);

    // mentoring: the KPI dashboard delivered to the host (Task_SubmitKpiDashboard)
    public static final ProcessVariable<String> KPI_DASHBOARD_LINK = ProcessVariable.of("kpiDashboardLink", String.class);
    /** Where the dashboard's figures come from (ERP, CRM, web analytics, ...). */
    public static final ProcessVariable<String> KPI_DASHBOARD_DATA_SOURCE = ProcessVariable.of("kpiDashboardDataSource", String.class);
    /** DAILY, WEEKLY or MONTHLY: see {@code RefreshFrequency}. */
    public static final ProcessVariable<String> KPI_DASHBOARD_REFRESH = ProcessVariable.of("kpiDashboardRefresh", String.class);
    public static final ProcessVariable<String> KPI1_NAME = ProcessVariable.of("kpi1Name", String.class);
    public static final ProcessVariable<String> KPI1_UNIT = ProcessVariable.of("kpi1Unit", String.class);
    public static final ProcessVariable<Number> KPI1_BASELINE = ProcessVariable.of("kpi1Baseline", Number.class);
    public static final ProcessVariable<Number> KPI1_TARGET = ProcessVariable.of("kpi1Target", Number.class);
    public static final ProcessVariable<String> KPI2_NAME = ProcessVariable.of("kpi2Name", String.class);
    public static final ProcessVariable<String> KPI2_UNIT = ProcessVariable.of("kpi2Unit", String.class);
    public static final ProcessVariable<Number> KPI2_BASELINE = ProcessVariable.of("kpi2Baseline", Number.class);
    public static final ProcessVariable<Number> KPI2_TARGET = ProcessVariable.of("kpi2Target", Number.class);
    public static final ProcessVariable<String> KPI3_NAME = ProcessVariable.of("kpi3Name", String.class);
    public static final ProcessVariable<String> KPI3_UNIT = ProcessVariable.of("kpi3Unit", String.class);
    public static final ProcessVariable<Number> KPI3_BASELINE = ProcessVariable.of("kpi3Baseline", Number.class);
    public static final ProcessVariable<Number> KPI3_TARGET = ProcessVariable.of("kpi3Target", Number.class);
    /** The dashboard's problems, one per line ("Vietnamese / English"); removed when the dashboard is complete. */
    public static final ProcessVariable<String> KPI_DASHBOARD_PROBLEM = ProcessVariable.of("kpiDashboardProblem", String.class);
    /**
     * Input parameter of ServiceTask_CheckKpiDashboard: how many complete KPIs the host wants at least, "1" to "3".
     * No input means 2.
     */
    public static final ProcessVariable<String> MINIMUM_KPIS = ProcessVariable.of("minimumKpis", String.class);

    // mentoring: the mentor confirms the delivery to the host (Task_ConfirmDeliverables)
    /** ACCEPT, REVISE_PROCESS_MAP or REVISE_DASHBOARD. */
    public static final ProcessVariable<String> DELIVERABLES_DECISION = ProcessVariable.of("deliverablesDecision", String.class);
    public static final ProcessVariable<String> DELIVERABLES_COMMENT = ProcessVariable.of("deliverablesComment", String.class);

    // assessment: the mentor's final evaluation by the digital-business rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_BUSINESS_IMPACT = ProcessVariable.of("score_businessImpact", Double.class);
    public static final ProcessVariable<Double> SCORE_DATA_ANALYSIS = ProcessVariable.of("score_dataAnalysis", Double.class);
    public static final ProcessVariable<Double> SCORE_STAKEHOLDER_COMMUNICATION =
            ProcessVariable.of("score_stakeholderCommunication", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
