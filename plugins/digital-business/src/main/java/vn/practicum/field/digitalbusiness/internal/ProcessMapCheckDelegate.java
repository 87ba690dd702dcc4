package vn.practicum.field.digitalbusiness.internal;

import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_IMPROVEMENTS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_LINK;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_NOTATION;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_PAIN_POINTS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_STEP_COUNT;

import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${digitalBusinessProcessMapCheck}}: checks the process map the student delivered ({@link ProcessMapRules}).
 * Problems go to {@code processMapProblem} and raise {@code Error_ProcessMapIncomplete}, which sends the student back
 * to the map; a complete map removes {@code processMapProblem}. It sets no other variable: the mentoring fragment's
 * variables are copied back into the lifecycle.
 */
public class ProcessMapCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "digitalBusinessProcessMapCheck";
    public static final String ERROR_PROCESS_MAP_INCOMPLETE = "Error_ProcessMapIncomplete";

    private final ProcessMapRules rules;

    public ProcessMapCheckDelegate(ProcessMapRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessMap map = new ProcessMap(Inputs.textOrDay(execution, PROCESS_MAP_NAME), Inputs.textOrDay(execution, PROCESS_MAP_LINK),
                Inputs.textOrDay(execution, PROCESS_MAP_NOTATION), Inputs.number(execution, PROCESS_MAP_STEP_COUNT),
                Inputs.textOrDay(execution, PROCESS_MAP_PAIN_POINTS), Inputs.textOrDay(execution, PROCESS_MAP_IMPROVEMENTS));

        List<LocalizedText> problems = rules.problems(map);
        if (problems.isEmpty()) {
            execution.removeVariable(PROCESS_MAP_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        PROCESS_MAP_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_PROCESS_MAP_INCOMPLETE, described);
    }
}
