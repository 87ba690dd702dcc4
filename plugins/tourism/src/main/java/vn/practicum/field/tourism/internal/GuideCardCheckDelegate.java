package vn.practicum.field.tourism.internal;

import static vn.practicum.field.tourism.TourismVariables.CREDENTIALS_VALID_ON;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_KIND;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_VALID_UNTIL;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CREDENTIAL;
import static vn.practicum.field.tourism.TourismVariables.SHADOWING_LETTER_ISSUED_ON;
import static vn.practicum.field.tourism.TourismVariables.SHADOWING_LETTER_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.TOUR_SCOPE;

import java.time.LocalDate;
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
 * {@code ${tourismGuideCardCheck}}: checks the student's guiding credential against the tours the host assigned
 * ({@link GuideCardRules}). Problems go to {@code guideCardProblem} and raise {@code Error_GuideCardInvalid}, which
 * sends the student back to the form; a clean check removes {@code guideCardProblem}.
 */
public class GuideCardCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "tourismGuideCardCheck";
    public static final String ERROR_GUIDE_CARD_INVALID = "Error_GuideCardInvalid";

    private final GuideCardRules rules;

    public GuideCardCheckDelegate(GuideCardRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GuideCredentials credentials = new GuideCredentials(Inputs.text(execution, GUIDE_CREDENTIAL),
                Inputs.text(execution, GUIDE_CARD_KIND), Inputs.text(execution, GUIDE_CARD_NUMBER),
                Inputs.text(execution, GUIDE_CARD_VALID_UNTIL), Inputs.text(execution, SHADOWING_LETTER_NUMBER),
                Inputs.text(execution, SHADOWING_LETTER_ISSUED_ON));
        List<LocalizedText> problems = rules.problems(Inputs.text(execution, TOUR_SCOPE), credentials, credentialsValidOn(execution));
        if (problems.isEmpty()) {
            execution.removeVariable(GUIDE_CARD_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        GUIDE_CARD_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_GUIDE_CARD_INVALID, described);
    }

    /** The task's {@code credentialsValidOn} input, or else the placement's first day, as a Vietnamese calendar day. */
    static LocalDate credentialsValidOn(DelegateExecution execution) {
        Date validOn = CREDENTIALS_VALID_ON.from(execution);
        if (validOn == null) {
            validOn = PracticumVariables.PLACEMENT_START.require(execution);
        }
        return CalendarDays.vietnameseDay(validOn);
    }
}
