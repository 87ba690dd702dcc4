package vn.practicum.field.tourism.internal;

import static vn.practicum.field.tourism.TourismVariables.EMERGENCY_HOTLINE;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_AVERAGE_RATING;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_COLLECTED_ON;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_RESPONSES;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_SUMMARY;
import static vn.practicum.field.tourism.TourismVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_CODE;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_CONFIRMED;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_DATE;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_GROUP_SIZE;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_REPORT;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_ROUTE;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_KIND;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_VALID_UNTIL;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CREDENTIAL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_ISSUER;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_LANGUAGE;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_VALID_UNTIL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_LEVEL;
import static vn.practicum.field.tourism.TourismVariables.SAFETY_BRIEFING_HELD;
import static vn.practicum.field.tourism.TourismVariables.SAFETY_BRIEFING_ON;
import static vn.practicum.field.tourism.TourismVariables.SAFETY_BRIEFING_TOPICS;
import static vn.practicum.field.tourism.TourismVariables.SCORE_LANGUAGE_COMMUNICATION;
import static vn.practicum.field.tourism.TourismVariables.SCORE_SAFETY_CONDUCT;
import static vn.practicum.field.tourism.TourismVariables.SCORE_SERVICE_QUALITY;
import static vn.practicum.field.tourism.TourismVariables.SHADOWING_LETTER_ISSUED_ON;
import static vn.practicum.field.tourism.TourismVariables.SHADOWING_LETTER_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.TOUR_LANGUAGE;
import static vn.practicum.field.tourism.TourismVariables.TOUR_PROGRAMME;
import static vn.practicum.field.tourism.TourismVariables.TOUR_SCOPE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent tourism student and host: international tours in English, the student shadowing a guide with an
 * international card on the company's letter, an English certificate at B2 or C1, the safety briefing held, a
 * tour guided under supervision and its customers' feedback collected. Dates suit a placement starting on the
 * first day of next month (as in the end-to-end run).
 */
public final class TourismSampleAnswers implements SampleAnswers {

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        LocalDate today = LocalDate.now();
        LocalDate tourDay = today.plusMonths(1).withDayOfMonth(1).plusDays(14);
        String code = studentId.toUpperCase(Locale.ROOT);
        switch (taskKey) {
            case "Task_DefineTourAssignment" -> {
                TOUR_SCOPE.putIn(v, TourScope.INTERNATIONAL.name());
                TOUR_LANGUAGE.putIn(v, ForeignLanguage.ENGLISH.code());
                TOUR_PROGRAMME.putIn(v, "Hà Nội – Hạ Long 3 ngày 2 đêm cho đoàn khách Úc, hướng dẫn bằng tiếng Anh");
            }
            case "Task_SubmitGuideCredentials" -> {
                GUIDE_CREDENTIAL.putIn(v, GuideCredentialKind.SHADOWING_LETTER.name());
                GUIDE_CARD_KIND.putIn(v, GuideCardKind.INTERNATIONAL.name());
                GUIDE_CARD_NUMBER.putIn(v, String.format("1%08d", Math.floorMod(studentId.hashCode(), 100_000_000)));
                GUIDE_CARD_VALID_UNTIL.putIn(v, today.plusYears(3).toString());
                SHADOWING_LETTER_NUMBER.putIn(v, "PC/" + today.getYear() + "/" + code);
                SHADOWING_LETTER_ISSUED_ON.putIn(v, today.toString());
                LANGUAGE_CERTIFICATE_LANGUAGE.putIn(v, ForeignLanguage.ENGLISH.code());
                LANGUAGE_LEVEL.putIn(v, spread < 2 ? CefrLevel.B2.name() : CefrLevel.C1.name());
                LANGUAGE_CERTIFICATE_NUMBER.putIn(v, "VSTEP-" + today.getYear() + "-" + code);
                LANGUAGE_CERTIFICATE_ISSUER.putIn(v, "Trường Đại học Hà Nội");
                LANGUAGE_CERTIFICATE_VALID_UNTIL.putIn(v, today.plusYears(2).toString());
            }
            case "Task_RecordSafetyBriefing" -> {
                SAFETY_BRIEFING_HELD.putIn(v, true);
                SAFETY_BRIEFING_ON.putIn(v, today.toString());
                SAFETY_BRIEFING_TOPICS.putIn(v, "An toàn trên tàu du lịch, áo phao, sơ cứu đuối nước và say sóng, quy trình báo cáo sự cố");
                EMERGENCY_HOTLINE.putIn(v, "+84 24 3825 1234");
            }
            case "Task_ReportGuidedTour" -> {
                GUIDED_TOUR_CODE.putIn(v, "HLB-" + code);
                GUIDED_TOUR_DATE.putIn(v, tourDay.toString());
                GUIDED_TOUR_ROUTE.putIn(v, "Hà Nội – vịnh Hạ Long – hang Sửng Sốt – Hà Nội");
                GUIDED_TOUR_GROUP_SIZE.putIn(v, 18);
                GUIDED_TOUR_REPORT.putIn(v, "Thuyết minh phần lịch sử vịnh Hạ Long và điểm hang Sửng Sốt dưới sự giám sát của hướng dẫn viên; không có sự cố");
            }
            case "Task_ConfirmGuidedTour" -> GUIDED_TOUR_CONFIRMED.putIn(v, true);
            case "Task_SubmitCustomerFeedback" -> {
                FEEDBACK_RESPONSES.putIn(v, 12 + spread);
                FEEDBACK_AVERAGE_RATING.putIn(v, 4.3 + spread * 0.1);
                FEEDBACK_COLLECTED_ON.putIn(v, tourDay.plusDays(2).toString());
                FEEDBACK_SUMMARY.putIn(v, "Khách khen phần thuyết minh rõ ràng, thân thiện; góp ý nên nói chậm hơn khi giới thiệu lịch sử");
            }
            case "Task_FinalEvaluation" -> {
                SCORE_SERVICE_QUALITY.putIn(v, 7.5 + spread * 0.5);
                SCORE_LANGUAGE_COMMUNICATION.putIn(v, 8.0 + spread * 0.3);
                SCORE_SAFETY_CONDUCT.putIn(v, 8.5);
                FINAL_EVALUATION_COMMENT.putIn(v, "Phục vụ khách chu đáo, thuyết minh tốt bằng tiếng Anh, tuân thủ an toàn");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
