package vn.practicum.field.fintech;

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
import vn.practicum.field.fintech.internal.FintechSampleAnswers;

/**
 * Công nghệ tài chính / Financial technology.
 *
 * <p>A fintech student works with a bank's or a fintech company's customer data only after AML/KYC training, and
 * only in a sandbox. The field customises three stages:
 * <ul>
 *   <li>placement ({@code fintech-placement}): the AML/KYC training attestation is checked (Law on Anti-Money
 *       Laundering 14/2022/QH15), then the host grants sandbox-only access, checked against the training and the
 *       placement's days (Decree 94/2025/NĐ-CP on the controlled-testing mechanism in banking);</li>
 *   <li>mentoring ({@code fintech-mentoring}): a sandbox experiment report, checked for completeness and for the
 *       data it used, then reviewed by the mentor;</li>
 *   <li>assessment ({@code fintech-assessment}): the mentor scores by this field's rubric, compliance first.</li>
 * </ul>
 */
public class FintechField implements FieldPlugin {

    public static final String KEY = "fintech";
    public static final String DEPLOYMENT_NAME = "practicum-field-fintech";
    public static final String RESOURCE_FOLDER = "practicum/fields/fintech";

    public static final String AML_LAW = "Luật Phòng, chống rửa tiền số 14/2022/QH15";
    public static final String AML_DECREE = "Nghị định 19/2023/NĐ-CP quy định chi tiết Luật Phòng, chống rửa tiền";
    public static final String SANDBOX_DECREE = "Nghị định 94/2025/NĐ-CP về cơ chế thử nghiệm có kiểm soát trong lĩnh vực ngân hàng";
    public static final String PERSONAL_DATA_LAW = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";

    public static final String CRITERION_REGULATORY_COMPLIANCE = "regulatoryCompliance";
    public static final String CRITERION_TECHNICAL_QUALITY = "technicalQuality";
    public static final String CRITERION_PROFESSIONAL_CONDUCT = "professionalConduct";

    private static final LocalizedText NAME = LocalizedText.of("Công nghệ tài chính", "Financial technology");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("aml-kyc-training-attestation",
                    LocalizedText.of("Xác nhận hoàn thành đào tạo phòng, chống rửa tiền và nhận biết khách hàng (AML/KYC)",
                            "AML/KYC training attestation"),
                    AML_LAW + "; " + AML_DECREE),
            new RequiredDocument("sandbox-access-grant",
                    LocalizedText.of("Văn bản cấp quyền truy cập môi trường thử nghiệm (chỉ dữ liệu giả lập hoặc đã che giấu)",
                            "Sandbox-only access grant (synthetic or masked data)"),
                    SANDBOX_DECREE + "; " + PERSONAL_DATA_LAW + "; " + AML_LAW));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Áp dụng quy trình nhận biết khách hàng (eKYC) và phòng, chống rửa tiền",
                    "Applying customer identification (eKYC) and anti-money-laundering procedures"),
            LocalizedText.of("Thiết kế và chạy thử nghiệm sản phẩm tài chính trong môi trường sandbox",
                    "Designing and running financial-product experiments in a sandbox"),
            LocalizedText.of("Phân tích dữ liệu giao dịch và chấm điểm tín dụng",
                    "Analysing transaction data and credit scoring"),
            LocalizedText.of("Bảo vệ dữ liệu khách hàng và dữ liệu cá nhân",
                    "Protecting customer and personal data"),
            LocalizedText.of("Làm việc trong khuôn khổ cơ chế thử nghiệm có kiểm soát",
                    "Working within a regulatory sandbox"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_REGULATORY_COMPLIANCE,
                    LocalizedText.of("Tuân thủ quy định (AML/KYC, sandbox, dữ liệu cá nhân)",
                            "Regulatory compliance (AML/KYC, sandbox, personal data)"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_TECHNICAL_QUALITY,
                    LocalizedText.of("Chất lượng kỹ thuật của thử nghiệm", "Technical quality of the experiment"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_PROFESSIONAL_CONDUCT,
                    LocalizedText.of("Tác phong, kỷ luật nghề nghiệp", "Professional conduct"),
                    new BigDecimal("0.2"))));

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
        return new FintechSampleAnswers();
    }

    /** The data scope the host grants at placement bounds the experiment report checked during mentoring. */
    @Override
    public Set<String> carriedVariables() {
        return Set.of(FintechVariables.SANDBOX_DATA_SCOPE.name());
    }
}
