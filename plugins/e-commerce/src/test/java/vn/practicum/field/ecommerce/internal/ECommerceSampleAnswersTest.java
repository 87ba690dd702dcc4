package vn.practicum.field.ecommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_AD_SPEND;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_BUDGET;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_ENDED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_ORDERS;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REACH;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REPORT_LINK;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REVENUE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_STARTED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_VISITS;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.field.ecommerce.internal.StorefrontDossier.Product;
import vn.practicum.field.ecommerce.internal.StorefrontDossier.Seller;
import vn.practicum.field.ecommerce.internal.StorefrontDossier.Storefront;

/** The sample answers are what a diligent student enters: they pass the field's own checks. */
class ECommerceSampleAnswersTest {

    final ECommerceSampleAnswers answers = new ECommerceSampleAnswers();
    /** Where the demo cohorts and end-to-end tests place a student: the first of next month, for three months. */
    final LocalDate placementStart = LocalDate.now().plusMonths(1).withDayOfMonth(1);

    @Test
    void theStorefrontDossier_passesTheCheck() {
        Map<String, Object> v = answers.answer("Task_SubmitStorefrontDossier", "st-sample-1");

        StorefrontDossier dossier = new StorefrontDossier(
                new Storefront((String) v.get("storefrontChannel"), (String) v.get("storefrontName"), (String) v.get("storefrontUrl"),
                        (String) v.get("platformName"), (Boolean) v.get("websiteNotified"), (Boolean) v.get("sellerIdentityVerified")),
                new Seller((String) v.get("sellerType"), (String) v.get("sellerName"), (String) v.get("sellerTaxCode")),
                new Product((String) v.get("productName"), (String) v.get("productCategory"), (String) v.get("productDocumentNumber"),
                        (String) v.get("productDocumentIssuer"), (String) v.get("productDocumentValidUntil")));
        assertThat(new StorefrontDossierRules().problems(dossier, placementStart)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"st-sample-1", "st-sample-2", "st-sample-3", "st-sample-4"})
    void theCampaignResults_passTheCheck_withinThePlacementAndTheBudget(String studentId) {
        Map<String, Object> plan = answers.answer("Task_PlanCampaign", studentId);
        Map<String, Object> v = answers.answer("Task_ReportCampaignResults", studentId);

        CampaignMetrics metrics = new CampaignMetricsRules().check(new CampaignResults(
                        (String) v.get(CAMPAIGN_STARTED_ON.name()), (String) v.get(CAMPAIGN_ENDED_ON.name()),
                        (Number) v.get(CAMPAIGN_REACH.name()), (Number) v.get(CAMPAIGN_VISITS.name()),
                        (Number) v.get(CAMPAIGN_ORDERS.name()), (Number) v.get(CAMPAIGN_REVENUE.name()),
                        (Number) v.get(CAMPAIGN_AD_SPEND.name()), (String) v.get(CAMPAIGN_REPORT_LINK.name()),
                        (Number) plan.get(CAMPAIGN_BUDGET.name())),
                placementStart, placementStart.plusMonths(3));
        assertThat(metrics.problems()).isEmpty();
    }

    @Test
    void everyTaskOfTheFragmentsIsAnswered_andOthersAreNot() {
        for (String task : new String[] {"Task_SubmitStorefrontDossier", "Task_ConfirmStorefront", "Task_PlanCampaign",
                "Task_ApproveCampaignPlan", "Task_ReportCampaignResults", "Task_ConfirmCampaignResults", "Task_FinalEvaluation"}) {
            assertThat(answers.answer(task, "st-sample-1")).as(task).isNotEmpty();
        }
        assertThat(answers.answer("Task_SubmitLogbook", "st-sample-1")).isNull();
    }
}
