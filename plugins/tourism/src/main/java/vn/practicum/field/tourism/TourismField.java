package vn.practicum.field.tourism;

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
import vn.practicum.field.tourism.internal.TourismSampleAnswers;

/**
 * Du lịch / Tourism.
 *
 * <p>Only a carded guide may guide tourists (Law on Tourism 2017: international, domestic and on-site cards), so a
 * student guides on a card of their own or shadowing a carded guide on the travel company's letter; international
 * tours also need the language at B2 or above. The field customises three stages:
 * <ul>
 *   <li>placement ({@code tourism-placement}): the host sets the tours, the student's card or shadowing letter is
 *       checked against them, the foreign-language certificate before international tours, then the host records
 *       the safety and first-aid briefing;</li>
 *   <li>mentoring ({@code tourism-mentoring}): a tour guided under supervision, confirmed by the mentor, and its
 *       customers' feedback collected and checked;</li>
 *   <li>assessment ({@code tourism-assessment}): the mentor scores service quality, language and safety conduct.</li>
 * </ul>
 */
public class TourismField implements FieldPlugin {

    public static final String KEY = "tourism";
    public static final String DEPLOYMENT_NAME = "practicum-field-tourism";
    public static final String RESOURCE_FOLDER = "practicum/fields/tourism";

    public static final String LAW_ON_TOURISM = "Luật Du lịch 2017 (Luật số 09/2017/QH14)";
    public static final String GUIDE_CARDS = LAW_ON_TOURISM + ", Điều 58 (thẻ hướng dẫn viên quốc tế, nội địa, tại điểm)";
    public static final String GUIDE_CONDITIONS = LAW_ON_TOURISM + ", Điều 59 (điều kiện cấp thẻ quốc tế: thành thạo ngoại ngữ)";
    public static final String CIRCULAR_06_2017 = "Thông tư 06/2017/TT-BVHTTDL (chứng chỉ ngoại ngữ bậc B2 trở lên)";
    public static final String GUIDE_DUTIES = LAW_ON_TOURISM + ", Điều 65 (nghĩa vụ của hướng dẫn viên: bảo đảm an toàn cho khách)";

    public static final String CRITERION_SERVICE_QUALITY = "serviceQuality";
    public static final String CRITERION_LANGUAGE_COMMUNICATION = "languageCommunication";
    public static final String CRITERION_SAFETY_CONDUCT = "safetyConduct";

    private static final LocalizedText NAME = LocalizedText.of("Du lịch", "Tourism");

    private static final List<RequiredDocument> REQUIRED_DOCUMENTS = List.of(
            new RequiredDocument("tour-guide-card-or-shadowing-letter",
                    LocalizedText.of("Thẻ hướng dẫn viên du lịch phù hợp phạm vi tour, hoặc giấy phân công kèm cặp bởi hướng dẫn viên có thẻ",
                            "Tour-guide card covering the tours, or a letter assigning the student to shadow a carded guide"),
                    GUIDE_CARDS),
            new RequiredDocument("foreign-language-certificate",
                    LocalizedText.of("Chứng chỉ ngoại ngữ trình độ B2 trở lên (trước khi hướng dẫn tour quốc tế)",
                            "Foreign-language certificate at B2 or above (before international tours)"),
                    GUIDE_CONDITIONS + "; " + CIRCULAR_06_2017),
            new RequiredDocument("safety-first-aid-briefing",
                    LocalizedText.of("Biên bản phổ biến an toàn và sơ cấp cứu cho khách du lịch",
                            "Record of the tourist-safety and first-aid briefing"),
                    GUIDE_DUTIES));

    private static final List<LocalizedText> COMPETENCIES = List.of(
            LocalizedText.of("Thuyết minh, hướng dẫn đoàn khách theo chương trình tour",
                    "Guiding and commenting a group along the tour programme"),
            LocalizedText.of("Giao tiếp với khách du lịch quốc tế bằng ngoại ngữ",
                    "Communicating with international tourists in a foreign language"),
            LocalizedText.of("Bảo đảm an toàn, sơ cấp cứu và xử lý tình huống trên tour",
                    "Keeping tourists safe, first aid and handling incidents on tour"),
            LocalizedText.of("Thu thập, phân tích phản hồi của khách để nâng cao chất lượng dịch vụ",
                    "Collecting and analysing customer feedback to improve service quality"));

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion(CRITERION_SERVICE_QUALITY,
                    LocalizedText.of("Chất lượng phục vụ khách du lịch", "Quality of service to tourists"),
                    new BigDecimal("0.4")),
            new Criterion(CRITERION_LANGUAGE_COMMUNICATION,
                    LocalizedText.of("Ngoại ngữ và kỹ năng thuyết minh", "Language and commentary skills"),
                    new BigDecimal("0.3")),
            new Criterion(CRITERION_SAFETY_CONDUCT,
                    LocalizedText.of("Tuân thủ an toàn và xử lý tình huống", "Safety conduct and handling incidents"),
                    new BigDecimal("0.3"))));

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
        return new TourismSampleAnswers();
    }
}
