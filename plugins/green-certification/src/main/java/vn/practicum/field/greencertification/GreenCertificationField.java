package vn.practicum.field.greencertification;

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
import vn.practicum.field.greencertification.internal.GreenCertificationSampleAnswers;

/**
 * Thẩm định, đánh giá chứng nhận xanh / Green certification assessment and verification.
 *
 * <p>Hosts are validation and verification bodies: they verify organisations' GHG inventories (Decree
 * 06/2022/NĐ-CP) and reports (ISO 14064-1, ISO 14064-3), and must stay impartial (ISO 14065). The field customises
 * three stages:
 * <ul>
 *   <li>placement ({@code green-certification-placement}): the host assigns the verification the student joins; the
 *       student declares impartiality and conflicts of interest about that organisation (a conflict sends the
 *       assignment back to the host); then the student's GHG-inventory method training is checked;</li>
 *   <li>mentoring ({@code green-certification-mentoring}): a real verification shadowed and confirmed by the mentor,
 *       then a GHG inventory exercise (boundaries, activity data, factors, QA/QC, report) checked and reviewed;</li>
 *   <li>assessment ({@code green-certification-assessment}): the mentor scores method rigour, evidence quality and
 *       professional scepticism.</li>
 * </ul>
 */
public class GreenCertificationField implements FieldPlugin {

    public static final String KEY = "green-certification";
    public static final String DEPLOYMENT_NAME = "practicum-field-green-certification";
    public static final String RESOURCE_FOLDER = "practicum/fields/green-certification";

    public static final String DECREE_06_2022 = "Nghị định 06/2022/NĐ-CP quy định giảm nhẹ phát thải khí nhà kính và bảo vệ tầng ô-dôn";
    public static final String ISO_14064 = "ISO 14064-1:2018 (kiểm kê khí nhà kính của tổ chức); ISO 14064-3:2019 (thẩm định, xác nhận)";
    public static final String ISO_14065 = "ISO 14065:2020 và ISO/IEC 17029:2019 (yêu cầu về tính khách quan của tổ chức thẩm định, xác nhận)";

    public static final String CRITERION_METHOD_RIGOUR = "methodRigour";
    public static final String CRITERION_EVIDENCE_QUALITY = "evidenceQuality";
    public static final String CRITERION_PROFESSIONAL_SCEPTICISM = "professionalScepticism";

    private static final LocalizedText NAME = LocalizedText.of("Thẩm định, đánh giá chứng nhận xanh",
            "Green certification assessment and verification");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("impartiality-declaration",
                    LocalizedText.of("Bản cam kết khách quan, khai báo xung đột lợi ích với tổ chức được thẩm định",
                            "Impartiality and conflict-of-interest declaration about the verified organisation"),
                    ISO_14065 + "; " + ISO_14064),
            new RequiredDocument("ghg-inventory-method-training",
                    LocalizedText.of("Chứng nhận đào tạo phương pháp kiểm kê khí nhà kính",
                            "GHG-inventory method training certificate"),
                    DECREE_06_2022 + "; " + ISO_14064));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Kiểm kê khí nhà kính: ranh giới, số liệu hoạt động, hệ số phát thải",
                    "GHG inventory: boundaries, activity data, emission factors"),
            LocalizedText.of("Thẩm định, xác nhận thông tin môi trường theo ISO 14064-3",
                    "Validating and verifying environmental information (ISO 14064-3)"),
            LocalizedText.of("Đánh giá độ không chắc chắn và tính trọng yếu", "Assessing uncertainty and materiality"),
            LocalizedText.of("Giữ tính khách quan và hoài nghi nghề nghiệp", "Impartiality and professional scepticism"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_METHOD_RIGOUR,
                    LocalizedText.of("Tính chặt chẽ về phương pháp", "Method rigour"), new BigDecimal("0.4")),
            new Criterion(CRITERION_EVIDENCE_QUALITY,
                    LocalizedText.of("Chất lượng bằng chứng", "Quality of evidence"), new BigDecimal("0.35")),
            new Criterion(CRITERION_PROFESSIONAL_SCEPTICISM,
                    LocalizedText.of("Khách quan và hoài nghi nghề nghiệp", "Impartiality and professional scepticism"),
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
        return new GreenCertificationSampleAnswers();
    }
}
