package vn.practicum.field.digitalbusiness.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class KpiDashboardRulesTest {

    static final Kpi EMPTY = new Kpi(null, " ", null, null);
    static final Kpi LEAD_TIME = new Kpi("Thời gian giao hàng", "ngày", 4.5, 3);
    static final Kpi REWORK = new Kpi("Tỷ lệ đơn nhập lại", "%", 12, 2);
    static final Kpi REVENUE = new Kpi("Doanh thu kênh online", "triệu đồng", 850, 1000);

    final KpiDashboardRules rules = new KpiDashboardRules();

    @Test
    void twoCompleteKpis_meetTheDefault_aThirdSlotMayStayEmpty() {
        assertThat(rules.problems(dashboard(LEAD_TIME, REWORK, EMPTY), 2)).isEmpty();
        assertThat(rules.problems(dashboard(LEAD_TIME, REWORK, REVENUE), 3)).isEmpty();
    }

    @Test
    void fewerCompleteKpisThanTheMinimum_isRefused() {
        assertThat(rules.problems(dashboard(LEAD_TIME, EMPTY, EMPTY), 2)).extracting(LocalizedText::en)
                .containsExactly("KPI dashboard: only 1 complete KPIs, at least 2 are needed");
        assertThat(rules.problems(dashboard(LEAD_TIME, EMPTY, EMPTY), 1)).isEmpty();
    }

    @Test
    void aTargetEqualToItsBaseline_isNoKpi_whateverTheNumbersType() {
        assertThat(rules.problems(dashboard(LEAD_TIME, new Kpi("Tỷ lệ đơn nhập lại", "%", 12, 12.0), EMPTY), 1))
                .extracting(LocalizedText::en).containsExactly("KPI dashboard: KPI 2 ('Tỷ lệ đơn nhập lại'): the target equals"
                        + " the baseline (12): a KPI must aim at a change");
    }

    @Test
    void aKpiStartedButNotFinished_namesWhatIsMissing() {
        assertThat(rules.problems(dashboard(LEAD_TIME, REWORK, new Kpi("Doanh thu", null, 850, null)), 2))
                .extracting(LocalizedText::en).containsExactly("KPI dashboard: KPI 3 ('Doanh thu') is missing its unit, target");
        assertThat(rules.problems(dashboard(LEAD_TIME, REWORK, new Kpi(null, "%", null, 5)), 2))
                .extracting(LocalizedText::vi).containsExactly("Bảng điều khiển KPI: KPI 3 thiếu: tên, giá trị hiện tại");
    }

    @Test
    void figuresThatAreNoNumbers_areSaidSo() {
        assertThat(rules.problems(dashboard(LEAD_TIME, REWORK, new Kpi("Doanh thu", "triệu đồng", Double.NaN,
                Double.POSITIVE_INFINITY)), 2)).extracting(LocalizedText::en).containsExactly(
                        "KPI dashboard: KPI 3 ('Doanh thu'): the baseline is not a number",
                        "KPI dashboard: KPI 3 ('Doanh thu'): the target is not a number");
    }

    @Test
    void twoKpisOfTheSameName_areRefused() {
        assertThat(rules.problems(dashboard(LEAD_TIME, new Kpi(" thời gian giao hàng ", "giờ", 108, 72), EMPTY), 2))
                .extracting(LocalizedText::en).containsExactly(
                        "KPI dashboard: KPI 1 and KPI 2 have the same name 'thời gian giao hàng'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HOURLY", "YEARLY", "khi cần"})
    void refreshFrequenciesOtherThanDailyWeeklyMonthly_areRefused(String refresh) {
        assertThat(rules.problems(new KpiDashboard("https://bi.example.vn/d/1", "ERP", refresh, List.of(LEAD_TIME, REWORK)), 2))
                .singleElement().extracting(LocalizedText::en).asString().contains("is not valid: daily, weekly or monthly");
    }

    @Test
    void nothingEntered_listsEverything_inOrder() {
        assertThat(rules.problems(new KpiDashboard("http://bi.example.vn", null, null, List.of(EMPTY, EMPTY, EMPTY)), 2))
                .extracting(LocalizedText::en).containsExactly(
                        "KPI dashboard: the link 'http://bi.example.vn' is not a valid https address",
                        "KPI dashboard: the data source is missing",
                        "KPI dashboard: the refresh frequency is missing",
                        "KPI dashboard: only 0 complete KPIs, at least 2 are needed");
    }

    @Test
    void aMinimumOutsideOneToThree_isAModellingError() {
        assertThatThrownBy(() -> rules.problems(dashboard(LEAD_TIME, REWORK, EMPTY), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumKpis");
        assertThatThrownBy(() -> rules.problems(dashboard(LEAD_TIME, REWORK, EMPTY), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KpiDashboard dashboard(Kpi... kpis) {
        return new KpiDashboard("https://bi.example.vn/d/ban-hang", "ERP, CRM", "WEEKLY", List.of(kpis));
    }
}
