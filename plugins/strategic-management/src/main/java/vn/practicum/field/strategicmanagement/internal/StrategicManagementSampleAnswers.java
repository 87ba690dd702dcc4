package vn.practicum.field.strategicmanagement.internal;

import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_ACCEPTED;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_DOCUMENT_LINK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_TITLE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.BOARD_ATTENDEES;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.BOARD_DECISION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.BOARD_FEEDBACK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.BOARD_PRESENTATION_DATE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_ACKNOWLEDGED;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_NUMBER;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_SIGNED_ON;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_VALID_UNTIL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFLICT_DECISION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFLICT_OF_INTEREST_DECLARED;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFLICT_SAFEGUARDS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EVIDENCE_SOURCES;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_ID;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_LEVEL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_TITLE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SUMMARY;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXTERNAL_FINDINGS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXTERNAL_FRAMEWORK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.INTERNAL_FINDINGS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.INTERNAL_FRAMEWORK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.PRESENTATION_DECK_LINK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.PRESENTATION_HELD;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.RECOMMENDATION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SCORE_ANALYSIS_DEPTH;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SCORE_BUSINESS_JUDGEMENT;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SCORE_COMMUNICATION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SCORE_PROFESSIONAL_CONDUCT;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SPONSOR_FEEDBACK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGIC_OPTIONS_COUNT;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGIC_OPTIONS_EVALUATION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGY_TOPIC;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent strategic-management student, host and sponsor: a deputy chief executive sponsoring a market-entry
 * question, an agreement signed today and binding for three years, no conflict of interest, an analysis deep enough
 * for the sponsor, and a board presentation held two months into a placement that starts on the first of next month.
 */
public final class StrategicManagementSampleAnswers implements SampleAnswers {

    /** The sponsor of the sample host; the sponsor's tasks are offered to this user. */
    public static final String SAMPLE_SPONSOR_ID = "sponsor.demo-host";

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        LocalDate today = LocalDate.now();
        LocalDate placementStart = today.plusMonths(1).withDayOfMonth(1);
        String code = studentId.toLowerCase(Locale.ROOT);
        switch (taskKey) {
            case "Task_NameExecutiveSponsor" -> {
                EXECUTIVE_SPONSOR_ID.putIn(v, SAMPLE_SPONSOR_ID);
                EXECUTIVE_SPONSOR_TITLE.putIn(v, "Phó Tổng giám đốc phụ trách phát triển kinh doanh");
                EXECUTIVE_SPONSOR_LEVEL.putIn(v, SponsorLevel.DEPUTY_EXECUTIVE.name());
                STRATEGY_TOPIC.putIn(v, "Có nên mở rộng sang thị trường du lịch Quảng Ninh – Hạ Long trong 3 năm tới không, và bằng cách nào?");
                CONFIDENTIALITY_AGREEMENT_NUMBER.putIn(v, "NDA-2026-" + Math.abs(studentId.hashCode() % 10_000));
                CONFIDENTIALITY_AGREEMENT_SIGNED_ON.putIn(v, today.toString());
                CONFIDENTIALITY_AGREEMENT_VALID_UNTIL.putIn(v, today.plusYears(3).toString());
            }
            case "Task_AcknowledgeConfidentiality" -> {
                CONFIDENTIALITY_ACKNOWLEDGED.putIn(v, true);
                CONFLICT_OF_INTEREST_DECLARED.putIn(v, false);
            }
            case "Task_DecideConflictOfInterest" -> {
                CONFLICT_DECISION.putIn(v, "ACCEPT_WITH_SAFEGUARDS");
                CONFLICT_SAFEGUARDS.putIn(v, "Sinh viên không tiếp cận dữ liệu liên quan đến doanh nghiệp có xung đột");
            }
            case "Task_SubmitStrategyAnalysis" -> {
                ANALYSIS_TITLE.putIn(v, "Chiến lược thâm nhập thị trường du lịch Hạ Long 2027–2029");
                EXTERNAL_FRAMEWORK.putIn(v, StrategyFramework.PESTEL.name());
                EXTERNAL_FINDINGS.putIn(v, "Lượng khách quốc tế đến Quảng Ninh tăng đều; hạ tầng cao tốc và sân bay Vân Đồn rút ngắn thời gian di chuyển;"
                        + " quy định về bảo vệ vịnh Hạ Long siết chặt hoạt động trên vịnh; cạnh tranh giá từ các đơn vị lữ hành lớn.");
                INTERNAL_FRAMEWORK.putIn(v, StrategyFramework.VRIO.name());
                INTERNAL_FINDINGS.putIn(v, "Đơn vị có mạng lưới đối tác lưu trú và đội ngũ hướng dẫn viên tiếng Hàn là nguồn lực hiếm, khó bắt chước;"
                        + " năng lực số hóa bán hàng còn yếu; nguồn vốn đủ cho một giai đoạn thí điểm.");
                STRATEGIC_OPTIONS_COUNT.putIn(v, 3);
                STRATEGIC_OPTIONS_EVALUATION.putIn(v, "So sánh ba phương án: tự mở văn phòng, liên doanh với đơn vị địa phương, bán qua nền tảng trực tuyến;"
                        + " đánh giá theo chi phí, rủi ro, thời gian hoàn vốn và mức phù hợp với năng lực cốt lõi.");
                RECOMMENDATION.putIn(v, "Liên doanh với một đơn vị lữ hành địa phương trong 18 tháng đầu, đồng thời xây dựng kênh bán trực tuyến;"
                        + " đánh giá lại sau 18 tháng để quyết định mở văn phòng riêng.");
                EVIDENCE_SOURCES.putIn(v, "Niên giám thống kê tỉnh Quảng Ninh\nBáo cáo thường niên của ngành du lịch\n"
                        + "Dữ liệu bán hàng nội bộ 2023–2025\nPhỏng vấn 12 đối tác lưu trú");
                EXECUTIVE_SUMMARY.putIn(v, "Khuyến nghị liên doanh với một đơn vị lữ hành địa phương để thâm nhập thị trường Hạ Long, chi phí thấp,"
                        + " rủi ro có kiểm soát, tận dụng lợi thế hướng dẫn viên tiếng Hàn.");
                ANALYSIS_DOCUMENT_LINK.putIn(v, "https://example.invalid/phan-tich-chien-luoc/" + code);
            }
            case "Task_ReviewStrategyAnalysis" -> {
                ANALYSIS_ACCEPTED.putIn(v, true);
                SPONSOR_FEEDBACK.putIn(v, "Phân tích có căn cứ, đủ điều kiện trình hội đồng");
            }
            case "Task_PrepareBoardPresentation" -> {
                BOARD_PRESENTATION_DATE.putIn(v, placementStart.plusMonths(2).toString());
                PRESENTATION_DECK_LINK.putIn(v, "https://example.invalid/trinh-bay/" + code);
            }
            case "Task_RecordBoardPresentation" -> {
                PRESENTATION_HELD.putIn(v, true);
                BOARD_DECISION.putIn(v, "ADOPTED_WITH_CHANGES");
                BOARD_ATTENDEES.putIn(v, 5);
                BOARD_FEEDBACK.putIn(v, "Thông qua, bổ sung kế hoạch tài chính chi tiết cho giai đoạn thí điểm");
            }
            case "Task_FinalEvaluation" -> {
                SCORE_ANALYSIS_DEPTH.putIn(v, 7.0 + spread * 0.8);
                SCORE_COMMUNICATION.putIn(v, 8.0);
                SCORE_BUSINESS_JUDGEMENT.putIn(v, 7.5 + spread * 0.5);
                SCORE_PROFESSIONAL_CONDUCT.putIn(v, 9.0);
                FINAL_EVALUATION_COMMENT.putIn(v, "Phân tích sâu, trình bày thuyết phục trước hội đồng");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
