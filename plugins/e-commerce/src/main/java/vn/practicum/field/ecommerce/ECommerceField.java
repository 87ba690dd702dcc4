package vn.practicum.field.ecommerce;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.engine.spi.RequiredDocument;
import vn.practicum.engine.spi.ResourceBundle;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Rubric.Criterion;
import vn.practicum.engine.spi.SampleAnswers;
import vn.practicum.engine.spi.Stage;
import vn.practicum.field.ecommerce.internal.ECommerceSampleAnswers;

/**
 * Thương mại điện tử / E-commerce.
 *
 * <p>An e-commerce student works on a real storefront of the host and runs a real campaign on it. The field
 * customises three stages:
 * <ul>
 *   <li>placement ({@code e-commerce-placement}): the storefront, its seller's identity and the campaign product's
 *       documents are checked (E-commerce Law 2025, Decree 52/2013/NĐ-CP as amended, Law on Advertising 2012), then
 *       the host confirms them and gives the student a limited seller-centre role;</li>
 *   <li>mentoring ({@code e-commerce-mentoring}): a campaign planned and approved by the mentor, run, and its
 *       measured results (reach, conversion, revenue) checked and confirmed against the platform's report;</li>
 *   <li>assessment ({@code e-commerce-assessment}): the mentor scores by this field's rubric, measured results and
 *       compliance first.</li>
 * </ul>
 */
public class ECommerceField implements FieldPlugin {

    public static final String KEY = "e-commerce";
    public static final String DEPLOYMENT_NAME = "practicum-field-e-commerce";
    public static final String RESOURCE_FOLDER = "practicum/fields/e-commerce";

    public static final String E_COMMERCE_LAW = "Luật Thương mại điện tử 2025";
    public static final String DECREE_52_2013 = "Nghị định 52/2013/NĐ-CP về thương mại điện tử, sửa đổi bởi Nghị định 85/2021/NĐ-CP";
    public static final String ADVERTISING_LAW = "Luật Quảng cáo 2012 (Luật số 16/2012/QH13), Điều 7";
    public static final String FOOD_SAFETY_DECREE = "Nghị định 15/2018/NĐ-CP hướng dẫn Luật An toàn thực phẩm";
    public static final String COSMETICS_CIRCULAR = "Thông tư 06/2011/TT-BYT quy định về quản lý mỹ phẩm";
    public static final String PRODUCT_QUALITY_LAW = "Luật Chất lượng sản phẩm, hàng hóa 2007";
    public static final String CONSUMER_PROTECTION_LAW = "Luật Bảo vệ quyền lợi người tiêu dùng 2023 (Luật số 19/2023/QH15)";

    public static final String CRITERION_MEASURED_RESULTS = "measuredResults";
    public static final String CRITERION_COMPLIANCE = "compliance";
    public static final String CRITERION_CAMPAIGN_EXECUTION = "campaignExecution";
    public static final String CRITERION_PROFESSIONAL_CONDUCT = "professionalConduct";

    private static final LocalizedText NAME = LocalizedText.of("Thương mại điện tử", "E-commerce");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("seller-identity",
                    LocalizedText.of("Thông tin định danh người bán của cửa hàng trực tuyến (tên, mã số thuế, xác thực trên nền tảng"
                                    + " hoặc thông báo website với Bộ Công Thương)",
                            "Seller identity of the storefront (registered name, tax code, platform identity verification or"
                                    + " website notification to the Ministry of Industry and Trade)"),
                    E_COMMERCE_LAW + "; " + DECREE_52_2013),
            new RequiredDocument("product-documents",
                    LocalizedText.of("Giấy tờ của sản phẩm theo nhóm hàng (tự công bố sản phẩm, phiếu công bố mỹ phẩm, chứng nhận hợp quy)",
                            "Product documents by category (self-declaration, cosmetics notification, certificate of conformity)"),
                    E_COMMERCE_LAW + "; " + FOOD_SAFETY_DECREE + "; " + COSMETICS_CIRCULAR + "; " + PRODUCT_QUALITY_LAW),
            new RequiredDocument("advertisable-product",
                    LocalizedText.of("Sản phẩm của chiến dịch không thuộc hàng hóa cấm quảng cáo",
                            "The campaign product is not banned from advertising"),
                    ADVERTISING_LAW));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Vận hành gian hàng trên sàn thương mại điện tử, mạng xã hội và website bán hàng",
                    "Running shops on marketplaces, social commerce and sales websites"),
            LocalizedText.of("Lập kế hoạch, chạy và đo lường chiến dịch bán hàng trực tuyến",
                    "Planning, running and measuring online sales campaigns"),
            LocalizedText.of("Phân tích phễu chuyển đổi: tiếp cận, truy cập, đơn hàng, doanh thu, hiệu quả chi phí quảng cáo",
                    "Analysing the conversion funnel: reach, visits, orders, revenue, return on advertising spend"),
            LocalizedText.of("Tuân thủ pháp luật về thương mại điện tử, quảng cáo và bảo vệ người tiêu dùng",
                    "Working within e-commerce, advertising and consumer-protection law"),
            LocalizedText.of("Kiểm tra thông tin người bán và giấy tờ sản phẩm trước khi đăng bán",
                    "Checking seller identity and product documents before listing"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_MEASURED_RESULTS,
                    LocalizedText.of("Kết quả đo lường được của chiến dịch (tiếp cận, chuyển đổi, doanh thu)",
                            "Measured results of the campaign (reach, conversion, revenue)"),
                    new BigDecimal("0.35")),
            new Criterion(CRITERION_COMPLIANCE,
                    LocalizedText.of("Tuân thủ pháp luật thương mại điện tử, quảng cáo và bảo vệ người tiêu dùng",
                            "Compliance with e-commerce, advertising and consumer-protection law"),
                    new BigDecimal("0.30")),
            new Criterion(CRITERION_CAMPAIGN_EXECUTION,
                    LocalizedText.of("Chất lượng triển khai chiến dịch: nội dung, vận hành gian hàng, chăm sóc khách hàng",
                            "Campaign execution: content, shop operations, customer care"),
                    new BigDecimal("0.20")),
            new Criterion(CRITERION_PROFESSIONAL_CONDUCT,
                    LocalizedText.of("Tác phong, kỷ luật nghề nghiệp", "Professional conduct"),
                    new BigDecimal("0.15"))));

    private static final Set<Stage> CUSTOMISED_STAGES =
            Collections.unmodifiableSet(EnumSet.of(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT));

    private static final ResourceBundle BUNDLE = ResourceBundle.folder(DEPLOYMENT_NAME, RESOURCE_FOLDER);

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public LocalizedText name() {
        return NAME;
    }

    @Override
    public List<RequiredDocument> requiredDocuments() {
        return REQUIRED_DOCUMENTS;
    }

    @Override
    public List<LocalizedText> competencies() {
        return COMPETENCIES;
    }

    @Override
    public Rubric rubric() {
        return RUBRIC;
    }

    @Override
    public Set<Stage> customisedStages() {
        return CUSTOMISED_STAGES;
    }

    @Override
    public ResourceBundle bundle() {
        return BUNDLE;
    }

    @Override
    public SampleAnswers sampleAnswers() {
        return new ECommerceSampleAnswers();
    }
}
