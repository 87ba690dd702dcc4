package vn.practicum.field.informationtechnology.internal;

import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DOSSIER_PROBLEM;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.INCIDENT_RESPONSE_PLAN;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.LEVEL_JUSTIFICATION;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.MAXIMUM_CLASSIFICATION_LEVEL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PROPOSED_CLASSIFICATION_LEVEL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.RISK_ASSESSMENT;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SYSTEM_DESCRIPTION;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SYSTEM_NAME;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${itSecurityDossierCheck}}: checks the information-security dossier the student prepared
 * ({@link SecurityDossierRules}). Problems go to {@code dossierProblem} and raise {@code Error_DossierIncomplete},
 * which sends the student back to the dossier; a complete dossier removes {@code dossierProblem}.
 *
 * <p>The optional input parameter {@code maximumClassificationLevel} ("1" to "5", default "5") caps the level;
 * a value outside that range is a modelling error and fails the task (an incident), not the student.
 */
public class SecurityDossierCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "itSecurityDossierCheck";
    public static final String ERROR_DOSSIER_INCOMPLETE = "Error_DossierIncomplete";

    private final SecurityDossierRules rules;

    public SecurityDossierCheckDelegate(SecurityDossierRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<DossierSection, String> sections = new EnumMap<>(DossierSection.class);
        putIfPresent(sections, DossierSection.SYSTEM_DESCRIPTION, SYSTEM_DESCRIPTION.from(execution));
        putIfPresent(sections, DossierSection.LEVEL_JUSTIFICATION, LEVEL_JUSTIFICATION.from(execution));
        putIfPresent(sections, DossierSection.RISK_ASSESSMENT, RISK_ASSESSMENT.from(execution));
        putIfPresent(sections, DossierSection.INCIDENT_RESPONSE_PLAN, INCIDENT_RESPONSE_PLAN.from(execution));
        SecurityDossier dossier = new SecurityDossier(SYSTEM_NAME.from(execution),
                PROPOSED_CLASSIFICATION_LEVEL.from(execution), sections);

        List<LocalizedText> problems = rules.problems(dossier, maximumLevel(execution));
        if (problems.isEmpty()) {
            execution.removeVariable(DOSSIER_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        DOSSIER_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_DOSSIER_INCOMPLETE, described);
    }

    static int maximumLevel(DelegateExecution execution) {
        String configured = MAXIMUM_CLASSIFICATION_LEVEL.from(execution);
        if (configured == null || configured.isBlank()) {
            return SecurityDossierRules.HIGHEST_LEVEL;
        }
        try {
            return Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Input parameter '" + MAXIMUM_CLASSIFICATION_LEVEL.name() + "' of "
                    + execution.getCurrentActivityId() + " must be 1 to 5, not '" + configured + "'", e);
        }
    }

    private static void putIfPresent(Map<DossierSection, String> sections, DossierSection section, String text) {
        if (text != null) {
            sections.put(section, text);
        }
    }
}
