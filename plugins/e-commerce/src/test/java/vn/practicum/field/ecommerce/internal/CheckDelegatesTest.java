package vn.practicum.field.ecommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_AD_SPEND;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_AVERAGE_ORDER_VALUE;
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
import static vn.practicum.field.ecommerce.ECommerceVariables.DOCUMENTS_VALID_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_CATEGORY;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_ISSUER;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_NUMBER;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_VALID_UNTIL;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_IDENTITY_VERIFIED;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_TAX_CODE;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_TYPE;
import static vn.practicum.field.ecommerce.ECommerceVariables.PLATFORM_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_CHANNEL;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_PROBLEM;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_URL;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' own work: which days they check against, what they set, how bad input comes back. */
class CheckDelegatesTest {

    final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void productDocuments_areCheckedAgainstTheTasksInput_whenItHasOne() {
        // given: valid until 31 March; the input asks for validity on 30 April (the placement's end)
        cosmeticsShopValidUntil("2026-03-31");
        when(execution.getVariable(DOCUMENTS_VALID_ON.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when / then
        assertThatThrownBy(() -> storefrontCheck().execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo(StorefrontDossierCheckDelegate.ERROR_STOREFRONT_DOSSIER_INVALID);
                    assertThat(error.getMessage()).contains("2026-04-30");
                });
        verify(execution).setVariable(eq(STOREFRONT_PROBLEM.name()), contains("2026-04-30"));
    }

    @Test
    void productDocuments_areCheckedAgainstThePlacementStart_withoutAnInput() throws Exception {
        // given
        cosmeticsShopValidUntil("2026-03-31");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when
        storefrontCheck().execute(execution);

        // then
        verify(execution).removeVariable(STOREFRONT_PROBLEM.name());
        verify(execution, never()).setVariable(eq(STOREFRONT_PROBLEM.name()), any());
    }

    @Test
    void aBooleanEnteredAsText_isRead() throws Exception {
        // given: the REST API's "true"
        cosmeticsShopValidUntil("2026-03-31");
        when(execution.getVariable(SELLER_IDENTITY_VERIFIED.name())).thenReturn("true");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when
        storefrontCheck().execute(execution);

        // then
        verify(execution).removeVariable(STOREFRONT_PROBLEM.name());
    }

    @Test
    void resultsThatHoldTogether_setTheIndicators_andRemoveTheProblem() throws Exception {
        // given
        campaignResults(4_200_000);
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when
        campaignCheck().execute(execution);

        // then
        verify(execution).removeVariable(CAMPAIGN_PROBLEM.name());
        verify(execution).setVariable(CAMPAIGN_CONVERSION_RATE.name(), 4.0);
        verify(execution).setVariable(CAMPAIGN_RETURN_ON_AD_SPEND.name(), 4.23);
        verify(execution).setVariable(CAMPAIGN_AVERAGE_ORDER_VALUE.name(), 185000.0);
    }

    @Test
    void withoutAdvertisingSpend_theReturnOnAdSpendOfAnEarlierReportIsRemoved() throws Exception {
        // given
        campaignResults(0);
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when
        campaignCheck().execute(execution);

        // then
        verify(execution).removeVariable(CAMPAIGN_RETURN_ON_AD_SPEND.name());
        verify(execution, never()).setVariable(eq(CAMPAIGN_RETURN_ON_AD_SPEND.name()), any());
    }

    @Test
    void theCampaignWindowEnds_withThePlacement_withoutAnInput() {
        // given: the campaign ran into May; the placement ended on 30 April
        campaignResults(4_200_000);
        when(execution.getVariable(CAMPAIGN_ENDED_ON.name())).thenReturn("2026-05-02");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));
        when(execution.getVariable(PracticumVariables.PLACEMENT_END.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));

        // when / then
        assertThatThrownBy(() -> campaignCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            assertThat(error.getErrorCode()).isEqualTo(CampaignMetricsCheckDelegate.ERROR_CAMPAIGN_METRICS_INVALID);
            assertThat(error.getMessage()).contains("after the placement ends on 2026-04-30");
        });
        verify(execution, never()).setVariable(eq(CAMPAIGN_CONVERSION_RATE.name()), any());
    }

    @Test
    void theTasksInput_overridesThePlacementEnd() throws Exception {
        // given
        campaignResults(4_200_000);
        when(execution.getVariable(CAMPAIGN_ENDED_ON.name())).thenReturn("2026-05-02");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));
        when(execution.getVariable(PracticumVariables.PLACEMENT_END.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));
        when(execution.getVariable(CAMPAIGN_WINDOW_END.name())).thenReturn(midnight(LocalDate.of(2026, 5, 31)));

        // when
        campaignCheck().execute(execution);

        // then
        verify(execution).removeVariable(CAMPAIGN_PROBLEM.name());
    }

    @Test
    void aFigureOfTheWrongType_isTheStudentsProblem_notAnIncident() {
        // given: text where a number belongs
        campaignResults(4_200_000);
        when(execution.getVariable(CAMPAIGN_ORDERS.name())).thenReturn("chín mươi sáu");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when / then
        assertThatThrownBy(() -> campaignCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error ->
                assertThat(error.getMessage()).isEqualTo("Giá trị của 'campaignOrders' không đúng kiểu (cần Number)"
                        + " / The value of 'campaignOrders' has the wrong type (Number expected)"));
    }

    private void cosmeticsShopValidUntil(String validUntil) {
        when(execution.getVariable(STOREFRONT_CHANNEL.name())).thenReturn("MARKETPLACE");
        when(execution.getVariable(STOREFRONT_NAME.name())).thenReturn("Mỹ phẩm thiên nhiên");
        when(execution.getVariable(STOREFRONT_URL.name())).thenReturn("https://www.lazada.vn/shop/my-pham-thien-nhien");
        when(execution.getVariable(PLATFORM_NAME.name())).thenReturn("Lazada");
        when(execution.getVariable(SELLER_IDENTITY_VERIFIED.name())).thenReturn(true);
        when(execution.getVariable(SELLER_TYPE.name())).thenReturn("ENTERPRISE");
        when(execution.getVariable(SELLER_NAME.name())).thenReturn("Công ty Cổ phần Mỹ phẩm Thiên Nhiên");
        when(execution.getVariable(SELLER_TAX_CODE.name())).thenReturn("0300588569");
        when(execution.getVariable(PRODUCT_NAME.name())).thenReturn("Son dưỡng môi");
        when(execution.getVariable(PRODUCT_CATEGORY.name())).thenReturn("COSMETICS");
        when(execution.getVariable(PRODUCT_DOCUMENT_NUMBER.name())).thenReturn("123456/24/CBMP-QLD");
        when(execution.getVariable(PRODUCT_DOCUMENT_ISSUER.name())).thenReturn("Cục Quản lý Dược");
        when(execution.getVariable(PRODUCT_DOCUMENT_VALID_UNTIL.name())).thenReturn(validUntil);
    }

    private void campaignResults(long adSpend) {
        when(execution.getVariable(CAMPAIGN_STARTED_ON.name())).thenReturn("2026-03-01");
        when(execution.getVariable(CAMPAIGN_ENDED_ON.name())).thenReturn("2026-03-28");
        when(execution.getVariable(CAMPAIGN_REACH.name())).thenReturn(18_000);
        when(execution.getVariable(CAMPAIGN_VISITS.name())).thenReturn(2_400);
        when(execution.getVariable(CAMPAIGN_ORDERS.name())).thenReturn(96);
        when(execution.getVariable(CAMPAIGN_REVENUE.name())).thenReturn(17_760_000L);
        when(execution.getVariable(CAMPAIGN_AD_SPEND.name())).thenReturn(adSpend);
        when(execution.getVariable(CAMPAIGN_REPORT_LINK.name())).thenReturn("https://banhang.shopee.vn/datacenter/report/1");
    }

    private static StorefrontDossierCheckDelegate storefrontCheck() {
        return new StorefrontDossierCheckDelegate(new StorefrontDossierRules());
    }

    private static CampaignMetricsCheckDelegate campaignCheck() {
        return new CampaignMetricsCheckDelegate(new CampaignMetricsRules());
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
