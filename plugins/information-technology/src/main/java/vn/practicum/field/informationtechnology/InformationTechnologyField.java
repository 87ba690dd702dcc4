package vn.practicum.field.informationtechnology;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.engine.spi.RequiredDocument;
import vn.practicum.engine.spi.SampleAnswers;
import vn.practicum.engine.spi.ResourceBundle;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Rubric.Criterion;
import vn.practicum.engine.spi.Stage;
import vn.practicum.field.informationtechnology.internal.InformationTechnologySampleAnswers;

/**
 * Công nghệ thông tin / Information technology.
 *
 * <p>Reference case: the FPT–Quang Ninh deployment, where IT students helped commune People's Committees with
 * VNeID, digital signatures and information-security dossiers by classification level, after training on the
 * Cybersecurity Law and the Law on Personal Data Protection. The field customises three stages:
 * <ul>
 *   <li>placement ({@code information-technology-placement}): both training certificates checked, then the NDA
 *       and the student's access rights signed off by the host;</li>
 *   <li>mentoring ({@code information-technology-mentoring}): an information-security dossier by classification
 *       level (Decree 85/2016/NĐ-CP) prepared, checked and approved, and the system delivered;</li>
 *   <li>assessment ({@code information-technology-assessment}): the mentor scores by this field's rubric.</li>
 * </ul>
 */
public class InformationTechnologyField implements FieldPlugin {

    public static final String KEY = "information-technology";
    public static final String DEPLOYMENT_NAME = "practicum-field-information-technology";
    public static final String RESOURCE_FOLDER = "practicum/fields/information-technology";

    public static final String CYBERSECURITY_LAW = "Luật An ninh mạng 2018 (Luật số 24/2018/QH14)";
    public static final String DECREE_85_2016 = "Nghị định 85/2016/NĐ-CP về bảo đảm an toàn hệ thống thông tin theo cấp độ";
    public static final String CIRCULAR_03_2017 = "Thông tư 03/2017/TT-BTTTT hướng dẫn Nghị định 85/2016/NĐ-CP";
    public static final String PERSONAL_DATA_LAW = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";

    public static final String CRITERION_TECHNICAL_QUALITY = "technicalQuality";
    public static final String CRITERION_SECURITY_PRACTICE = "securityPractice";
    public static final String CRITERION_PROFESSIONAL_CONDUCT = "professionalConduct";

    private static final LocalizedText NAME = LocalizedText.of("Công nghệ thông tin", "Information technology");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("cybersecurity-training",
                    LocalizedText.of("Chứng chỉ đào tạo an ninh mạng, an toàn thông tin",
                            "Cybersecurity and information-security training certificate"),
                    CYBERSECURITY_LAW + "; " + DECREE_85_2016 + "; " + CIRCULAR_03_2017),
            new RequiredDocument("personal-data-protection-training",
                    LocalizedText.of("Chứng chỉ đào tạo bảo vệ dữ liệu cá nhân",
                            "Personal-data protection training certificate"),
                    PERSONAL_DATA_LAW),
            new RequiredDocument("non-disclosure-agreement",
                    LocalizedText.of("Cam kết bảo mật thông tin (NDA) và phân quyền truy cập",
                            "Non-disclosure agreement and access-rights sign-off"),
                    DECREE_85_2016 + "; " + CIRCULAR_03_2017 + "; " + PERSONAL_DATA_LAW));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Hỗ trợ người dân sử dụng định danh điện tử VNeID và dịch vụ công trực tuyến",
                    "Helping citizens with VNeID electronic identification and online public services"),
            LocalizedText.of("Triển khai và hướng dẫn sử dụng chữ ký số",
                    "Deploying digital signatures and coaching their users"),
            LocalizedText.of("Lập hồ sơ đề xuất cấp độ an toàn hệ thống thông tin",
                    "Preparing information-system security classification dossiers"),
            LocalizedText.of("Tuân thủ pháp luật về an ninh mạng và bảo vệ dữ liệu cá nhân",
                    "Working within cybersecurity and personal-data protection law"),
            LocalizedText.of("Phát triển, vận hành và bàn giao phần mềm, hệ thống",
                    "Building, operating and handing over software and systems"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_TECHNICAL_QUALITY,
                    LocalizedText.of("Chất lượng kỹ thuật của sản phẩm", "Technical quality of the delivered work"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_SECURITY_PRACTICE,
                    LocalizedText.of("Thực hành an toàn thông tin và bảo vệ dữ liệu cá nhân",
                            "Information-security and personal-data practice"),
                    new BigDecimal("0.35")),
            new Criterion(CRITERION_PROFESSIONAL_CONDUCT,
                    LocalizedText.of("Tác phong, kỷ luật nghề nghiệp", "Professional conduct"),
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
        return new InformationTechnologySampleAnswers();
    }
}
