package vn.practicum.field.digitalbusiness.internal;

import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.CONTRACT_SIGNED_BY;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_HOST_SIGNED_ON;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_NUMBER;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_SIGNATURE_TYPE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_STUDENT_SIGNED_ON;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SIGNING_CERTIFICATE_SERIAL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SIGNING_CERTIFICATE_VALID_UNTIL;

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
 * {@code ${digitalBusinessContractCheck}}: checks the electronic practicum contract the student entered
 * ({@link ElectronicContractRules}). Problems go to {@code eContractProblem} and raise
 * {@code Error_ElectronicContractInvalid}, which sends the student back to the form; a valid contract removes
 * {@code eContractProblem}. The optional input parameter {@code contractSignedBy} (a date) defaults to
 * {@code placementStart}.
 */
public class ElectronicContractCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "digitalBusinessContractCheck";
    public static final String ERROR_ELECTRONIC_CONTRACT_INVALID = "Error_ElectronicContractInvalid";

    private final ElectronicContractRules rules;

    public ElectronicContractCheckDelegate(ElectronicContractRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date signedBy = CONTRACT_SIGNED_BY.from(execution);
        if (signedBy == null) {
            signedBy = PracticumVariables.PLACEMENT_START.require(execution);
        }
        ElectronicContract contract = new ElectronicContract(Inputs.textOrDay(execution, E_CONTRACT_NUMBER),
                Inputs.textOrDay(execution, E_CONTRACT_SIGNATURE_TYPE), Inputs.textOrDay(execution, E_CONTRACT_HOST_SIGNED_ON),
                Inputs.textOrDay(execution, E_CONTRACT_STUDENT_SIGNED_ON), Inputs.textOrDay(execution, SIGNING_CERTIFICATE_SERIAL),
                Inputs.textOrDay(execution, SIGNING_CERTIFICATE_VALID_UNTIL));

        List<LocalizedText> problems = rules.problems(contract, CalendarDays.vietnameseDay(signedBy));
        if (problems.isEmpty()) {
            execution.removeVariable(E_CONTRACT_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        E_CONTRACT_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_ELECTRONIC_CONTRACT_INVALID, described);
    }
}
