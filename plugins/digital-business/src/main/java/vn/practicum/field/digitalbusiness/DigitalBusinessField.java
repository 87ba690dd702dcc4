package vn.practicum.field.digitalbusiness;

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
import vn.practicum.field.digitalbusiness.internal.DigitalBusinessSampleAnswers;

/**
 * Quản trị kinh doanh số / Digital business management.
 *
 * <p>A digital-business student works inside the host's sales and operations data, under an electronic contract.
 * The field customises three stages:
 * <ul>
 *   <li>placement ({@code digital-business-placement}): the electronic practicum contract is checked (Law on
 *       Electronic Transactions 2023: secure signatures, certificate valid when signing, signed before work starts),
 *       then the host's data-access agreement (purpose, data sets, read-only for personal data, for the placement
 *       only);</li>
 *   <li>mentoring ({@code digital-business-mentoring}): a process map and a KPI dashboard delivered to the host,
 *       each checked, then accepted by the mentor or sent back for revision;</li>
 *   <li>assessment ({@code digital-business-assessment}): the mentor scores by this field's rubric, business impact
 *       first.</li>
 * </ul>
 */
public class DigitalBusinessField implements FieldPlugin {

    public static final String KEY = "digital-business";
    public static final String DEPLOYMENT_NAME = "practicum-field-digital-business";
    public static final String RESOURCE_FOLDER = "practicum/fields/digital-business";

    public static final String ELECTRONIC_TRANSACTIONS_LAW = "Luật Giao dịch điện tử số 20/2023/QH15";
    public static final String PERSONAL_DATA_LAW = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";

    public static final String CRITERION_BUSINESS_IMPACT = "businessImpact";
    public static final String CRITERION_DATA_ANALYSIS = "dataAnalysis";
    public static final String CRITERION_STAKEHOLDER_COMMUNICATION = "stakeholderCommunication";

    private static final LocalizedText NAME = LocalizedText.of("Quản trị kinh doanh số", "Digital business management");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("electronic-practicum-contract",
                    LocalizedText.of("Hợp đồng thực tập điện tử ký bằng chữ ký số",
                            "Electronic practicum contract signed with digital signatures"),
                    ELECTRONIC_TRANSACTIONS_LAW),
            new RequiredDocument("data-access-agreement",
                    LocalizedText.of("Thỏa thuận truy cập dữ liệu của đơn vị tiếp nhận", "Host data-access agreement"),
                    ELECTRONIC_TRANSACTIONS_LAW + "; " + PERSONAL_DATA_LAW));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Mô hình hóa và cải tiến quy trình kinh doanh", "Modelling and improving business processes"),
            LocalizedText.of("Xây dựng chỉ số KPI và bảng điều khiển quản trị", "Defining KPIs and building management dashboards"),
            LocalizedText.of("Phân tích dữ liệu bán hàng và vận hành", "Analysing sales and operations data"),
            LocalizedText.of("Giao kết và quản lý hợp đồng điện tử", "Making and managing electronic contracts"),
            LocalizedText.of("Sử dụng dữ liệu của doanh nghiệp đúng mục đích và bảo vệ dữ liệu cá nhân",
                    "Using business data for its agreed purpose and protecting personal data"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_BUSINESS_IMPACT,
                    LocalizedText.of("Tác động tới hoạt động kinh doanh của đơn vị", "Impact on the host's business"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_DATA_ANALYSIS,
                    LocalizedText.of("Chất lượng phân tích quy trình và dữ liệu", "Quality of the process and data analysis"),
                    new BigDecimal("0.35")),
            new Criterion(CRITERION_STAKEHOLDER_COMMUNICATION,
                    LocalizedText.of("Trao đổi với các bên liên quan, trình bày kết quả",
                            "Working with stakeholders and presenting results"),
                    new BigDecimal("0.25"))));

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
        return new DigitalBusinessSampleAnswers();
    }
}
