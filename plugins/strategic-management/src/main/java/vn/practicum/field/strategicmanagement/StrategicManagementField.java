package vn.practicum.field.strategicmanagement;

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
import vn.practicum.field.strategicmanagement.internal.StrategicManagementSampleAnswers;

/**
 * Quản trị chiến lược / Strategic management.
 *
 * <p>A strategic-management student works on a real strategic question of the host, for an executive who can act on
 * the answer. The field customises three stages:
 * <ul>
 *   <li>placement ({@code strategic-management-placement}): the host names an executive sponsor and records the
 *       confidentiality agreement, which are checked; the student acknowledges the agreement and declares any conflict
 *       of interest, which the school's coordinator decides;</li>
 *   <li>mentoring ({@code strategic-management-mentoring}): a strategy analysis checked for depth and reviewed by the
 *       sponsor, then presented board-style and its outcome recorded by the sponsor;</li>
 *   <li>assessment ({@code strategic-management-assessment}): the mentor scores by this field's rubric, analysis depth
 *       and communication first.</li>
 * </ul>
 * Most of it is host practice rather than law; the confidentiality agreement rests on the Labour Code's provision for
 * agreements protecting business secrets and on the Law on Intellectual Property's protection of them.
 */
public class StrategicManagementField implements FieldPlugin {

    public static final String KEY = "strategic-management";
    public static final String DEPLOYMENT_NAME = "practicum-field-strategic-management";
    public static final String RESOURCE_FOLDER = "practicum/fields/strategic-management";

    public static final String HOST_PRACTICE = "Thông lệ quản trị của đơn vị tiếp nhận";
    public static final String LABOUR_CODE = "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 21 khoản 2 (thỏa thuận bảo vệ bí mật kinh doanh)";
    public static final String INTELLECTUAL_PROPERTY_LAW = "Luật Sở hữu trí tuệ (bảo hộ bí mật kinh doanh)";

    public static final String CRITERION_ANALYSIS_DEPTH = "analysisDepth";
    public static final String CRITERION_COMMUNICATION = "communication";
    public static final String CRITERION_BUSINESS_JUDGEMENT = "businessJudgement";
    public static final String CRITERION_PROFESSIONAL_CONDUCT = "professionalConduct";

    private static final LocalizedText NAME = LocalizedText.of("Quản trị chiến lược", "Strategic management");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("confidentiality-agreement",
                    LocalizedText.of("Thỏa thuận bảo mật thông tin, bí mật kinh doanh", "Confidentiality agreement on business secrets"),
                    HOST_PRACTICE + "; " + LABOUR_CODE + "; " + INTELLECTUAL_PROPERTY_LAW),
            new RequiredDocument("executive-sponsor",
                    LocalizedText.of("Văn bản chỉ định lãnh đạo bảo trợ và vấn đề chiến lược giao cho sinh viên",
                            "Named executive sponsor and the strategic question given to the student"),
                    HOST_PRACTICE),
            new RequiredDocument("conflict-of-interest-declaration",
                    LocalizedText.of("Bản khai xung đột lợi ích của sinh viên", "The student's conflict-of-interest declaration"),
                    HOST_PRACTICE));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Phân tích môi trường bên ngoài và năng lực nội bộ bằng các công cụ chiến lược",
                    "Analysing the external environment and internal capabilities with strategy frameworks"),
            LocalizedText.of("Xây dựng, so sánh các phương án và đưa ra khuyến nghị chiến lược có căn cứ",
                    "Building and comparing options and making evidence-based strategic recommendations"),
            LocalizedText.of("Trình bày trước hội đồng quản trị, ban lãnh đạo", "Presenting to a board or executive committee"),
            LocalizedText.of("Bảo mật thông tin và xử lý xung đột lợi ích", "Keeping confidences and handling conflicts of interest"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_ANALYSIS_DEPTH,
                    LocalizedText.of("Chiều sâu phân tích: công cụ, bằng chứng, phương án", "Depth of analysis: frameworks, evidence, options"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_COMMUNICATION,
                    LocalizedText.of("Giao tiếp: bản tóm tắt và trình bày trước hội đồng", "Communication: executive summary and board presentation"),
                    new BigDecimal("0.3")),
            new Criterion(CRITERION_BUSINESS_JUDGEMENT,
                    LocalizedText.of("Tư duy kinh doanh: tính khả thi của khuyến nghị", "Business judgement: feasibility of the recommendation"),
                    new BigDecimal("0.2")),
            new Criterion(CRITERION_PROFESSIONAL_CONDUCT,
                    LocalizedText.of("Tác phong nghề nghiệp và bảo mật thông tin", "Professional conduct and discretion"),
                    new BigDecimal("0.1"))));

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
        return new StrategicManagementSampleAnswers();
    }

    /** The executive sponsor named at placement is a candidate for the board presentation during mentoring. */
    @Override
    public Set<String> carriedVariables() {
        return Set.of(StrategicManagementVariables.EXECUTIVE_SPONSOR_ID.name());
    }
}
