package vn.practicum.field.digitalbusiness.internal;

import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_AGREEMENT_NUMBER;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_DATASETS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_LEVEL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_PURPOSE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_UNTIL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PERSONAL_DATA_INCLUDED;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PERSONAL_DATA_SAFEGUARDS;

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
 * {@code ${digitalBusinessDataAccessCheck}}: checks the data-access agreement the host's HR recorded
 * ({@link DataAccessAgreementRules}) against the placement's days. Problems go to {@code dataAccessProblem} and raise
 * {@code Error_DataAccessAgreementInvalid}, which sends the task back to the host's HR; an acceptable agreement
 * removes {@code dataAccessProblem}.
 */
public class DataAccessAgreementCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "digitalBusinessDataAccessCheck";
    public static final String ERROR_DATA_ACCESS_AGREEMENT_INVALID = "Error_DataAccessAgreementInvalid";

    private final DataAccessAgreementRules rules;

    public DataAccessAgreementCheckDelegate(DataAccessAgreementRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataAccessAgreement agreement = new DataAccessAgreement(Inputs.textOrDay(execution, DATA_ACCESS_AGREEMENT_NUMBER),
                Inputs.textOrDay(execution, DATA_ACCESS_PURPOSE), Inputs.textOrDay(execution, DATA_ACCESS_DATASETS),
                Inputs.textOrDay(execution, DATA_ACCESS_LEVEL), Inputs.ticked(execution, PERSONAL_DATA_INCLUDED),
                Inputs.textOrDay(execution, PERSONAL_DATA_SAFEGUARDS), Inputs.textOrDay(execution, DATA_ACCESS_UNTIL));
        Date end = PracticumVariables.PLACEMENT_END.from(execution);

        List<LocalizedText> problems = rules.problems(agreement,
                CalendarDays.vietnameseDay(PracticumVariables.PLACEMENT_START.require(execution)),
                end == null ? null : CalendarDays.vietnameseDay(end));
        if (problems.isEmpty()) {
            execution.removeVariable(DATA_ACCESS_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        DATA_ACCESS_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_DATA_ACCESS_AGREEMENT_INVALID, described);
    }
}
