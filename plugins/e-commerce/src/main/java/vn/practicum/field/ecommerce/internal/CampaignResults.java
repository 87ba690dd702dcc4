package vn.practicum.field.ecommerce.internal;

/**
 * A campaign's measured results as the student reported them, with the budget the mentor approved: nothing is
 * parsed yet, so that every problem can be reported.
 *
 * @param startedOn      first day the campaign ran, {@code yyyy-MM-dd}
 * @param endedOn        last day it ran, {@code yyyy-MM-dd}
 * @param reach          people reached
 * @param visits         visits to the storefront (or livestream views) it brought
 * @param orders         orders placed
 * @param revenue        revenue of those orders, đồng
 * @param adSpend        advertising spent, đồng
 * @param reportLink     the platform's own report of these figures
 * @param approvedBudget the advertising budget of the approved plan, đồng (null if the plan gave none)
 */
public record CampaignResults(String startedOn, String endedOn, Number reach, Number visits, Number orders, Number revenue,
                              Number adSpend, String reportLink, Number approvedBudget) {
}
