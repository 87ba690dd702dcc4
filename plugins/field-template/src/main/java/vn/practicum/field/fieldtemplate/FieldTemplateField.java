package vn.practicum.field.fieldtemplate;

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
import vn.practicum.field.fieldtemplate.internal.FieldTemplateSampleAnswers;

/**
 * Ngành mẫu / Template field.
 *
 * <p>The field customises three stages of the lifecycle:
 * <ul>
 *   <li>placement ({@code field-template-placement}): the student's field document is checked (present, of an
 *       accepted kind, well-formed, valid on the placement's first day), then the host's HR confirms the student
 *       may start (workplace ready, initial occupational-safety training given);</li>
 *   <li>mentoring ({@code field-template-mentoring}): the student reports a milestone, the mentor accepts it or
 *       sends it back;</li>
 *   <li>assessment ({@code field-template-assessment}): the mentor scores by this field's rubric.</li>
 * </ul>
 */
public class FieldTemplateField implements FieldPlugin {

    public static final String KEY = "field-template";
    public static final String DEPLOYMENT_NAME = "practicum-field-field-template";
    public static final String RESOURCE_FOLDER = "practicum/fields/field-template";

    // FIELD AUTHOR: cite the laws, decrees or standards behind your documents (FIELDS.md, column "basis").
    public static final String OSH_LAW = "Luật An toàn, vệ sinh lao động số 84/2015/QH13";
    public static final String DECREE_44_2016 = "Nghị định 44/2016/NĐ-CP về kiểm định kỹ thuật an toàn lao động,"
            + " huấn luyện an toàn, vệ sinh lao động và quan trắc môi trường lao động";
    public static final String PRACTICUM_AGREEMENT = "Thỏa thuận thực tập ba bên (sinh viên, nhà trường, đơn vị tiếp nhận)";

    // FIELD AUTHOR: one constant per rubric criterion; the mentor's score is the variable score_<criterion>.
    public static final String CRITERION_FIELD_SKILLS = "fieldSkills";
    public static final String CRITERION_WORK_QUALITY = "workQuality";
    public static final String CRITERION_PROFESSIONAL_CONDUCT = "professionalConduct";

    private static final LocalizedText NAME = LocalizedText.of("Ngành mẫu", "Template field");

    // FIELD AUTHOR: the documents a student of your field must hold before the placement starts, each with its basis.
    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("field-document",
                    LocalizedText.of("Giấy tờ chuyên ngành còn hiệu lực (chứng chỉ hành nghề, chứng chỉ đào tạo"
                                    + " chuyên ngành hoặc giấy phân công của người hướng dẫn)",
                            "A valid field document (practising certificate, field training certificate"
                                    + " or the mentor's assignment letter)"),
                    PRACTICUM_AGREEMENT),
            new RequiredDocument("occupational-safety-training",
                    LocalizedText.of("Huấn luyện an toàn, vệ sinh lao động trước khi bố trí làm việc",
                            "Occupational safety and health training before starting work"),
                    OSH_LAW + "; " + DECREE_44_2016));

    // FIELD AUTHOR: what a practicum in your field teaches (DESIGN.md, FIELDS.md).
    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Vận dụng kiến thức chuyên ngành vào công việc thực tế",
                    "Applying the field's knowledge to real work"),
            LocalizedText.of("Làm việc an toàn, tuân thủ quy định của đơn vị tiếp nhận",
                    "Working safely and within the host's rules"),
            LocalizedText.of("Báo cáo tiến độ và tiếp thu nhận xét của người hướng dẫn",
                    "Reporting progress and acting on the mentor's feedback"));

    // FIELD AUTHOR: 3–4 criteria reflecting FIELDS.md's "rubric emphasis"; weights add up to exactly 1, and each
    // criterion is a number field score_<key> of the final-evaluation form.
    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_FIELD_SKILLS,
                    LocalizedText.of("Kỹ năng chuyên ngành", "Field skills"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_WORK_QUALITY,
                    LocalizedText.of("Chất lượng công việc", "Quality of the work"),
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
        return new FieldTemplateSampleAnswers();
    }
}
