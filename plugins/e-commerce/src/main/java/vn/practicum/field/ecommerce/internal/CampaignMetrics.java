package vn.practicum.field.ecommerce.internal;

import java.util.List;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What the campaign check found: its problems, or, when there is none, the indicators it computed.
 *
 * @param problems            every problem, in order; empty when the results hold together
 * @param conversionRate      orders per visit in percent, two decimals (null when there are problems)
 * @param returnOnAdSpend     revenue per đồng spent, two decimals (null when nothing was spent, or there are problems)
 * @param averageOrderValue   revenue per order, whole đồng (null when there was no order, or there are problems)
 */
public record CampaignMetrics(List<LocalizedText> problems, Double conversionRate, Double returnOnAdSpend,
                              Double averageOrderValue) {

    public CampaignMetrics {
        problems = List.copyOf(problems);
    }

    static CampaignMetrics refused(List<LocalizedText> problems) {
        return new CampaignMetrics(problems, null, null, null);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
