package vn.practicum.field.digitalbusiness.internal;

import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_BASELINE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_TARGET;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_UNIT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_BASELINE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_TARGET;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_UNIT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI3_BASELINE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI3_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI3_TARGET;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI3_UNIT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_DATA_SOURCE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_LINK;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_REFRESH;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.MINIMUM_KPIS;

import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${digitalBusinessKpiDashboardCheck}}: checks the KPI dashboard the student delivered
 * ({@link KpiDashboardRules}). Problems go to {@code kpiDashboardProblem} and raise {@code Error_KpiDashboardIncomplete},
 * which sends the student back to the dashboard; a complete dashboard removes {@code kpiDashboardProblem}. It sets
 * no other variable.
 *
 * <p>The optional input parameter {@code minimumKpis} ("1" to "3", default "2") is the host's minimum; any other
 * value is a modelling error and fails the task (an incident), not the student.
 */
public class KpiDashboardCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "digitalBusinessKpiDashboardCheck";
    public static final String ERROR_KPI_DASHBOARD_INCOMPLETE = "Error_KpiDashboardIncomplete";

    private final KpiDashboardRules rules;

    public KpiDashboardCheckDelegate(KpiDashboardRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        KpiDashboard dashboard = new KpiDashboard(Inputs.textOrDay(execution, KPI_DASHBOARD_LINK),
                Inputs.textOrDay(execution, KPI_DASHBOARD_DATA_SOURCE), Inputs.textOrDay(execution, KPI_DASHBOARD_REFRESH), List.of(
                new Kpi(Inputs.textOrDay(execution, KPI1_NAME), Inputs.textOrDay(execution, KPI1_UNIT),
                        Inputs.number(execution, KPI1_BASELINE), Inputs.number(execution, KPI1_TARGET)),
                new Kpi(Inputs.textOrDay(execution, KPI2_NAME), Inputs.textOrDay(execution, KPI2_UNIT),
                        Inputs.number(execution, KPI2_BASELINE), Inputs.number(execution, KPI2_TARGET)),
                new Kpi(Inputs.textOrDay(execution, KPI3_NAME), Inputs.textOrDay(execution, KPI3_UNIT),
                        Inputs.number(execution, KPI3_BASELINE), Inputs.number(execution, KPI3_TARGET))));

        List<LocalizedText> problems = rules.problems(dashboard, minimumKpis(execution));
        if (problems.isEmpty()) {
            execution.removeVariable(KPI_DASHBOARD_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        KPI_DASHBOARD_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_KPI_DASHBOARD_INCOMPLETE, described);
    }

    static int minimumKpis(DelegateExecution execution) {
        String configured = MINIMUM_KPIS.from(execution);
        if (configured == null || configured.isBlank()) {
            return KpiDashboardRules.DEFAULT_MINIMUM_KPIS;
        }
        try {
            return Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Input parameter '" + MINIMUM_KPIS.name() + "' of "
                    + execution.getCurrentActivityId() + " must be 1 to 3, not '" + configured + "'", e);
        }
    }
}
