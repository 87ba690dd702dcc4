package vn.practicum.field.tourism.internal;

import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_AVERAGE_RATING;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_COLLECTED_ON;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_IMPROVEMENT_PLAN;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_RESPONSES;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_SUMMARY;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_DATE;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_GROUP_SIZE;
import static vn.practicum.field.tourism.TourismVariables.MINIMUM_FEEDBACK_RESPONSES;

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
 * {@code ${tourismCustomerFeedbackCheck}}: checks the customer feedback on the tour the student guided
 * ({@link CustomerFeedbackRules}). Problems go to {@code feedbackProblem} and raise {@code Error_FeedbackIncomplete},
 * which sends the student back to the feedback form; usable feedback removes {@code feedbackProblem}.
 *
 * <p>The optional input parameter {@code minimumFeedbackResponses} ("1" to "1000", default "5") sets the fewest
 * responses; anything else is a modelling error and fails the task (an incident), not the student.
 */
public class CustomerFeedbackCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "tourismCustomerFeedbackCheck";
    public static final String ERROR_FEEDBACK_INCOMPLETE = "Error_FeedbackIncomplete";

    private final CustomerFeedbackRules rules;

    public CustomerFeedbackCheckDelegate(CustomerFeedbackRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CustomerFeedback feedback = new CustomerFeedback(Inputs.text(execution, GUIDED_TOUR_DATE),
                Inputs.raw(execution, GUIDED_TOUR_GROUP_SIZE), Inputs.raw(execution, FEEDBACK_RESPONSES),
                Inputs.raw(execution, FEEDBACK_AVERAGE_RATING), Inputs.text(execution, FEEDBACK_COLLECTED_ON),
                Inputs.text(execution, FEEDBACK_SUMMARY), Inputs.text(execution, FEEDBACK_IMPROVEMENT_PLAN));
        List<LocalizedText> problems = rules.problems(feedback, minimumResponses(execution),
                CalendarDays.vietnameseDay(PracticumVariables.PLACEMENT_START.require(execution)));
        if (problems.isEmpty()) {
            execution.removeVariable(FEEDBACK_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        FEEDBACK_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_FEEDBACK_INCOMPLETE, described);
    }

    static int minimumResponses(DelegateExecution execution) {
        String configured = MINIMUM_FEEDBACK_RESPONSES.from(execution);
        if (configured == null || configured.isBlank()) {
            return CustomerFeedbackRules.DEFAULT_MINIMUM_RESPONSES;
        }
        try {
            int minimum = Integer.parseInt(configured.strip());
            if (minimum >= 1 && minimum <= CustomerFeedbackRules.MAX_MINIMUM_RESPONSES) {
                return minimum;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Input parameter '" + MINIMUM_FEEDBACK_RESPONSES.name() + "' of "
                + execution.getCurrentActivityId() + " must be 1 to " + CustomerFeedbackRules.MAX_MINIMUM_RESPONSES
                + ", not '" + configured + "'");
    }
}
