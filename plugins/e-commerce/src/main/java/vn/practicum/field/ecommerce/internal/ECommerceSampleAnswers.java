package vn.practicum.field.ecommerce.internal;

import static vn.practicum.field.ecommerce.ECommerceVariables.ACCESS_GRANTED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_AD_SPEND;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_BUDGET;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_ENDED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_OBJECTIVE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_ORDERS;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PLANNED_END;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PLANNED_START;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PLAN_APPROVED;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_PLAN_COMMENT;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REACH;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REPORT_LINK;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_RESULTS_COMMENT;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_RESULTS_CONFIRMED;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_REVENUE;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_STARTED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.CAMPAIGN_VISITS;
import static vn.practicum.field.ecommerce.ECommerceVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.ecommerce.ECommerceVariables.PLATFORM_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_CATEGORY;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_ISSUER;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_NUMBER;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.SCORE_CAMPAIGN_EXECUTION;
import static vn.practicum.field.ecommerce.ECommerceVariables.SCORE_COMPLIANCE;
import static vn.practicum.field.ecommerce.ECommerceVariables.SCORE_MEASURED_RESULTS;
import static vn.practicum.field.ecommerce.ECommerceVariables.SCORE_PROFESSIONAL_CONDUCT;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_CENTRE_ROLE;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_IDENTITY_VERIFIED;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_TAX_CODE;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_TYPE;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_CHANNEL;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_CONFIRMED;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_URL;
import static vn.practicum.field.ecommerce.ECommerceVariables.TARGET_REACH;
import static vn.practicum.field.ecommerce.ECommerceVariables.TARGET_REVENUE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent e-commerce student and host: a Quảng Ninh food producer's marketplace shop with a verified seller and
 * a self-declared product, a four-week campaign inside a placement that starts on the first of next month (as the
 * demo cohorts and end-to-end tests place students), with figures that hold together.
 */
public final class ECommerceSampleAnswers implements SampleAnswers {

    /** A tax code of Quảng Ninh (province code 57) with its check digit: sample data, no real company. */
    static final String SAMPLE_TAX_CODE = TaxCode.withCheckDigit("570123456");

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        LocalDate placementStart = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        LocalDate campaignStart = placementStart.plusWeeks(2);
        LocalDate campaignEnd = campaignStart.plusWeeks(4).minusDays(1);
        String code = studentId.toLowerCase(Locale.ROOT);
        switch (taskKey) {
            case "Task_SubmitStorefrontDossier" -> {
                STOREFRONT_CHANNEL.putIn(v, StorefrontChannel.MARKETPLACE.name());
                STOREFRONT_NAME.putIn(v, "Đặc sản Hạ Long Official");
                STOREFRONT_URL.putIn(v, "https://shopee.vn/dacsanhalong.official");
                PLATFORM_NAME.putIn(v, "Shopee");
                SELLER_IDENTITY_VERIFIED.putIn(v, true);
                SELLER_TYPE.putIn(v, SellerType.ENTERPRISE.name());
                SELLER_NAME.putIn(v, "Công ty TNHH Đặc sản Hạ Long (dữ liệu mẫu)");
                SELLER_TAX_CODE.putIn(v, SAMPLE_TAX_CODE);
                PRODUCT_NAME.putIn(v, "Chả mực Hạ Long đóng gói hút chân không 500 g");
                PRODUCT_CATEGORY.putIn(v, ProductCategory.PACKAGED_FOOD.name());
                PRODUCT_DOCUMENT_NUMBER.putIn(v, "01/2026/DSHL-TCB");
                PRODUCT_DOCUMENT_ISSUER.putIn(v, "Công ty TNHH Đặc sản Hạ Long (tự công bố)");
            }
            case "Task_ConfirmStorefront" -> {
                STOREFRONT_CONFIRMED.putIn(v, true);
                SELLER_CENTRE_ROLE.putIn(v, "CAMPAIGN_OPERATOR");
                ACCESS_GRANTED_ON.putIn(v, LocalDate.now().toString());
            }
            case "Task_PlanCampaign" -> {
                CAMPAIGN_NAME.putIn(v, "Tuần lễ đặc sản Hạ Long – " + code);
                CAMPAIGN_OBJECTIVE.putIn(v, "Tăng đơn hàng chả mực qua gian hàng Shopee bằng video ngắn và mã giảm giá");
                CAMPAIGN_PLANNED_START.putIn(v, campaignStart.toString());
                CAMPAIGN_PLANNED_END.putIn(v, campaignEnd.toString());
                CAMPAIGN_BUDGET.putIn(v, 5_000_000);
                TARGET_REACH.putIn(v, 15_000);
                TARGET_REVENUE.putIn(v, 15_000_000);
            }
            case "Task_ApproveCampaignPlan" -> {
                CAMPAIGN_PLAN_APPROVED.putIn(v, true);
                CAMPAIGN_PLAN_COMMENT.putIn(v, "Kế hoạch khả thi, ngân sách phù hợp");
            }
            case "Task_ReportCampaignResults" -> {
                CAMPAIGN_STARTED_ON.putIn(v, campaignStart.toString());
                CAMPAIGN_ENDED_ON.putIn(v, campaignEnd.toString());
                CAMPAIGN_REACH.putIn(v, 18_000 + spread * 1_000);
                CAMPAIGN_VISITS.putIn(v, 2_400);
                CAMPAIGN_ORDERS.putIn(v, 90 + spread * 6);
                CAMPAIGN_REVENUE.putIn(v, (90 + spread * 6) * 185_000L);
                CAMPAIGN_AD_SPEND.putIn(v, 4_200_000);
                CAMPAIGN_REPORT_LINK.putIn(v, "https://example.invalid/bao-cao-chien-dich/" + code);
            }
            case "Task_ConfirmCampaignResults" -> {
                CAMPAIGN_RESULTS_CONFIRMED.putIn(v, true);
                CAMPAIGN_RESULTS_COMMENT.putIn(v, "Số liệu khớp báo cáo của sàn");
            }
            case "Task_FinalEvaluation" -> {
                SCORE_MEASURED_RESULTS.putIn(v, 7.0 + spread * 0.8);
                SCORE_COMPLIANCE.putIn(v, 8.5);
                SCORE_CAMPAIGN_EXECUTION.putIn(v, 7.5 + spread * 0.5);
                SCORE_PROFESSIONAL_CONDUCT.putIn(v, 8.0);
                FINAL_EVALUATION_COMMENT.putIn(v, "Chiến dịch đạt mục tiêu, tuân thủ quy định quảng cáo");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
