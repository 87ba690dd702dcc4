package vn.practicum.field.vocationaldigitaltransformation.internal;

import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MINIMUM_PILOT_LEARNERS;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ACTIVATION_RATE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ANALYTICS_PROBLEM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ANALYTICS_SUMMARY;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_AVERAGE_SCORE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_COMPLETION_RATE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ENDED_ON;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_IMPROVEMENT_ACTIONS;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_ACTIVE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_COMPLETED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_ENROLLED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_SATISFACTION;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_STARTED_ON;

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
 * {@code ${vocationalPilotAnalyticsCheck}}: checks the pilot report the student wrote from the LMS's analytics
 * ({@link PilotAnalyticsRules}). Problems go to {@code pilotAnalyticsProblem} and raise
 * {@code Error_PilotAnalyticsInvalid}, which sends the student back to the report; a consistent report removes
 * {@code pilotAnalyticsProblem} and sets the adoption metrics {@code pilotActivationRate} and
 * {@code pilotCompletionRate}, which the mentor sees at the final evaluation (an inconsistent one removes them: they
 * would describe an earlier report). It sets no other variable.
 *
 * <p>The optional input parameter {@code minimumPilotLearners} ("1" to "1000", default "10") is the host's minimum;
 * any other value is a modelling error and fails the task (an incident), not the student.
 */
public class PilotAnalyticsCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "vocationalPilotAnalyticsCheck";
    public static final String ERROR_PILOT_ANALYTICS_INVALID = "Error_PilotAnalyticsInvalid";

    private final PilotAnalyticsRules rules;

    public PilotAnalyticsCheckDelegate(PilotAnalyticsRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PilotReport report = new PilotReport(Inputs.textOrDay(execution, PILOT_STARTED_ON), Inputs.textOrDay(execution, PILOT_ENDED_ON),
                Inputs.number(execution, PILOT_LEARNERS_ENROLLED), Inputs.number(execution, PILOT_LEARNERS_ACTIVE),
                Inputs.number(execution, PILOT_LEARNERS_COMPLETED), Inputs.number(execution, PILOT_AVERAGE_SCORE),
                Inputs.number(execution, PILOT_SATISFACTION), Inputs.textOrDay(execution, PILOT_ANALYTICS_SUMMARY),
                Inputs.textOrDay(execution, PILOT_IMPROVEMENT_ACTIONS));
        Date end = PracticumVariables.PLACEMENT_END.from(execution);

        List<LocalizedText> problems = rules.problems(report,
                CalendarDays.vietnameseDay(PracticumVariables.PLACEMENT_START.require(execution)),
                end == null ? null : CalendarDays.vietnameseDay(end), minimumLearners(execution));
        if (problems.isEmpty()) {
            execution.removeVariable(PILOT_ANALYTICS_PROBLEM.name());
            PilotMetrics metrics = rules.metrics(report);
            PILOT_ACTIVATION_RATE.set(execution, metrics.activationRate());
            PILOT_COMPLETION_RATE.set(execution, metrics.completionRate());
            return;
        }
        String described = Problems.describe(problems);
        // metrics of an earlier report would no longer be true
        execution.removeVariable(PILOT_ACTIVATION_RATE.name());
        execution.removeVariable(PILOT_COMPLETION_RATE.name());
        PILOT_ANALYTICS_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_PILOT_ANALYTICS_INVALID, described);
    }

    static int minimumLearners(DelegateExecution execution) {
        String configured = MINIMUM_PILOT_LEARNERS.from(execution);
        if (configured == null || configured.isBlank()) {
            return PilotAnalyticsRules.DEFAULT_MINIMUM_LEARNERS;
        }
        try {
            return Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Input parameter '" + MINIMUM_PILOT_LEARNERS.name() + "' of "
                    + execution.getCurrentActivityId() + " must be 1 to 1000, not '" + configured + "'", e);
        }
    }
}
