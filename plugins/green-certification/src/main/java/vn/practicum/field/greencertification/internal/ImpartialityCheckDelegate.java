package vn.practicum.field.greencertification.internal;

import static vn.practicum.field.greencertification.GreenCertificationVariables.CLOSE_RELATIVE_AT_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CONSULTANCY_ENDED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CONSULTED_FOR_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.DECLARED_ORGANISATION_CODE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.EMPLOYED_BY_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.EMPLOYMENT_ENDED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.FINANCIAL_INTEREST_IN_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_COMMITMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_DECLARED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION_CODE;

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
 * {@code ${greenImpartialityCheck}}: checks the student's impartiality declaration against the organisation the
 * host assigned ({@link ImpartialityRules}). Findings go to {@code impartialityProblem}; who acts depends on them:
 * <ul>
 *   <li>the host's assignment is unusable, or the declaration is complete but shows a conflict of interest:
 *       {@code Error_ConflictOfInterest}, back to the host, who assigns another organisation;</li>
 *   <li>the declaration is incomplete or about another organisation: {@code Error_DeclarationIncomplete}, back to
 *       the student.</li>
 * </ul>
 * A clear declaration removes {@code impartialityProblem}.
 */
public class ImpartialityCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "greenImpartialityCheck";
    public static final String ERROR_DECLARATION_INCOMPLETE = "Error_DeclarationIncomplete";
    public static final String ERROR_CONFLICT_OF_INTEREST = "Error_ConflictOfInterest";

    private final ImpartialityRules rules;

    public ImpartialityCheckDelegate(ImpartialityRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ImpartialityDeclaration declaration = new ImpartialityDeclaration(Inputs.text(execution, DECLARED_ORGANISATION_CODE),
                Inputs.raw(execution, EMPLOYED_BY_ORGANISATION), Inputs.text(execution, EMPLOYMENT_ENDED_ON),
                Inputs.raw(execution, CONSULTED_FOR_ORGANISATION), Inputs.text(execution, CONSULTANCY_ENDED_ON),
                Inputs.raw(execution, CLOSE_RELATIVE_AT_ORGANISATION), Inputs.raw(execution, FINANCIAL_INTEREST_IN_ORGANISATION),
                Inputs.raw(execution, IMPARTIALITY_COMMITMENT), Inputs.text(execution, IMPARTIALITY_DECLARED_ON));
        ImpartialityAssessment assessment = rules.assess(Inputs.text(execution, VERIFIED_ORGANISATION),
                Inputs.text(execution, VERIFIED_ORGANISATION_CODE), declaration,
                CalendarDays.vietnameseDay(PracticumVariables.PLACEMENT_START.require(execution)));
        if (assessment.isClear()) {
            execution.removeVariable(IMPARTIALITY_PROBLEM.name());
            return;
        }
        if (!assessment.engagement().isEmpty()) {
            throw raise(execution, ERROR_CONFLICT_OF_INTEREST, assessment.engagement());
        }
        if (!assessment.declaration().isEmpty()) {
            throw raise(execution, ERROR_DECLARATION_INCOMPLETE, assessment.declaration());
        }
        throw raise(execution, ERROR_CONFLICT_OF_INTEREST, assessment.conflicts());
    }

    private static BpmnError raise(DelegateExecution execution, String errorCode, List<LocalizedText> problems) {
        String described = Problems.describe(problems);
        IMPARTIALITY_PROBLEM.set(execution, described);
        return new BpmnError(errorCode, described);
    }
}
