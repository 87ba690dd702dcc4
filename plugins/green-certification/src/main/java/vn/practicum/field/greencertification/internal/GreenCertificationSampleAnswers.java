package vn.practicum.field.greencertification.internal;

import static vn.practicum.field.greencertification.GreenCertificationVariables.CLOSE_RELATIVE_AT_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CONSULTED_FOR_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.DECLARED_ORGANISATION_CODE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.EMPLOYED_BY_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.ENGAGEMENT_REFERENCE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.FINANCIAL_INTEREST_IN_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_CERTIFICATE_NUMBER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COMPLETED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_ACTIVITY_DATA;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_BOUNDARIES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_EMISSION_FACTORS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_QUALITY_MANAGEMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_HOURS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_PROVIDER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_COMMITMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_DECLARED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_ACTIVITY_DATA_SOURCES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_APPROVED;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_BOUNDARY;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_EMISSION_FACTOR_SOURCES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_QA_QC_PROCEDURES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_REPORTING_YEAR;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_REPORT_LINK;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE1_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE2_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_TOTAL_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_UNCERTAINTY_PERCENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SCORE_EVIDENCE_QUALITY;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SCORE_METHOD_RIGOUR;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SCORE_PROFESSIONAL_SCEPTICISM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWED_ACTIVITIES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWED_SITE_VISIT_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWED_VERIFICATION_REFERENCE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWING_CONFIRMED;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWING_REFLECTION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFICATION_SCOPE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION_CODE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent green-certification student and host: the verification of a cement plant's GHG inventory under
 * Decree 06/2022/NĐ-CP, a clear impartiality declaration, a recent 24-hour GHG-inventory method training, a
 * verification shadowed, and an inventory exercise for last year that adds up. Dates suit a placement starting on
 * the first day of next month (as in the end-to-end run).
 */
public final class GreenCertificationSampleAnswers implements SampleAnswers {

    /** The organisation the sample host verifies (a made-up enterprise code). */
    static final String ORGANISATION_CODE = "0101234567";

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        LocalDate today = LocalDate.now();
        LocalDate start = today.plusMonths(1).withDayOfMonth(1);
        String code = studentId.toUpperCase(Locale.ROOT);
        switch (taskKey) {
            case "Task_AssignVerificationEngagement" -> {
                VERIFIED_ORGANISATION.putIn(v, "Công ty Cổ phần Xi măng Ví dụ");
                VERIFIED_ORGANISATION_CODE.putIn(v, ORGANISATION_CODE);
                VERIFICATION_SCOPE.putIn(v, VerificationScope.DECREE_06_INVENTORY.name());
                ENGAGEMENT_REFERENCE.putIn(v, "TĐ-KNK-" + today.getYear() + "-017");
            }
            case "Task_DeclareImpartiality" -> {
                DECLARED_ORGANISATION_CODE.putIn(v, ORGANISATION_CODE);
                EMPLOYED_BY_ORGANISATION.putIn(v, false);
                CONSULTED_FOR_ORGANISATION.putIn(v, false);
                CLOSE_RELATIVE_AT_ORGANISATION.putIn(v, false);
                FINANCIAL_INTEREST_IN_ORGANISATION.putIn(v, false);
                IMPARTIALITY_COMMITMENT.putIn(v, true);
                IMPARTIALITY_DECLARED_ON.putIn(v, today.toString());
            }
            case "Task_SubmitGhgTraining" -> {
                GHG_TRAINING_CERTIFICATE_NUMBER.putIn(v, "KNK-" + today.getYear() + "-" + code);
                GHG_TRAINING_PROVIDER.putIn(v, "Trung tâm đào tạo kiểm kê khí nhà kính (ví dụ)");
                GHG_TRAINING_COMPLETED_ON.putIn(v, today.minusDays(30).toString());
                GHG_TRAINING_HOURS.putIn(v, 24);
                GHG_TRAINING_COVERS_BOUNDARIES.putIn(v, true);
                GHG_TRAINING_COVERS_ACTIVITY_DATA.putIn(v, true);
                GHG_TRAINING_COVERS_EMISSION_FACTORS.putIn(v, true);
                GHG_TRAINING_COVERS_QUALITY_MANAGEMENT.putIn(v, true);
            }
            case "Task_RecordVerificationShadowing" -> {
                SHADOWED_VERIFICATION_REFERENCE.putIn(v, "TĐ-KNK-" + today.getYear() + "-017");
                SHADOWED_SITE_VISIT_ON.putIn(v, start.plusDays(10).toString());
                SHADOWED_ACTIVITIES.putIn(v, "Họp mở đầu, xem xét hồ sơ kiểm kê, khảo sát lò nung và trạm cân, lấy mẫu số liệu tiêu thụ than, họp kết thúc");
                SHADOWING_REFLECTION.putIn(v, "Học cách truy vết số liệu hoạt động từ hóa đơn đến báo cáo và đánh giá rủi ro sai sót trọng yếu");
            }
            case "Task_ConfirmShadowing" -> SHADOWING_CONFIRMED.putIn(v, true);
            case "Task_SubmitGhgInventoryExercise" -> {
                INVENTORY_ORGANISATION.putIn(v, "Nhà máy gạch tuynel (bài tập)");
                INVENTORY_REPORTING_YEAR.putIn(v, start.getYear() - 1);
                INVENTORY_BOUNDARY.putIn(v, "Kiểm soát vận hành; một nhà máy; phạm vi 1: lò nung đốt than, xe nâng; phạm vi 2: điện lưới");
                INVENTORY_SCOPE1_EMISSIONS.putIn(v, 1250.4 + spread);
                INVENTORY_SCOPE2_EMISSIONS.putIn(v, 830.6);
                INVENTORY_TOTAL_EMISSIONS.putIn(v, 2081.0 + spread);
                INVENTORY_ACTIVITY_DATA_SOURCES.putIn(v, "Hóa đơn mua than, sổ theo dõi nhiên liệu xe nâng, hóa đơn tiền điện 12 tháng");
                INVENTORY_EMISSION_FACTOR_SOURCES.putIn(v, "Hệ số mặc định IPCC 2006 cho than; hệ số phát thải lưới điện quốc gia do Bộ công bố");
                INVENTORY_QA_QC_PROCEDURES.putIn(v, "Đối chiếu hóa đơn với sổ kho, kiểm tra chéo đơn vị, so sánh với năm trước");
                INVENTORY_UNCERTAINTY_PERCENT.putIn(v, 4.5);
                INVENTORY_REPORT_LINK.putIn(v, "https://example.invalid/kiem-ke/" + studentId);
            }
            case "Task_ReviewGhgInventory" -> INVENTORY_APPROVED.putIn(v, true);
            case "Task_FinalEvaluation" -> {
                SCORE_METHOD_RIGOUR.putIn(v, 7.5 + spread * 0.5);
                SCORE_EVIDENCE_QUALITY.putIn(v, 8.0 + spread * 0.3);
                SCORE_PROFESSIONAL_SCEPTICISM.putIn(v, 8.0);
                FINAL_EVALUATION_COMMENT.putIn(v, "Áp dụng đúng phương pháp kiểm kê, truy vết bằng chứng cẩn thận, giữ khách quan");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
