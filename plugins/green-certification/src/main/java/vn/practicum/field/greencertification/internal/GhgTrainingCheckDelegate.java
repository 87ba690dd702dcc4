package vn.practicum.field.greencertification.internal;

import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_CERTIFICATE_NUMBER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COMPLETED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_ACTIVITY_DATA;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_BOUNDARIES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_EMISSION_FACTORS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_QUALITY_MANAGEMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_HOURS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_PROVIDER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.MAXIMUM_TRAINING_AGE_YEARS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.MINIMUM_TRAINING_HOURS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.TRAINING_COMPLETED_BY;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${greenGhgTrainingCheck}}: checks the student's GHG-inventory method training ({@link GhgTrainingRules}).
 * Problems go to {@code ghgTrainingProblem} and raise {@code Error_GhgTrainingInvalid}, which sends the student back
 * to the form; a clean check removes {@code ghgTrainingProblem}.
 *
 * <p>Optional input parameters: {@code trainingCompletedBy} (a date, default the placement's first day),
 * {@code minimumTrainingHours} ("1" to "200", default 16), {@code maximumTrainingAgeYears} ("1" to "10", default 3).
 * A value outside those ranges is a modelling error and fails the task (an incident), not the student.
 */
public class GhgTrainingCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "greenGhgTrainingCheck";
    public static final String ERROR_GHG_TRAINING_INVALID = "Error_GhgTrainingInvalid";

    private final GhgTrainingRules rules;

    public GhgTrainingCheckDelegate(GhgTrainingRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GhgTraining training = new GhgTraining(Inputs.text(execution, GHG_TRAINING_CERTIFICATE_NUMBER),
                Inputs.text(execution, GHG_TRAINING_PROVIDER), Inputs.text(execution, GHG_TRAINING_COMPLETED_ON),
                Inputs.raw(execution, GHG_TRAINING_HOURS), Inputs.raw(execution, GHG_TRAINING_COVERS_BOUNDARIES),
                Inputs.raw(execution, GHG_TRAINING_COVERS_ACTIVITY_DATA), Inputs.raw(execution, GHG_TRAINING_COVERS_EMISSION_FACTORS),
                Inputs.raw(execution, GHG_TRAINING_COVERS_QUALITY_MANAGEMENT));
        Date completedBy = TRAINING_COMPLETED_BY.from(execution);
        if (completedBy == null) {
            completedBy = PracticumVariables.PLACEMENT_START.require(execution);
        }
        List<LocalizedText> problems = rules.problems(training,
                parameter(execution, MINIMUM_TRAINING_HOURS, GhgTrainingRules.DEFAULT_MINIMUM_HOURS, 200),
                parameter(execution, MAXIMUM_TRAINING_AGE_YEARS, GhgTrainingRules.DEFAULT_MAXIMUM_AGE_YEARS, 10),
                CalendarDays.vietnameseDay(completedBy));
        if (problems.isEmpty()) {
            execution.removeVariable(GHG_TRAINING_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        GHG_TRAINING_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_GHG_TRAINING_INVALID, described);
    }

    /** A whole-number input parameter from 1 to {@code maximum}, or its default when absent. */
    static int parameter(DelegateExecution execution, ProcessVariable<String> parameter, int byDefault, int maximum) {
        String configured = parameter.from(execution);
        if (configured == null || configured.isBlank()) {
            return byDefault;
        }
        try {
            int value = Integer.parseInt(configured.strip());
            if (value >= 1 && value <= maximum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Input parameter '" + parameter.name() + "' of " + execution.getCurrentActivityId()
                + " must be 1 to " + maximum + ", not '" + configured + "'");
    }
}
