package vn.practicum.field.tourism.internal;

import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_ISSUER;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_LANGUAGE;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_VALID_UNTIL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_LEVEL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.MINIMUM_LANGUAGE_LEVEL;
import static vn.practicum.field.tourism.TourismVariables.TOUR_LANGUAGE;

import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${tourismLanguageLevelCheck}}: before international tours, checks the student's foreign-language
 * certificate ({@link LanguageLevelRules}). Problems go to {@code languageProblem} and raise
 * {@code Error_LanguageLevelInsufficient}, which hands the assignment back to the host (assign other tours, or keep
 * them for the student to prove a higher level); a clean check removes {@code languageProblem}.
 *
 * <p>The optional input parameter {@code minimumLanguageLevel} ("B2", "C1" or "C2"; default "B2") raises the bar;
 * anything else is a modelling error and fails the task (an incident), not the student.
 */
public class LanguageLevelCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "tourismLanguageLevelCheck";
    public static final String ERROR_LANGUAGE_LEVEL_INSUFFICIENT = "Error_LanguageLevelInsufficient";

    private final LanguageLevelRules rules;

    public LanguageLevelCheckDelegate(LanguageLevelRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LanguageCertificate certificate = new LanguageCertificate(Inputs.text(execution, LANGUAGE_CERTIFICATE_LANGUAGE),
                Inputs.text(execution, LANGUAGE_LEVEL), Inputs.text(execution, LANGUAGE_CERTIFICATE_NUMBER),
                Inputs.text(execution, LANGUAGE_CERTIFICATE_ISSUER), Inputs.text(execution, LANGUAGE_CERTIFICATE_VALID_UNTIL));
        List<LocalizedText> problems = rules.problems(Inputs.text(execution, TOUR_LANGUAGE), certificate, minimumLevel(execution),
                GuideCardCheckDelegate.credentialsValidOn(execution));
        if (problems.isEmpty()) {
            execution.removeVariable(LANGUAGE_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        LANGUAGE_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_LANGUAGE_LEVEL_INSUFFICIENT, described);
    }

    static CefrLevel minimumLevel(DelegateExecution execution) {
        String configured = MINIMUM_LANGUAGE_LEVEL.from(execution);
        if (configured == null || configured.isBlank()) {
            return CefrLevel.INTERNATIONAL_GUIDE_MINIMUM;
        }
        return CefrLevel.ofCode(configured)
                .filter(level -> level.isAtLeast(CefrLevel.INTERNATIONAL_GUIDE_MINIMUM))
                .orElseThrow(() -> new IllegalArgumentException("Input parameter '" + MINIMUM_LANGUAGE_LEVEL.name() + "' of "
                        + execution.getCurrentActivityId() + " must be B2, C1 or C2, not '" + configured + "'"));
    }
}
