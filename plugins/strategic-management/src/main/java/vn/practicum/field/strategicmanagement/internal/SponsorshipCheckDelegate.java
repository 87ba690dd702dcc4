package vn.practicum.field.strategicmanagement.internal;

import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_NUMBER;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_SIGNED_ON;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_VALID_UNTIL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_ID;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_LEVEL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_TITLE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.LOWEST_SPONSOR_LEVEL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SPONSORSHIP_PROBLEM;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGY_TOPIC;

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
 * {@code ${strategySponsorshipCheck}}: checks the executive sponsor and the confidentiality agreement the host's HR
 * entered ({@link SponsorshipRules}) against the placement's first and last day. Problems go to
 * {@code sponsorshipProblem} and raise {@code Error_SponsorshipInvalid}, which sends the task back to the host's HR;
 * a clean check removes {@code sponsorshipProblem}.
 *
 * <p>The optional input parameter {@code lowestSponsorLevel} (a {@link SponsorLevel} name, default FUNCTIONAL_DIRECTOR)
 * sets the lowest level a sponsor may hold; another value is a modelling error and fails the task (an incident).
 */
public class SponsorshipCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "strategySponsorshipCheck";
    public static final String ERROR_SPONSORSHIP_INVALID = "Error_SponsorshipInvalid";
    public static final SponsorLevel DEFAULT_LOWEST_LEVEL = SponsorLevel.FUNCTIONAL_DIRECTOR;

    private final SponsorshipRules rules;

    public SponsorshipCheckDelegate(SponsorshipRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SponsorLevel lowest = lowestLevel(execution);
        Date starts = PracticumVariables.PLACEMENT_START.require(execution);
        Date ends = PracticumVariables.PLACEMENT_END.from(execution);
        Inputs in = new Inputs(execution);
        Sponsorship sponsorship = new Sponsorship(in.read(EXECUTIVE_SPONSOR_ID), in.read(EXECUTIVE_SPONSOR_TITLE),
                in.read(EXECUTIVE_SPONSOR_LEVEL), in.read(STRATEGY_TOPIC), in.read(CONFIDENTIALITY_AGREEMENT_NUMBER),
                in.read(CONFIDENTIALITY_AGREEMENT_SIGNED_ON), in.read(CONFIDENTIALITY_AGREEMENT_VALID_UNTIL));

        List<LocalizedText> problems = in.problems().isEmpty()
                ? rules.problems(sponsorship, PracticumVariables.STUDENT_ID.from(execution), lowest, CalendarDays.vietnameseDay(starts),
                        ends == null ? null : CalendarDays.vietnameseDay(ends))
                : in.problems();
        if (problems.isEmpty()) {
            execution.removeVariable(SPONSORSHIP_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        SPONSORSHIP_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_SPONSORSHIP_INVALID, described);
    }

    static SponsorLevel lowestLevel(DelegateExecution execution) {
        String configured = LOWEST_SPONSOR_LEVEL.from(execution);
        if (configured == null || configured.isBlank()) {
            return DEFAULT_LOWEST_LEVEL;
        }
        return SponsorLevel.of(configured).orElseThrow(() -> new IllegalArgumentException("Input parameter '"
                + LOWEST_SPONSOR_LEVEL.name() + "' of " + execution.getCurrentActivityId() + " must be a sponsor level such as"
                + " FUNCTIONAL_DIRECTOR, not '" + configured + "'"));
    }
}
