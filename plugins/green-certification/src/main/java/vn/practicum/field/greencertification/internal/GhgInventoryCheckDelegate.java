package vn.practicum.field.greencertification.internal;

import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_ACTIVITY_DATA_SOURCES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_BOUNDARY;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_EMISSION_FACTOR_SOURCES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_MATERIALITY_PERCENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_QA_QC_PROCEDURES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_REPORTING_YEAR;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_REPORT_LINK;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE1_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE2_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE3_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_TOTAL_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_UNCERTAINTY_EXPLANATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_UNCERTAINTY_PERCENT;

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
 * {@code ${greenGhgInventoryCheck}}: checks the student's GHG inventory exercise before the mentor reviews it
 * ({@link GhgInventoryRules}). Problems go to {@code inventoryProblem} and raise {@code Error_InventoryIncomplete},
 * which sends the student back to the exercise; a complete exercise removes {@code inventoryProblem}.
 *
 * <p>The optional input parameter {@code inventoryMaterialityPercent} ("1" to "10", default "5") sets the
 * materiality threshold; anything else is a modelling error and fails the task (an incident), not the student.
 */
public class GhgInventoryCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "greenGhgInventoryCheck";
    public static final String ERROR_INVENTORY_INCOMPLETE = "Error_InventoryIncomplete";

    private final GhgInventoryRules rules;

    public GhgInventoryCheckDelegate(GhgInventoryRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GhgInventory inventory = new GhgInventory(Inputs.text(execution, INVENTORY_ORGANISATION),
                Inputs.raw(execution, INVENTORY_REPORTING_YEAR), Inputs.text(execution, INVENTORY_BOUNDARY),
                Inputs.raw(execution, INVENTORY_SCOPE1_EMISSIONS), Inputs.raw(execution, INVENTORY_SCOPE2_EMISSIONS),
                Inputs.raw(execution, INVENTORY_SCOPE3_EMISSIONS), Inputs.raw(execution, INVENTORY_TOTAL_EMISSIONS),
                Inputs.text(execution, INVENTORY_ACTIVITY_DATA_SOURCES), Inputs.text(execution, INVENTORY_EMISSION_FACTOR_SOURCES),
                Inputs.text(execution, INVENTORY_QA_QC_PROCEDURES), Inputs.raw(execution, INVENTORY_UNCERTAINTY_PERCENT),
                Inputs.text(execution, INVENTORY_UNCERTAINTY_EXPLANATION), Inputs.text(execution, INVENTORY_REPORT_LINK));
        Date end = PracticumVariables.PLACEMENT_END.from(execution);
        List<LocalizedText> problems = rules.problems(inventory,
                GhgTrainingCheckDelegate.parameter(execution, INVENTORY_MATERIALITY_PERCENT, GhgInventoryRules.DEFAULT_MATERIALITY_PERCENT, 10),
                CalendarDays.vietnameseDay(PracticumVariables.PLACEMENT_START.require(execution)),
                end == null ? null : CalendarDays.vietnameseDay(end));
        if (problems.isEmpty()) {
            execution.removeVariable(INVENTORY_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        INVENTORY_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_INVENTORY_INCOMPLETE, described);
    }
}
