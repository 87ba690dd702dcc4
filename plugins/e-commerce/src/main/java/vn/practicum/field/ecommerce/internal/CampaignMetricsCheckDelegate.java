package vn.practicum.field.ecommerce.internal;

import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_AD_SPEND;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_AVERAGE_ORDER_VALUE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_BUDGET;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_CONVERSION_RATE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_ENDED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_ORDERS;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PROBLEM;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REACH;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REPORT_LINK;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_RETURN_ON_AD_SPEND;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REVENUE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_STARTED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_VISITS;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_WINDOW_END;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_WINDOW_START;

import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;

/**
 * {@code ${ecommerceCampaignMetricsCheck}}: checks the campaign results the student reported
 * ({@link CampaignMetricsRules}) within the days the task's inputs {@code campaignWindowStart} and
 * {@code campaignWindowEnd} give (by default the placement's first and last day). Results that hold together set
 * {@code campaignConversionRate}, {@code campaignReturnOnAdSpend} and {@code campaignAverageOrderValue} for the mentor
 * and remove {@code campaignProblem}; otherwise the problems go to {@code campaignProblem} and raise
 * {@code Error_CampaignMetricsInvalid}, which sends the student back to the report.
 */
public class CampaignMetricsCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "ecommerceCampaignMetricsCheck";
    public static final String ERROR_CAMPAIGN_METRICS_INVALID = "Error_CampaignMetricsInvalid";

    private final CampaignMetricsRules rules;

    public CampaignMetricsCheckDelegate(CampaignMetricsRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date windowStart = CAMPAIGN_WINDOW_START.from(execution);
        if (windowStart == null) {
            windowStart = PracticumVariables.PLACEMENT_START.require(execution);
        }
        Date windowEnd = CAMPAIGN_WINDOW_END.from(execution);
        if (windowEnd == null) {
            windowEnd = PracticumVariables.PLACEMENT_END.from(execution);
        }
        Inputs in = new Inputs(execution);
        CampaignResults results = new CampaignResults(in.read(CAMPAIGN_STARTED_ON), in.read(CAMPAIGN_ENDED_ON),
                in.read(CAMPAIGN_REACH), in.read(CAMPAIGN_VISITS), in.read(CAMPAIGN_ORDERS), in.read(CAMPAIGN_REVENUE),
                in.read(CAMPAIGN_AD_SPEND), in.read(CAMPAIGN_REPORT_LINK), in.read(CAMPAIGN_BUDGET));

        CampaignMetrics metrics = in.problems().isEmpty()
                ? rules.check(results, CalendarDays.vietnameseDay(windowStart), windowEnd == null ? null : CalendarDays.vietnameseDay(windowEnd))
                : CampaignMetrics.refused(in.problems());
        if (!metrics.accepted()) {
            String described = Problems.describe(metrics.problems());
            CAMPAIGN_PROBLEM.set(execution, described);
            throw new BpmnError(ERROR_CAMPAIGN_METRICS_INVALID, described);
        }
        execution.removeVariable(CAMPAIGN_PROBLEM.name());
        CAMPAIGN_CONVERSION_RATE.set(execution, metrics.conversionRate());
        setOrRemove(execution, CAMPAIGN_RETURN_ON_AD_SPEND, metrics.returnOnAdSpend());
        setOrRemove(execution, CAMPAIGN_AVERAGE_ORDER_VALUE, metrics.averageOrderValue());
    }

    private static void setOrRemove(DelegateExecution execution, ProcessVariable<Double> variable, Double value) {
        if (value == null) {
            execution.removeVariable(variable.name());
        } else {
            variable.set(execution, value);
        }
    }
}
