package vn.practicum.field.ecommerce.internal;

import static vn.practicum.engine.rules.Problems.isBlank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Whether a campaign's reported results hold together, so that the mentor confirms measured figures rather than
 * guesses (the e-commerce milestone: a real campaign run with its metrics):
 * <ul>
 *   <li>it ran on real days inside the placement: from its first day, to its last day at the latest, and ended no
 *       earlier than it started;</li>
 *   <li>reach, visits and orders are whole numbers; it reached at least one person; orders do not exceed visits;</li>
 *   <li>revenue and advertising spend are whole amounts of đồng, not negative; orders and revenue go together (no
 *       revenue without an order, no order without revenue); spend stays within the budget the mentor approved;</li>
 *   <li>the figures come from the platform's own report, whose web address is given.</li>
 * </ul>
 * Results that hold together give the conversion rate, the return on advertising spend and the average order value.
 */
public class CampaignMetricsRules {

    static final LocalizedText CAMPAIGN = LocalizedText.of("Chiến dịch", "Campaign");

    /**
     * @param windowStart the first day a campaign may run (the placement's first day)
     * @param windowEnd   the last day it may run (the placement's last day), or null for no limit
     */
    public CampaignMetrics check(CampaignResults results, LocalDate windowStart, LocalDate windowEnd) {
        Objects.requireNonNull(windowStart, "windowStart");
        List<LocalizedText> problems = new ArrayList<>();
        dates(results, windowStart, windowEnd, problems);

        BigDecimal reach = whole(results.reach(), "số người tiếp cận", "reach", problems);
        if (reach != null && reach.signum() == 0) {
            problems.add(problem("số người tiếp cận phải từ 1 trở lên: chiến dịch không tiếp cận ai là chưa chạy",
                    "reach must be at least 1: a campaign that reached nobody did not run"));
        }
        BigDecimal visits = whole(results.visits(), "số lượt truy cập", "visits", problems);
        BigDecimal orders = whole(results.orders(), "số đơn hàng", "orders", problems);
        if (visits != null && orders != null && orders.compareTo(visits) > 0) {
            problems.add(problem("số đơn hàng (" + orders + ") lớn hơn số lượt truy cập (" + visits + ")",
                    "there are more orders (" + orders + ") than visits (" + visits + ")"));
        }
        BigDecimal revenue = whole(results.revenue(), "doanh thu (đồng)", "revenue (dong)", problems);
        if (orders != null && revenue != null) {
            if (orders.signum() > 0 && revenue.signum() == 0) {
                problems.add(problem("có " + orders + " đơn hàng nhưng doanh thu bằng 0", "there are " + orders + " orders but no revenue"));
            } else if (orders.signum() == 0 && revenue.signum() > 0) {
                problems.add(problem("có doanh thu nhưng không có đơn hàng nào", "there is revenue without any order"));
            }
        }
        BigDecimal adSpend = whole(results.adSpend(), "chi phí quảng cáo (đồng)", "advertising spend (dong)", problems);
        BigDecimal budget = results.approvedBudget() == null ? null : Numbers.exact(results.approvedBudget());
        if (adSpend != null && budget != null && adSpend.compareTo(budget) > 0) {
            problems.add(problem("chi phí quảng cáo " + adSpend.toPlainString() + " đồng vượt ngân sách đã duyệt "
                            + budget.stripTrailingZeros().toPlainString() + " đồng",
                    "advertising spend of " + adSpend.toPlainString() + " dong is above the approved budget of "
                            + budget.stripTrailingZeros().toPlainString() + " dong"));
        }
        if (isBlank(results.reportLink())) {
            problems.add(problem("thiếu đường dẫn báo cáo của nền tảng làm căn cứ số liệu",
                    "the link to the platform's report backing the figures is missing"));
        } else if (!Urls.isWebAddress(results.reportLink())) {
            problems.add(problem("đường dẫn báo cáo " + Problems.echo(results.reportLink()) + " không hợp lệ (cần dạng https://...)",
                    "the report link " + Problems.echo(results.reportLink()) + " is not valid (https://... expected)"));
        }

        if (!problems.isEmpty()) {
            return CampaignMetrics.refused(problems);
        }
        double conversionRate = visits.signum() == 0 ? 0.0
                : orders.multiply(BigDecimal.valueOf(100)).divide(visits, 2, RoundingMode.HALF_UP).doubleValue();
        Double returnOnAdSpend = adSpend.signum() == 0 ? null : revenue.divide(adSpend, 2, RoundingMode.HALF_UP).doubleValue();
        Double averageOrderValue = orders.signum() == 0 ? null : revenue.divide(orders, 0, RoundingMode.HALF_UP).doubleValue();
        return new CampaignMetrics(List.of(), conversionRate, returnOnAdSpend, averageOrderValue);
    }

    private static void dates(CampaignResults results, LocalDate windowStart, LocalDate windowEnd, List<LocalizedText> problems) {
        Optional<LocalDate> started = day(results.startedOn(), "ngày bắt đầu", "start date", problems);
        Optional<LocalDate> ended = day(results.endedOn(), "ngày kết thúc", "end date", problems);
        if (started.isPresent() && started.get().isBefore(windowStart)) {
            problems.add(problem("chiến dịch bắt đầu ngày " + started.get() + ", trước ngày bắt đầu thực tập " + windowStart,
                    "the campaign started on " + started.get() + ", before the placement starts on " + windowStart));
        }
        if (ended.isPresent() && windowEnd != null && ended.get().isAfter(windowEnd)) {
            problems.add(problem("chiến dịch kết thúc ngày " + ended.get() + ", sau ngày kết thúc thực tập " + windowEnd,
                    "the campaign ended on " + ended.get() + ", after the placement ends on " + windowEnd));
        }
        if (started.isPresent() && ended.isPresent() && ended.get().isBefore(started.get())) {
            problems.add(problem("ngày kết thúc " + ended.get() + " trước ngày bắt đầu " + started.get(),
                    "the end date " + ended.get() + " is before the start date " + started.get()));
        }
    }

    private static Optional<LocalDate> day(String text, String vi, String en, List<LocalizedText> problems) {
        if (isBlank(text)) {
            problems.add(problem("thiếu " + vi, "the " + en + " is missing"));
            return Optional.empty();
        }
        Optional<LocalDate> day = CalendarDays.parse(text);
        if (day.isEmpty()) {
            problems.add(problem(vi + " " + Problems.echo(text) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                    "the " + en + " " + Problems.echo(text) + " is not a valid date in the format yyyy-MM-dd"));
        }
        return day;
    }

    /** The figure as a whole number not below zero, or null with a problem. */
    private static BigDecimal whole(Number number, String vi, String en, List<LocalizedText> problems) {
        if (number == null) {
            problems.add(problem("thiếu " + vi, "the " + en + " is missing"));
            return null;
        }
        BigDecimal value = Numbers.wholeNotNegative(number);
        if (value == null) {
            problems.add(problem(vi + " " + Problems.echo(number) + " phải là số nguyên không âm",
                    "the " + en + " " + Problems.echo(number) + " must be a whole number, not negative"));
        }
        return value;
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(CAMPAIGN, vi, en);
    }
}
