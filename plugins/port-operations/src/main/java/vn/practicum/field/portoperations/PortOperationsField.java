package vn.practicum.field.portoperations;

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
import vn.practicum.field.portoperations.internal.PortOperationsSampleAnswers;

/**
 * Vận hành, khai thác cảng / Port operation and exploitation.
 *
 * <p>A port is a workplace with strict occupational-safety requirements and a port facility under the ISPS Code.
 * The field customises three stages:
 * <ul>
 *   <li>placement ({@code port-operations-placement}): the host assigns the work area; the student's
 *       occupational-safety training (Decree 44/2016/NĐ-CP group fitting the area, valid on the first day) is
 *       checked; the port facility records the security induction and issues a restricted-area pass, checked
 *       too;</li>
 *   <li>mentoring ({@code port-operations-mentoring}): shift logs, each checked and its hand-over signed off by the
 *       shift supervisor, until the required number is signed;</li>
 *   <li>assessment ({@code port-operations-assessment}): the mentor scores safety compliance, operational accuracy
 *       and shift communication.</li>
 * </ul>
 */
public class PortOperationsField implements FieldPlugin {

    public static final String KEY = "port-operations";
    public static final String DEPLOYMENT_NAME = "practicum-field-port-operations";
    public static final String RESOURCE_FOLDER = "practicum/fields/port-operations";

    public static final String OSH_LAW = "Luật An toàn, vệ sinh lao động 2015 (Luật số 84/2015/QH13)";
    public static final String DECREE_44_2016 = "Nghị định 44/2016/NĐ-CP về huấn luyện an toàn, vệ sinh lao động (nhóm 3, nhóm 4)";
    public static final String ISPS_CODE = "Bộ luật quốc tế về an ninh tàu biển và cảng biển (ISPS Code, SOLAS chương XI-2)";

    public static final String CRITERION_SAFETY_COMPLIANCE = "safetyCompliance";
    public static final String CRITERION_OPERATIONAL_ACCURACY = "operationalAccuracy";
    public static final String CRITERION_SHIFT_COMMUNICATION = "shiftCommunication";

    private static final LocalizedText NAME = LocalizedText.of("Vận hành, khai thác cảng", "Port operation and exploitation");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("occupational-safety-training",
                    LocalizedText.of("Chứng nhận huấn luyện an toàn, vệ sinh lao động còn hiệu lực (thẻ an toàn nhóm 3 cho cầu cảng, bãi)",
                            "Valid occupational-safety training (a group 3 safety card for quays and yards)"),
                    OSH_LAW + "; " + DECREE_44_2016),
            new RequiredDocument("port-security-induction",
                    LocalizedText.of("Phổ biến an ninh cảng biển theo kế hoạch an ninh bến cảng",
                            "Port-security induction under the port facility security plan"),
                    ISPS_CODE),
            new RequiredDocument("restricted-area-pass",
                    LocalizedText.of("Thẻ ra vào khu vực hạn chế của bến cảng", "Restricted-area pass of the port facility"),
                    ISPS_CODE));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Điều độ, khai thác cầu tàu và bãi container", "Planning and running berth and container-yard operations"),
            LocalizedText.of("Tuân thủ an toàn lao động tại khu vực xếp dỡ", "Working safely in cargo-handling areas"),
            LocalizedText.of("Thực hiện các biện pháp an ninh bến cảng theo ISPS", "Applying port-facility security measures (ISPS)"),
            LocalizedText.of("Ghi nhật ký ca và bàn giao ca chính xác", "Keeping accurate shift logs and hand-overs"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_SAFETY_COMPLIANCE,
                    LocalizedText.of("Tuân thủ an toàn, an ninh cảng", "Safety and port-security compliance"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_OPERATIONAL_ACCURACY,
                    LocalizedText.of("Độ chính xác trong khai thác, số liệu ca", "Operational accuracy and shift records"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_SHIFT_COMMUNICATION,
                    LocalizedText.of("Phối hợp và bàn giao ca", "Shift teamwork and hand-over communication"),
                    new BigDecimal("0.2"))));

    private static final Set<Stage> CUSTOMISED_STAGES =
            Collections.unmodifiableSet(EnumSet.of(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT));

    private static final ResourceBundle BUNDLE = ResourceBundle.folder(DEPLOYMENT_NAME, RESOURCE_FOLDER);

    /** One for the field: it numbers each student's shift logs so that each answer is the next shift. */
    private final SampleAnswers sampleAnswers = new PortOperationsSampleAnswers();

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
        return sampleAnswers;
    }
}
