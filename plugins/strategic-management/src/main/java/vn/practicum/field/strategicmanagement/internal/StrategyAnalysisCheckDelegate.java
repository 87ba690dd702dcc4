package vn.practicum.field.strategicmanagement.internal;

import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_DOCUMENT_LINK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_PROBLEM;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_TITLE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EVIDENCE_SOURCES;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SUMMARY;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXTERNAL_FINDINGS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXTERNAL_FRAMEWORK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.INTERNAL_FINDINGS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.INTERNAL_FRAMEWORK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.MAXIMUM_SUMMARY_WORDS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.RECOMMENDATION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGIC_OPTIONS_COUNT;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGIC_OPTIONS_EVALUATION;

import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${strategyAnalysisCheck}}: checks the strategy analysis the student submitted ({@link StrategyAnalysisRules}).
 * Problems go to {@code analysisProblem} and raise {@code Error_AnalysisIncomplete}, which sends the student back to
 * the analysis; a complete analysis removes {@code analysisProblem} and goes to the sponsor.
 *
 * <p>The optional input parameter {@code maximumSummaryWords} (default "300") caps the executive summary; a value that
 * is not a whole number from 1 is a modelling error and fails the task (an incident), not the student.
 */
public class StrategyAnalysisCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "strategyAnalysisCheck";
    public static final String ERROR_ANALYSIS_INCOMPLETE = "Error_AnalysisIncomplete";

    private final StrategyAnalysisRules rules;

    public StrategyAnalysisCheckDelegate(StrategyAnalysisRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int maximumSummaryWords = maximumSummaryWords(execution);
        Inputs in = new Inputs(execution);
        StrategyAnalysis analysis = new StrategyAnalysis(in.read(ANALYSIS_TITLE), in.read(EXTERNAL_FRAMEWORK),
                in.read(EXTERNAL_FINDINGS), in.read(INTERNAL_FRAMEWORK), in.read(INTERNAL_FINDINGS), in.read(STRATEGIC_OPTIONS_COUNT),
                in.read(STRATEGIC_OPTIONS_EVALUATION), in.read(RECOMMENDATION), in.read(EVIDENCE_SOURCES), in.read(EXECUTIVE_SUMMARY),
                in.read(ANALYSIS_DOCUMENT_LINK));

        List<LocalizedText> problems = in.problems().isEmpty() ? rules.problems(analysis, maximumSummaryWords) : in.problems();
        if (problems.isEmpty()) {
            execution.removeVariable(ANALYSIS_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        ANALYSIS_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_ANALYSIS_INCOMPLETE, described);
    }

    static int maximumSummaryWords(DelegateExecution execution) {
        String configured = MAXIMUM_SUMMARY_WORDS.from(execution);
        if (configured == null || configured.isBlank()) {
            return StrategyAnalysisRules.DEFAULT_MAXIMUM_SUMMARY_WORDS;
        }
        try {
            int words = Integer.parseInt(configured.strip());
            if (words < 1) {
                throw new NumberFormatException("below 1");
            }
            return words;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Input parameter '" + MAXIMUM_SUMMARY_WORDS.name() + "' of "
                    + execution.getCurrentActivityId() + " must be a whole number from 1, not '" + configured + "'", e);
        }
    }
}
