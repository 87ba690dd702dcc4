package vn.practicum.field.digitaldata;

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
import vn.practicum.field.digitaldata.internal.DigitalDataSampleAnswers;

/**
 * Lưu trữ, tạo lập, khai thác dữ liệu số và chuyển đổi số / Digital data storage, creation, exploitation and digital
 * transformation.
 *
 * <p>A digital-data student digitises and describes a host's records (a commune's or an enterprise's archive). The
 * field customises three stages:
 * <ul>
 *   <li>placement ({@code digital-data-placement}): the data-classification and archive-handling trainings checked
 *       (Law on Archives 2024, Law on Data 2024), then the host's grant of archive access checked: never state
 *       secrets, no more sensitive than the host allows, important data only under supervision, a confidentiality
 *       commitment signed before work starts;</li>
 *   <li>mentoring ({@code digital-data-mentoring}): a digitisation batch checked against Circular 02/2019/TT-BNV and
 *       for integrity, then its metadata QA by the mentor on a sample, signed off when few enough records are in
 *       error;</li>
 *   <li>assessment ({@code digital-data-assessment}): the mentor scores by this field's rubric, data quality and
 *       integrity first.</li>
 * </ul>
 */
public class DigitalDataField implements FieldPlugin {

    public static final String KEY = "digital-data";
    public static final String DEPLOYMENT_NAME = "practicum-field-digital-data";
    public static final String RESOURCE_FOLDER = "practicum/fields/digital-data";

    public static final String ARCHIVES_LAW = "Luật Lưu trữ 2024 (Luật số 33/2024/QH15)";
    public static final String DATA_LAW = "Luật Dữ liệu 2024 (Luật số 60/2024/QH15)";
    public static final String STATE_SECRETS_LAW = "Luật Bảo vệ bí mật nhà nước 2018 (Luật số 29/2018/QH14)";
    public static final String DIGITISATION_CIRCULAR =
            "Thông tư 02/2019/TT-BNV quy định tiêu chuẩn dữ liệu thông tin đầu vào và yêu cầu bảo quản tài liệu lưu trữ điện tử";

    public static final String CRITERION_DATA_QUALITY = "dataQuality";
    public static final String CRITERION_DATA_INTEGRITY = "dataIntegrity";
    public static final String CRITERION_ARCHIVAL_PRACTICE = "archivalPractice";

    private static final LocalizedText NAME = LocalizedText.of("Lưu trữ, tạo lập, khai thác dữ liệu số và chuyển đổi số",
            "Digital data storage, creation, exploitation and digital transformation");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("data-classification-training",
                    LocalizedText.of("Chứng nhận đào tạo phân loại và bảo vệ dữ liệu",
                            "Data-classification and data-protection training certificate"),
                    DATA_LAW + "; " + STATE_SECRETS_LAW),
            new RequiredDocument("archive-handling-training",
                    LocalizedText.of("Chứng nhận bồi dưỡng nghiệp vụ lưu trữ", "Archive-handling training certificate"),
                    ARCHIVES_LAW + "; " + DIGITISATION_CIRCULAR),
            new RequiredDocument("archive-access-authorisation",
                    LocalizedText.of("Phạm vi tiếp cận tài liệu lưu trữ được đơn vị phê duyệt và cam kết bảo mật",
                            "Archive access granted by the host, and the signed confidentiality commitment"),
                    ARCHIVES_LAW + "; " + DATA_LAW + "; " + STATE_SECRETS_LAW));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Số hóa tài liệu lưu trữ giấy theo tiêu chuẩn dữ liệu đầu vào",
                    "Digitising paper records to the input-data standard"),
            LocalizedText.of("Biên mục, lập siêu dữ liệu và kiểm soát chất lượng siêu dữ liệu",
                    "Describing records, creating metadata and controlling its quality"),
            LocalizedText.of("Bảo đảm tính toàn vẹn của dữ liệu số: mã băm, bảng kê, bảo quản",
                    "Keeping digital data intact: checksums, manifests, preservation"),
            LocalizedText.of("Phân loại dữ liệu (dữ liệu cốt lõi, quan trọng, khác) và bảo vệ dữ liệu, bí mật nhà nước",
                    "Classifying data (core, important, other) and protecting data and state secrets"),
            LocalizedText.of("Khai thác dữ liệu số phục vụ chuyển đổi số của đơn vị",
                    "Putting digital data to use in the host's digital transformation"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_DATA_QUALITY,
                    LocalizedText.of("Chất lượng dữ liệu: bản số hóa và siêu dữ liệu đúng, đủ", "Data quality: correct, complete copies and metadata"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_DATA_INTEGRITY,
                    LocalizedText.of("Tính toàn vẹn của dữ liệu: mã băm, bảng kê, không mất mát, sai lệch",
                            "Data integrity: checksums, manifests, nothing lost or altered"),
                    new BigDecimal("0.35")),
            new Criterion(CRITERION_ARCHIVAL_PRACTICE,
                    LocalizedText.of("Nghiệp vụ lưu trữ, phân loại và bảo mật dữ liệu", "Archival practice, data classification and confidentiality"),
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
        return new DigitalDataSampleAnswers();
    }
}
