package vn.practicum.field.ecommerce;

import java.util.Date;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the e-commerce fragments: names and types in one place. The lifecycle's own variables
 * ({@code studentId}, {@code placementStart}, ...) are in {@link PracticumVariables}; these come from the
 * fragments' forms and checks and travel back to the calling stage, which takes whatever a fragment created or changed
 * ({@link vn.practicum.engine.lifecycle.LifecycleVariableMapping}).
 * None of them is a lifecycle variable: the mentoring fragment runs beside the logbooks and must not overwrite theirs.
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}. Numbers typed by users are
 * Camunda Forms number fields: Integer, Long or Double, read as {@link Number}.
 */
public final class ECommerceVariables {

    private ECommerceVariables() {
    }

    // placement: the storefront the student will work on, its seller and the product (Task_SubmitStorefrontDossier)
    /** OWN_WEBSITE, MARKETPLACE or SOCIAL_COMMERCE. */
    public static final ProcessVariable<String> STOREFRONT_CHANNEL = ProcessVariable.of("storefrontChannel", String.class);
    public static final ProcessVariable<String> STOREFRONT_NAME = ProcessVariable.of("storefrontName", String.class);
    public static final ProcessVariable<String> STOREFRONT_URL = ProcessVariable.of("storefrontUrl", String.class);
    /** The marketplace or social platform the shop is on (Shopee, Lazada, TikTok Shop, ...); not for an own website. */
    public static final ProcessVariable<String> PLATFORM_NAME = ProcessVariable.of("platformName", String.class);
    /** An own sales website: notified to the Ministry of Industry and Trade (online.gov.vn). */
    public static final ProcessVariable<Boolean> WEBSITE_NOTIFIED = ProcessVariable.of("websiteNotified", Boolean.class);
    /** A shop on a platform: the seller's account has passed the platform's identity verification. */
    public static final ProcessVariable<Boolean> SELLER_IDENTITY_VERIFIED =
            ProcessVariable.of("sellerIdentityVerified", Boolean.class);
    /** ENTERPRISE, COOPERATIVE or HOUSEHOLD_BUSINESS. */
    public static final ProcessVariable<String> SELLER_TYPE = ProcessVariable.of("sellerType", String.class);
    public static final ProcessVariable<String> SELLER_NAME = ProcessVariable.of("sellerName", String.class);
    /** 10 digits, or 10 digits, '-' and a 3-digit branch number. */
    public static final ProcessVariable<String> SELLER_TAX_CODE = ProcessVariable.of("sellerTaxCode", String.class);
    public static final ProcessVariable<String> PRODUCT_NAME = ProcessVariable.of("productName", String.class);
    /** A {@code ProductCategory} name: GENERAL, PACKAGED_FOOD, COSMETICS, CONFORMITY_REGULATED, or a category banned from advertising. */
    public static final ProcessVariable<String> PRODUCT_CATEGORY = ProcessVariable.of("productCategory", String.class);
    public static final ProcessVariable<String> PRODUCT_DOCUMENT_NUMBER = ProcessVariable.of("productDocumentNumber", String.class);
    public static final ProcessVariable<String> PRODUCT_DOCUMENT_ISSUER = ProcessVariable.of("productDocumentIssuer", String.class);
    /** {@code yyyy-MM-dd}; only for documents that expire (cosmetics notification, certificate of conformity). */
    public static final ProcessVariable<String> PRODUCT_DOCUMENT_VALID_UNTIL =
            ProcessVariable.of("productDocumentValidUntil", String.class);
    /** Every problem the storefront check found, one per line ("Vietnamese / English"); removed when all is in order. */
    public static final ProcessVariable<String> STOREFRONT_PROBLEM = ProcessVariable.of("storefrontProblem", String.class);
    /**
     * Input parameter of ServiceTask_CheckStorefrontDossier: the day the product documents must still be valid on.
     * Defaults to {@code placementStart} when the task has no such input.
     */
    public static final ProcessVariable<Date> DOCUMENTS_VALID_ON = ProcessVariable.of("documentsValidOn", Date.class);

    // placement: the host's HR (Task_ConfirmStorefront)
    public static final ProcessVariable<Boolean> STOREFRONT_CONFIRMED = ProcessVariable.of("storefrontConfirmed", Boolean.class);
    public static final ProcessVariable<String> STOREFRONT_REVIEW_COMMENT =
            ProcessVariable.of("storefrontReviewComment", String.class);
    /** CONTENT_EDITOR, CAMPAIGN_OPERATOR or CUSTOMER_SERVICE: the student's sub-account role in the seller centre. */
    public static final ProcessVariable<String> SELLER_CENTRE_ROLE = ProcessVariable.of("sellerCentreRole", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> ACCESS_GRANTED_ON = ProcessVariable.of("accessGrantedOn", String.class);

    // mentoring: the campaign plan (Task_PlanCampaign) and the mentor's approval (Task_ApproveCampaignPlan)
    public static final ProcessVariable<String> CAMPAIGN_NAME = ProcessVariable.of("campaignName", String.class);
    public static final ProcessVariable<String> CAMPAIGN_OBJECTIVE = ProcessVariable.of("campaignObjective", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> CAMPAIGN_PLANNED_START = ProcessVariable.of("campaignPlannedStart", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> CAMPAIGN_PLANNED_END = ProcessVariable.of("campaignPlannedEnd", String.class);
    /** The advertising budget the mentor approves, in đồng. */
    public static final ProcessVariable<Number> CAMPAIGN_BUDGET = ProcessVariable.of("campaignBudget", Number.class);
    public static final ProcessVariable<Number> TARGET_REACH = ProcessVariable.of("targetReach", Number.class);
    public static final ProcessVariable<Number> TARGET_REVENUE = ProcessVariable.of("targetRevenue", Number.class);
    public static final ProcessVariable<Boolean> CAMPAIGN_PLAN_APPROVED = ProcessVariable.of("campaignPlanApproved", Boolean.class);
    public static final ProcessVariable<String> CAMPAIGN_PLAN_COMMENT = ProcessVariable.of("campaignPlanComment", String.class);

    // mentoring: the campaign's measured results (Task_ReportCampaignResults)
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> CAMPAIGN_STARTED_ON = ProcessVariable.of("campaignStartedOn", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> CAMPAIGN_ENDED_ON = ProcessVariable.of("campaignEndedOn", String.class);
    /** People reached (unique), a whole number. */
    public static final ProcessVariable<Number> CAMPAIGN_REACH = ProcessVariable.of("campaignReach", Number.class);
    /** Visits to the storefront or livestream views the campaign brought, a whole number. */
    public static final ProcessVariable<Number> CAMPAIGN_VISITS = ProcessVariable.of("campaignVisits", Number.class);
    /** Orders placed, a whole number. */
    public static final ProcessVariable<Number> CAMPAIGN_ORDERS = ProcessVariable.of("campaignOrders", Number.class);
    /** Revenue of those orders, in đồng. */
    public static final ProcessVariable<Number> CAMPAIGN_REVENUE = ProcessVariable.of("campaignRevenue", Number.class);
    /** Advertising actually spent, in đồng. */
    public static final ProcessVariable<Number> CAMPAIGN_AD_SPEND = ProcessVariable.of("campaignAdSpend", Number.class);
    /** Where the platform's own report of these figures is (export, dashboard link): the evidence. */
    public static final ProcessVariable<String> CAMPAIGN_REPORT_LINK = ProcessVariable.of("campaignReportLink", String.class);
    /** The results' problems, one per line ("Vietnamese / English"); removed when the results hold together. */
    public static final ProcessVariable<String> CAMPAIGN_PROBLEM = ProcessVariable.of("campaignProblem", String.class);
    /** Input parameter of ServiceTask_CheckCampaignMetrics: first day a campaign may run. Defaults to {@code placementStart}. */
    public static final ProcessVariable<Date> CAMPAIGN_WINDOW_START = ProcessVariable.of("campaignWindowStart", Date.class);
    /** Input parameter of ServiceTask_CheckCampaignMetrics: last day a campaign may run. Defaults to {@code placementEnd}. */
    public static final ProcessVariable<Date> CAMPAIGN_WINDOW_END = ProcessVariable.of("campaignWindowEnd", Date.class);

    // mentoring: what the check computes from the results, shown to the mentor
    /** Orders per visit, in percent, two decimals. */
    public static final ProcessVariable<Double> CAMPAIGN_CONVERSION_RATE = ProcessVariable.of("campaignConversionRate", Double.class);
    /** Revenue per đồng of advertising, two decimals; absent when nothing was spent. */
    public static final ProcessVariable<Double> CAMPAIGN_RETURN_ON_AD_SPEND =
            ProcessVariable.of("campaignReturnOnAdSpend", Double.class);
    /** Revenue per order in đồng; absent when there was no order. */
    public static final ProcessVariable<Double> CAMPAIGN_AVERAGE_ORDER_VALUE =
            ProcessVariable.of("campaignAverageOrderValue", Double.class);

    // mentoring: the mentor confirms the figures against the platform's report (Task_ConfirmCampaignResults)
    public static final ProcessVariable<Boolean> CAMPAIGN_RESULTS_CONFIRMED =
            ProcessVariable.of("campaignResultsConfirmed", Boolean.class);
    public static final ProcessVariable<String> CAMPAIGN_RESULTS_COMMENT = ProcessVariable.of("campaignResultsComment", String.class);

    // assessment: the mentor's final evaluation by the e-commerce rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_MEASURED_RESULTS = ProcessVariable.of("score_measuredResults", Double.class);
    public static final ProcessVariable<Double> SCORE_COMPLIANCE = ProcessVariable.of("score_compliance", Double.class);
    public static final ProcessVariable<Double> SCORE_CAMPAIGN_EXECUTION = ProcessVariable.of("score_campaignExecution", Double.class);
    public static final ProcessVariable<Double> SCORE_PROFESSIONAL_CONDUCT =
            ProcessVariable.of("score_professionalConduct", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
