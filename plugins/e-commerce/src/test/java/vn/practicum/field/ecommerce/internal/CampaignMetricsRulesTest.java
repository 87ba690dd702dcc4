package vn.practicum.field.ecommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class CampaignMetricsRulesTest {

    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final LocalDate PLACEMENT_END = LocalDate.of(2026, 4, 30);
    static final String REPORT = "https://banhang.shopee.vn/datacenter/report/1";

    final CampaignMetricsRules rules = new CampaignMetricsRules();

    @Test
    void resultsThatHoldTogether_giveConversionReturnOnAdSpendAndAverageOrderValue() {
        CampaignMetrics metrics = check(results("2026-03-01", "2026-03-28", 18_000, 2_400, 96, 17_760_000, 4_200_000));

        assertThat(metrics.accepted()).isTrue();
        assertThat(metrics.conversionRate()).isEqualTo(4.0);
        assertThat(metrics.returnOnAdSpend()).isEqualTo(4.23);
        assertThat(metrics.averageOrderValue()).isEqualTo(185_000.0);
    }

    @Test
    void aCampaignOnThePlacementsFirstAndLastDay_isInside_aDayEitherSideIsNot() {
        assertThat(check(results("2026-02-01", "2026-04-30", 1, 0, 0, 0, 0)).accepted()).isTrue();

        assertThat(check(results("2026-01-31", "2026-05-01", 1, 0, 0, 0, 0)).problems()).extracting(LocalizedText::en)
                .containsExactly("Campaign: the campaign started on 2026-01-31, before the placement starts on 2026-02-01",
                        "Campaign: the campaign ended on 2026-05-01, after the placement ends on 2026-04-30");
    }

    @Test
    void withoutAPlacementEnd_onlyTheStartBounds() {
        assertThat(rules.check(results("2026-02-01", "2027-12-31", 1, 0, 0, 0, 0), PLACEMENT_START, null).accepted()).isTrue();
    }

    @Test
    void aCampaignEndingBeforeItStarted_isRefused() {
        assertThat(check(results("2026-03-28", "2026-03-01", 100, 10, 1, 100_000, 0)).problems()).extracting(LocalizedText::en)
                .containsExactly("Campaign: the end date 2026-03-01 is before the start date 2026-03-28");
    }

    @Test
    void aCampaignThatReachedNobody_didNotRun_oneReachedIsEnough() {
        assertThat(check(results("2026-03-01", "2026-03-02", 0, 0, 0, 0, 0)).problems()).extracting(LocalizedText::en)
                .containsExactly("Campaign: reach must be at least 1: a campaign that reached nobody did not run");
        assertThat(check(results("2026-03-01", "2026-03-02", 1, 0, 0, 0, 0)).accepted()).isTrue();
    }

    @Test
    void asManyOrdersAsVisits_isPossible_oneMoreIsNot() {
        assertThat(check(results("2026-03-01", "2026-03-02", 50, 10, 10, 1_000_000, 0)).accepted()).isTrue();
        assertThat(check(results("2026-03-01", "2026-03-02", 50, 10, 11, 1_000_000, 0)).problems()).extracting(LocalizedText::en)
                .containsExactly("Campaign: there are more orders (11) than visits (10)");
    }

    @Test
    void ordersAndRevenue_goTogether() {
        assertThat(check(results("2026-03-01", "2026-03-02", 50, 10, 2, 0, 0)).problems()).extracting(LocalizedText::en)
                .containsExactly("Campaign: there are 2 orders but no revenue");
        assertThat(check(results("2026-03-01", "2026-03-02", 50, 10, 0, 500_000, 0)).problems()).extracting(LocalizedText::en)
                .containsExactly("Campaign: there is revenue without any order");
    }

    @Test
    void spendingTheWholeBudget_isAllowed_oneDongMoreIsNot() {
        CampaignResults atBudget = new CampaignResults("2026-03-01", "2026-03-02", 50, 10, 1, 200_000, 5_000_000, REPORT, 5_000_000);
        CampaignResults overBudget = new CampaignResults("2026-03-01", "2026-03-02", 50, 10, 1, 200_000, 5_000_001, REPORT, 5_000_000.0);

        assertThat(check(atBudget).accepted()).isTrue();
        assertThat(check(overBudget).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).isEqualTo("Chiến dịch: chi phí quảng cáo 5000001 đồng vượt ngân sách đã duyệt 5000000 đồng");
            assertThat(problem.en()).isEqualTo("Campaign: advertising spend of 5000001 dong is above the approved budget of 5000000 dong");
        });
    }

    @Test
    void noSpend_meansNoReturnOnAdSpend_andNoOrder_meansNoAverageOrderValue() {
        CampaignMetrics metrics = check(results("2026-03-01", "2026-03-02", 500, 0, 0, 0, 0));

        assertThat(metrics.accepted()).isTrue();
        assertThat(metrics.conversionRate()).isEqualTo(0.0);
        assertThat(metrics.returnOnAdSpend()).isNull();
        assertThat(metrics.averageOrderValue()).isNull();
    }

    @Test
    void figuresOfEveryNumberType_areRead_wholeDoublesToo() {
        CampaignResults results = new CampaignResults("2026-03-01", "2026-03-02", 18_000L, 2_400.0, (short) 96, 17_760_000.0,
                4_200_000L, REPORT, null);
        assertThat(check(results).accepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 2.5, Double.NaN, Double.POSITIVE_INFINITY})
    void negativeFractionalOrNonNumbers_areRefused(double visits) {
        assertThat(check(results("2026-03-01", "2026-03-02", 50, visits, 0, 0, 0)).problems()).singleElement()
                .extracting(LocalizedText::en).asString().contains("the visits").endsWith("must be a whole number, not negative");
    }

    @Test
    void nothingReported_listsEverything() {
        CampaignMetrics metrics = check(new CampaignResults(null, " ", null, null, null, null, null, null, null));

        assertThat(metrics.accepted()).isFalse();
        assertThat(metrics.conversionRate()).isNull();
        assertThat(metrics.problems()).extracting(LocalizedText::en).containsExactly(
                "Campaign: the start date is missing",
                "Campaign: the end date is missing",
                "Campaign: the reach is missing",
                "Campaign: the visits is missing",
                "Campaign: the orders is missing",
                "Campaign: the revenue (dong) is missing",
                "Campaign: the advertising spend (dong) is missing",
                "Campaign: the link to the platform's report backing the figures is missing");
    }

    @Test
    void aReportLinkThatIsNotAWebAddress_isRefused() {
        CampaignResults results = new CampaignResults("2026-03-01", "2026-03-02", 50, 10, 1, 200_000, 0, "xem file Excel", null);
        assertThat(check(results).problems()).extracting(LocalizedText::en)
                .containsExactly("Campaign: the report link 'xem file Excel' is not valid (https://... expected)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/03/2026", "2026-02-30", "March 1st"})
    void malformedDates_areRefusedNamingTheFormat(String day) {
        assertThat(check(results(day, "2026-03-28", 50, 10, 1, 200_000, 0)).problems()).singleElement()
                .extracting(LocalizedText::en).asString().contains("'" + day + "'", "yyyy-MM-dd");
    }

    private CampaignMetrics check(CampaignResults results) {
        return rules.check(results, PLACEMENT_START, PLACEMENT_END);
    }

    private static CampaignResults results(String startedOn, String endedOn, Number reach, Number visits, Number orders,
                                           Number revenue, Number adSpend) {
        return new CampaignResults(startedOn, endedOn, reach, visits, orders, revenue, adSpend, REPORT, 10_000_000);
    }
}
