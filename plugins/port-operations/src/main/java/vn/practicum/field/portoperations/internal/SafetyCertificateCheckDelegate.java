package vn.practicum.field.portoperations.internal;

import static vn.practicum.field.portoperations.PortOperationsVariables.DOCUMENTS_VALID_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.PORT_WORK_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_ISSUER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_NUMBER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_PROBLEM;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_VALID_UNTIL;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_COMPLETED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_GROUP;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${portSafetyCertificateCheck}}: checks the student's occupational-safety training against the assigned
 * work area ({@link SafetyCertificateRules}). Problems go to {@code safetyCertificateProblem} and raise
 * {@code Error_SafetyCertificateInvalid}, which sends the student back to the form; a clean check removes
 * {@code safetyCertificateProblem}.
 */
public class SafetyCertificateCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "portSafetyCertificateCheck";
    public static final String ERROR_SAFETY_CERTIFICATE_INVALID = "Error_SafetyCertificateInvalid";

    private final SafetyCertificateRules rules;

    public SafetyCertificateCheckDelegate(SafetyCertificateRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SafetyCertificate certificate = new SafetyCertificate(Inputs.text(execution, SAFETY_TRAINING_GROUP),
                Inputs.text(execution, SAFETY_CERTIFICATE_NUMBER), Inputs.text(execution, SAFETY_CERTIFICATE_ISSUER),
                Inputs.text(execution, SAFETY_TRAINING_COMPLETED_ON), Inputs.text(execution, SAFETY_CERTIFICATE_VALID_UNTIL));
        List<LocalizedText> problems = rules.problems(Inputs.text(execution, PORT_WORK_AREA), certificate,
                documentsValidOn(execution));
        if (problems.isEmpty()) {
            execution.removeVariable(SAFETY_CERTIFICATE_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        SAFETY_CERTIFICATE_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_SAFETY_CERTIFICATE_INVALID, described);
    }

    /** The task's {@code documentsValidOn} input, or else the placement's first day, as a Vietnamese calendar day. */
    static LocalDate documentsValidOn(DelegateExecution execution) {
        Date validOn = DOCUMENTS_VALID_ON.from(execution);
        if (validOn == null) {
            validOn = PracticumVariables.PLACEMENT_START.require(execution);
        }
        return CalendarDays.vietnameseDay(validOn);
    }
}
