package vn.practicum.field.digitalbusiness.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When a KPI dashboard is a deliverable the host can run its business with:
 * <ul>
 *   <li>it is published where the host can open it (an https address), names its data source and refreshes daily,
 *       weekly or monthly;</li>
 *   <li>every KPI the student started is complete: name, unit, baseline and target, the two being numbers;</li>
 *   <li>a KPI's target differs from its baseline: an indicator that aims at no change measures no impact;</li>
 *   <li>no two KPIs have the same name;</li>
 *   <li>at least the host's minimum number of KPIs is complete (two by default).</li>
 * </ul>
 * Every problem is reported, each KPI by its place on the form.
 */
public class KpiDashboardRules {

    public static final int DEFAULT_MINIMUM_KPIS = 2;
    public static final int MAX_KPIS = 3;

    static final LocalizedText LABEL = LocalizedText.of("Bảng điều khiển KPI", "KPI dashboard");

    /**
     * The problems of the dashboard, in order; empty when it is complete.
     *
     * @param minimumKpis how many complete KPIs the host wants at least, 1 to 3
     */
    public List<LocalizedText> problems(KpiDashboard dashboard, int minimumKpis) {
        if (minimumKpis < 1 || minimumKpis > MAX_KPIS) {
            throw new IllegalArgumentException("minimumKpis must be 1 to 3, not " + minimumKpis);
        }
        List<LocalizedText> problems = new ArrayList<>();
        if (Problems.isBlank(dashboard.link())) {
            problems.add(problem("thiếu liên kết tới bảng điều khiển", "the link to the dashboard is missing"));
        } else if (!Inputs.isHttpsAddress(dashboard.link())) {
            problems.add(problem("liên kết " + Problems.echo(dashboard.link()) + " không phải địa chỉ https hợp lệ",
                    "the link " + Problems.echo(dashboard.link()) + " is not a valid https address"));
        }
        if (Problems.isBlank(dashboard.dataSource())) {
            problems.add(problem("thiếu nguồn dữ liệu", "the data source is missing"));
        }
        if (Problems.isBlank(dashboard.refresh())) {
            problems.add(problem("thiếu tần suất cập nhật", "the refresh frequency is missing"));
        } else if (RefreshFrequency.of(dashboard.refresh()).isEmpty()) {
            problems.add(problem("tần suất cập nhật " + Problems.echo(dashboard.refresh()) + " không hợp lệ: hằng ngày, hằng tuần hoặc hằng tháng",
                    "the refresh frequency " + Problems.echo(dashboard.refresh()) + " is not valid: daily, weekly or monthly"));
        }

        int complete = 0;
        Map<String, Integer> placeOfName = new HashMap<>();
        for (int i = 0; i < dashboard.kpis().size(); i++) {
            Kpi kpi = dashboard.kpis().get(i);
            int place = i + 1;
            if (kpi.isEmpty()) {
                continue;
            }
            List<LocalizedText> kpiProblems = kpiProblems(kpi, place);
            if (kpiProblems.isEmpty()) {
                complete++;
            }
            problems.addAll(kpiProblems);
            if (!Problems.isBlank(kpi.name())) {
                Integer first = placeOfName.putIfAbsent(kpi.name().strip().toLowerCase(Locale.ROOT), place);
                if (first != null) {
                    problems.add(problem("KPI " + first + " và KPI " + place + " trùng tên " + Problems.echo(kpi.name()),
                            "KPI " + first + " and KPI " + place + " have the same name " + Problems.echo(kpi.name())));
                }
            }
        }
        if (complete < minimumKpis) {
            problems.add(problem("mới có " + complete + " KPI đầy đủ, cần ít nhất " + minimumKpis,
                    "only " + complete + " complete KPIs, at least " + minimumKpis + " are needed"));
        }
        return problems;
    }

    private static List<LocalizedText> kpiProblems(Kpi kpi, int place) {
        List<LocalizedText> problems = new ArrayList<>();
        String which = "KPI " + place + (Problems.isBlank(kpi.name()) ? "" : " (" + Problems.echo(kpi.name()) + ")");
        List<LocalizedText> missing = new ArrayList<>();
        if (Problems.isBlank(kpi.name())) {
            missing.add(LocalizedText.of("tên", "name"));
        }
        if (Problems.isBlank(kpi.unit())) {
            missing.add(LocalizedText.of("đơn vị đo", "unit"));
        }
        if (kpi.baseline() == null) {
            missing.add(LocalizedText.of("giá trị hiện tại", "baseline"));
        }
        if (kpi.target() == null) {
            missing.add(LocalizedText.of("mục tiêu", "target"));
        }
        if (!missing.isEmpty()) {
            problems.add(problem(which + " thiếu: " + String.join(", ", missing.stream().map(LocalizedText::vi).toList()),
                    which + " is missing its " + String.join(", ", missing.stream().map(LocalizedText::en).toList())));
        }
        BigDecimal baseline = Numbers.exact(kpi.baseline());
        BigDecimal target = Numbers.exact(kpi.target());
        if (kpi.baseline() != null && baseline == null) {
            problems.add(problem(which + ": giá trị hiện tại không phải là số", which + ": the baseline is not a number"));
        }
        if (kpi.target() != null && target == null) {
            problems.add(problem(which + ": mục tiêu không phải là số", which + ": the target is not a number"));
        }
        if (baseline != null && target != null && baseline.compareTo(target) == 0) {
            String value = baseline.stripTrailingZeros().toPlainString();
            problems.add(problem(which + ": mục tiêu bằng giá trị hiện tại (" + value + "), KPI phải hướng tới một thay đổi",
                    which + ": the target equals the baseline (" + value + "): a KPI must aim at a change"));
        }
        return problems;
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
