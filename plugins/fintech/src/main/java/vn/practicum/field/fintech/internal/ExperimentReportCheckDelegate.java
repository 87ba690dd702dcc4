package vn.practicum.field.fintech.internal;

import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_COMPLIANCE_CONTROLS;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_DATASET;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_MASKING_METHOD;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_METHOD;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_OBJECTIVE;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_REPORT_LINK;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_REPORT_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_RESULTS;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_TITLE;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_DATA_SCOPE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${fintechExperimentReportCheck}}: checks the sandbox experiment report the student wrote
 * ({@link ExperimentReportRules}) against the data scope granted at placement ({@code sandboxDataScope}). Problems
 * go to {@code experimentReportProblem} and raise {@code Error_ExperimentReportIncomplete}, which sends the student
 * back to the report; a complete report removes {@code experimentReportProblem}. It sets no other variable: the
 * mentoring fragment's variables are copied back into the lifecycle.
 */
public class ExperimentReportCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "fintechExperimentReportCheck";
    public static final String ERROR_EXPERIMENT_REPORT_INCOMPLETE = "Error_ExperimentReportIncomplete";

    private final ExperimentReportRules rules;

    public ExperimentReportCheckDelegate(ExperimentReportRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<ExperimentSection, String> sections = new EnumMap<>(ExperimentSection.class);
        putIfPresent(sections, ExperimentSection.OBJECTIVE, execution, EXPERIMENT_OBJECTIVE);
        putIfPresent(sections, ExperimentSection.METHOD, execution, EXPERIMENT_METHOD);
        putIfPresent(sections, ExperimentSection.RESULTS, execution, EXPERIMENT_RESULTS);
        putIfPresent(sections, ExperimentSection.COMPLIANCE_CONTROLS, execution, EXPERIMENT_COMPLIANCE_CONTROLS);
        putIfPresent(sections, ExperimentSection.MASKING_METHOD, execution, EXPERIMENT_MASKING_METHOD);
        ExperimentReport report = new ExperimentReport(Inputs.textOrDay(execution, EXPERIMENT_TITLE),
                Inputs.textOrDay(execution, EXPERIMENT_DATASET), sections, Inputs.textOrDay(execution, EXPERIMENT_REPORT_LINK));

        List<LocalizedText> problems = rules.problems(report, Inputs.textOrDay(execution, SANDBOX_DATA_SCOPE));
        if (problems.isEmpty()) {
            execution.removeVariable(EXPERIMENT_REPORT_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        EXPERIMENT_REPORT_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_EXPERIMENT_REPORT_INCOMPLETE, described);
    }

    private static void putIfPresent(Map<ExperimentSection, String> sections, ExperimentSection section,
                                     DelegateExecution execution, ProcessVariable<String> variable) {
        String text = Inputs.textOrDay(execution, variable);
        if (text != null) {
            sections.put(section, text);
        }
    }
}
