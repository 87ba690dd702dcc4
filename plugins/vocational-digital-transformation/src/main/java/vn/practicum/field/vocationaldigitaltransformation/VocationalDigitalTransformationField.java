package vn.practicum.field.vocationaldigitaltransformation;

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
import vn.practicum.field.vocationaldigitaltransformation.internal.VocationalDigitalTransformationSampleAnswers;

/**
 * Chuyển đổi số trong giáo dục nghề nghiệp / Digital transformation in vocational training.
 *
 * <p>The student works in a vocational college's (or a company training centre's) learning management system,
 * building and piloting digital course content, as the national programme for digital transformation in vocational
 * education (Decision 2222/QĐ-TTg) asks of institutions. The field customises three stages:
 * <ul>
 *   <li>placement ({@code vocational-digital-transformation-placement}): the host grants LMS access fit for building a
 *       course and no more, checked; the student confirms it works and commits to the rules on learners' data (Law on
 *       Personal Data Protection 91/2025/QH15);</li>
 *   <li>mentoring ({@code vocational-digital-transformation-mentoring}): a course module built and reviewed by the
 *       mentor, then piloted with learners, its analytics checked and its adoption metrics computed, and the results
 *       confirmed by the mentor;</li>
 *   <li>assessment ({@code vocational-digital-transformation-assessment}): the mentor scores by this field's rubric,
 *       pedagogy and adoption first.</li>
 * </ul>
 */
public class VocationalDigitalTransformationField implements FieldPlugin {

    public static final String KEY = "vocational-digital-transformation";
    public static final String DEPLOYMENT_NAME = "practicum-field-vocational-digital-transformation";
    public static final String RESOURCE_FOLDER = "practicum/fields/vocational-digital-transformation";

    public static final String VET_DIGITAL_TRANSFORMATION_PROGRAMME = "Quyết định 2222/QĐ-TTg phê duyệt Chương trình"
            + " \"Chuyển đổi số trong giáo dục nghề nghiệp đến năm 2025, định hướng đến năm 2030\"";
    public static final String PERSONAL_DATA_LAW = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";

    public static final String CRITERION_PEDAGOGICAL_DESIGN = "pedagogicalDesign";
    public static final String CRITERION_LEARNER_ADOPTION = "learnerAdoption";
    public static final String CRITERION_PROFESSIONAL_CONDUCT = "professionalConduct";

    private static final LocalizedText NAME = LocalizedText.of("Chuyển đổi số trong giáo dục nghề nghiệp",
            "Digital transformation in vocational training");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("lms-access-grant",
                    LocalizedText.of("Quyền truy cập hệ thống quản lý học tập (LMS) của đơn vị, vai trò xây dựng khóa học",
                            "Access to the host's learning management system, with a course-building role"),
                    VET_DIGITAL_TRANSFORMATION_PROGRAMME),
            new RequiredDocument("learner-data-commitment",
                    LocalizedText.of("Cam kết bảo vệ dữ liệu cá nhân của người học trên LMS",
                            "Commitment to protect learners' personal data in the LMS"),
                    PERSONAL_DATA_LAW));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Thiết kế học phần trực tuyến theo chuẩn đầu ra", "Designing online course modules from learning outcomes"),
            LocalizedText.of("Xây dựng học liệu số trên hệ thống quản lý học tập (LMS)",
                    "Building digital learning materials in a learning management system (LMS)"),
            LocalizedText.of("Tổ chức thử nghiệm học phần với người học", "Piloting course modules with learners"),
            LocalizedText.of("Phân tích dữ liệu học tập để cải tiến học phần", "Using learning analytics to improve a module"),
            LocalizedText.of("Bảo vệ dữ liệu cá nhân của người học", "Protecting learners' personal data"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_PEDAGOGICAL_DESIGN,
                    LocalizedText.of("Thiết kế sư phạm của học phần", "Pedagogical design of the module"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_LEARNER_ADOPTION,
                    LocalizedText.of("Mức độ người học tham gia và hoàn thành (số liệu thử nghiệm)",
                            "Learner adoption: participation and completion in the pilot"),
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
        return new VocationalDigitalTransformationSampleAnswers();
    }
}
