package vn.practicum.field.portoperations;

import java.util.Date;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the port-operations fragments: names and types in one place. The lifecycle's own variables
 * ({@code studentId}, {@code placementStart}, ...) are in {@link PracticumVariables}; these come from the
 * fragments' forms, checks and listeners and travel back to the calling stage, which takes whatever a fragment created
 * or changed ({@link vn.practicum.engine.lifecycle.LifecycleVariableMapping}). None of them shares a name with a
 * lifecycle variable, so the mentoring fragment, which runs
 * beside the logbooks, never writes over the lifecycle's state.
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}; codes chosen from a select
 * are Strings, so that a value the rules do not know is reported, not thrown.
 */
public final class PortOperationsVariables {

    private PortOperationsVariables() {
    }

    // placement: the host's assignment (Task_AssignPortWorkArea)
    /** QUAY_AND_YARD (berths and yards, beside cargo-handling equipment) or CONTROL_CENTRE (planning and control). */
    public static final ProcessVariable<String> PORT_WORK_AREA = ProcessVariable.of("portWorkArea", String.class);
    /** What the student will do, and the shift pattern. */
    public static final ProcessVariable<String> WORK_ASSIGNMENT = ProcessVariable.of("workAssignment", String.class);

    // placement: the student's occupational-safety training (Task_SubmitSafetyCertificate), Decree 44/2016/NĐ-CP
    /** The training group, "1" to "6"; port workers need group 3 or 4. */
    public static final ProcessVariable<String> SAFETY_TRAINING_GROUP = ProcessVariable.of("safetyTrainingGroup", String.class);
    public static final ProcessVariable<String> SAFETY_CERTIFICATE_NUMBER = ProcessVariable.of("safetyCertificateNumber", String.class);
    /** The licensed OSH training organisation (or the employer, for group 4) that trained the student. */
    public static final ProcessVariable<String> SAFETY_CERTIFICATE_ISSUER = ProcessVariable.of("safetyCertificateIssuer", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> SAFETY_TRAINING_COMPLETED_ON =
            ProcessVariable.of("safetyTrainingCompletedOn", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> SAFETY_CERTIFICATE_VALID_UNTIL =
            ProcessVariable.of("safetyCertificateValidUntil", String.class);
    /** Every problem the safety-training check found, one per line ("Vietnamese / English"); removed when valid. */
    public static final ProcessVariable<String> SAFETY_CERTIFICATE_PROBLEM = ProcessVariable.of("safetyCertificateProblem", String.class);
    /**
     * Input parameter of ServiceTask_VerifySafetyCertificate and ServiceTask_VerifyRestrictedAreaPass: the day the
     * documents must be valid on. Defaults to {@code placementStart} when the task has no such input.
     */
    public static final ProcessVariable<Date> DOCUMENTS_VALID_ON = ProcessVariable.of("documentsValidOn", Date.class);

    // placement: the port facility's security induction and restricted-area pass (Task_RecordSecurityInduction), ISPS Code
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> SECURITY_INDUCTION_COMPLETED_ON =
            ProcessVariable.of("securityInductionCompletedOn", String.class);
    public static final ProcessVariable<String> RESTRICTED_AREA_PASS_NUMBER =
            ProcessVariable.of("restrictedAreaPassNumber", String.class);
    /** The restricted areas the pass opens: QUAY_AND_YARD, CONTROL_CENTRE or ALL_OPERATIONAL_AREAS. */
    public static final ProcessVariable<String> RESTRICTED_AREA_PASS_ZONE = ProcessVariable.of("restrictedAreaPassZone", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> RESTRICTED_AREA_PASS_ISSUED_ON =
            ProcessVariable.of("restrictedAreaPassIssuedOn", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> RESTRICTED_AREA_PASS_VALID_UNTIL =
            ProcessVariable.of("restrictedAreaPassValidUntil", String.class);
    /** The pass check's problems, one per line; removed when the induction and pass are in order. */
    public static final ProcessVariable<String> RESTRICTED_AREA_PASS_PROBLEM =
            ProcessVariable.of("restrictedAreaPassProblem", String.class);

    // mentoring: shift logs with hand-over sign-off (Task_SubmitShiftLog, Task_SignOffShiftHandOver)
    /** How many shift logs must be signed off; set when the fragment starts (field {@code shiftLogsRequired}, default 3). */
    public static final ProcessVariable<Integer> SHIFT_LOGS_REQUIRED = ProcessVariable.of("shiftLogsRequired", Integer.class);
    /** Shift logs signed off so far. */
    public static final ProcessVariable<Integer> SHIFT_LOGS_SIGNED_OFF = ProcessVariable.of("shiftLogsSignedOff", Integer.class);
    /** Start of the last signed-off shift, {@code yyyy-MM-ddTHH:mm}: the next log must be a later shift. */
    public static final ProcessVariable<String> LAST_SIGNED_OFF_SHIFT_START =
            ProcessVariable.of("lastSignedOffShiftStart", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> SHIFT_DATE = ProcessVariable.of("shiftDate", String.class);
    /** {@code HH:mm}. */
    public static final ProcessVariable<String> SHIFT_START_TIME = ProcessVariable.of("shiftStartTime", String.class);
    /** Hours worked in the shift; a Camunda Forms number field, so Integer, Long or Double. */
    public static final ProcessVariable<Number> SHIFT_HOURS = ProcessVariable.of("shiftHours", Number.class);
    /** Berth, yard block or control position. */
    public static final ProcessVariable<String> SHIFT_AREA = ProcessVariable.of("shiftArea", String.class);
    /** Operations the student took part in: vessel, moves, equipment. */
    public static final ProcessVariable<String> SHIFT_OPERATIONS = ProcessVariable.of("shiftOperations", String.class);
    /** Whether an occupational accident, incident or near miss happened during the shift. */
    public static final ProcessVariable<Boolean> SHIFT_SAFETY_INCIDENT = ProcessVariable.of("shiftSafetyIncident", Boolean.class);
    public static final ProcessVariable<String> SHIFT_INCIDENT_REPORT = ProcessVariable.of("shiftIncidentReport", String.class);
    /** What the next shift must know: unfinished operations, equipment state, hazards. */
    public static final ProcessVariable<String> SHIFT_HAND_OVER_NOTES = ProcessVariable.of("shiftHandOverNotes", String.class);
    /** The shift-log check's problems, one per line; removed when the log is complete. */
    public static final ProcessVariable<String> SHIFT_LOG_PROBLEM = ProcessVariable.of("shiftLogProblem", String.class);
    /** Input parameter of ServiceTask_CheckShiftLog: the longest shift accepted, "1" to "12" hours; default 12. */
    public static final ProcessVariable<String> MAXIMUM_SHIFT_HOURS = ProcessVariable.of("maximumShiftHours", String.class);
    /** The shift supervisor signs the hand-over off. */
    public static final ProcessVariable<Boolean> HAND_OVER_SIGNED_OFF = ProcessVariable.of("handOverSignedOff", Boolean.class);
    public static final ProcessVariable<String> HAND_OVER_COMMENT = ProcessVariable.of("handOverComment", String.class);

    // assessment: the mentor's final evaluation by the port-operations rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_SAFETY_COMPLIANCE = ProcessVariable.of("score_safetyCompliance", Double.class);
    public static final ProcessVariable<Double> SCORE_OPERATIONAL_ACCURACY =
            ProcessVariable.of("score_operationalAccuracy", Double.class);
    public static final ProcessVariable<Double> SCORE_SHIFT_COMMUNICATION =
            ProcessVariable.of("score_shiftCommunication", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
