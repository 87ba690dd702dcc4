package vn.practicum.field.fintech.internal;

import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_COMPLETED_ON;
import static vn.practicum.field.fintech.FintechVariables.MAXIMUM_DATA_SCOPE;
import static vn.practicum.field.fintech.FintechVariables.PRODUCTION_ACCESS_EXCLUDED;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_FROM;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_UNTIL;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCOUNT;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_DATA_SCOPE;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ENVIRONMENT;

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
 * {@code ${fintechSandboxAccessCheck}}: checks the sandbox access the host's HR granted ({@link SandboxAccessRules})
 * against the student's AML/KYC training and the placement's days. Problems go to {@code sandboxAccessProblem} and
 * raise {@code Error_SandboxAccessRefused}, which sends the task back to the host's HR; an acceptable access removes
 * {@code sandboxAccessProblem}.
 *
 * <p>The optional input parameter {@code maximumDataScope} ("SYNTHETIC" or "MASKED", default "MASKED") is the host's
 * policy; any other value is a modelling error and fails the task (an incident), not the host.
 */
public class SandboxAccessCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "fintechSandboxAccessCheck";
    public static final String ERROR_SANDBOX_ACCESS_REFUSED = "Error_SandboxAccessRefused";

    private final SandboxAccessRules rules;

    public SandboxAccessCheckDelegate(SandboxAccessRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SandboxAccess access = new SandboxAccess(Inputs.textOrDay(execution, SANDBOX_ENVIRONMENT),
                Inputs.textOrDay(execution, SANDBOX_ACCOUNT), Inputs.textOrDay(execution, SANDBOX_DATA_SCOPE),
                Inputs.ticked(execution, PRODUCTION_ACCESS_EXCLUDED),
                Inputs.textOrDay(execution, SANDBOX_ACCESS_FROM), Inputs.textOrDay(execution, SANDBOX_ACCESS_UNTIL));
        Date end = PracticumVariables.PLACEMENT_END.from(execution);

        List<LocalizedText> problems = rules.problems(access, Inputs.textOrDay(execution, AML_TRAINING_COMPLETED_ON),
                CalendarDays.vietnameseDay(PracticumVariables.PLACEMENT_START.require(execution)),
                end == null ? null : CalendarDays.vietnameseDay(end), maximumScope(execution));
        if (problems.isEmpty()) {
            execution.removeVariable(SANDBOX_ACCESS_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        SANDBOX_ACCESS_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_SANDBOX_ACCESS_REFUSED, described);
    }

    static SandboxDataScope maximumScope(DelegateExecution execution) {
        String configured = MAXIMUM_DATA_SCOPE.from(execution);
        if (configured == null || configured.isBlank()) {
            return SandboxDataScope.MASKED;
        }
        return SandboxDataScope.of(configured).orElseThrow(() -> new IllegalArgumentException("Input parameter '"
                + MAXIMUM_DATA_SCOPE.name() + "' of " + execution.getCurrentActivityId()
                + " must be SYNTHETIC or MASKED, not '" + configured + "'"));
    }
}
