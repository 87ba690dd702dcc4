package vn.practicum.field.portoperations.internal;

import static vn.practicum.field.portoperations.PortOperationsVariables.PORT_WORK_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_ISSUED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_NUMBER;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_PROBLEM;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_VALID_UNTIL;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_ZONE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SECURITY_INDUCTION_COMPLETED_ON;

import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${portRestrictedAreaPassCheck}}: checks the security induction and the restricted-area pass the host
 * recorded ({@link RestrictedAreaPassRules}). Problems go to {@code restrictedAreaPassProblem} and raise
 * {@code Error_RestrictedAreaPassInvalid}, which sends the task back to the host; a clean check removes
 * {@code restrictedAreaPassProblem}.
 */
public class RestrictedAreaPassCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "portRestrictedAreaPassCheck";
    public static final String ERROR_RESTRICTED_AREA_PASS_INVALID = "Error_RestrictedAreaPassInvalid";

    private final RestrictedAreaPassRules rules;

    public RestrictedAreaPassCheckDelegate(RestrictedAreaPassRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SecurityInduction induction = new SecurityInduction(Inputs.text(execution, SECURITY_INDUCTION_COMPLETED_ON),
                Inputs.text(execution, RESTRICTED_AREA_PASS_NUMBER), Inputs.text(execution, RESTRICTED_AREA_PASS_ZONE),
                Inputs.text(execution, RESTRICTED_AREA_PASS_ISSUED_ON), Inputs.text(execution, RESTRICTED_AREA_PASS_VALID_UNTIL));
        List<LocalizedText> problems = rules.problems(Inputs.text(execution, PORT_WORK_AREA), induction,
                SafetyCertificateCheckDelegate.documentsValidOn(execution));
        if (problems.isEmpty()) {
            execution.removeVariable(RESTRICTED_AREA_PASS_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        RESTRICTED_AREA_PASS_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_RESTRICTED_AREA_PASS_INVALID, described);
    }
}
