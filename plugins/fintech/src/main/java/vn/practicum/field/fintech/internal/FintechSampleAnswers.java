package vn.practicum.field.fintech.internal;

import static vn.practicum.field.fintech.FintechVariables.AML_ATTESTATION_NUMBER;
import static vn.practicum.field.fintech.FintechVariables.AML_ATTESTATION_VALID_UNTIL;
import static vn.practicum.field.fintech.FintechVariables.AML_TEST_SCORE;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_CONFIDENTIALITY;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_CUSTOMER_DUE_DILIGENCE;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_SUSPICIOUS_TRANSACTIONS;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_COMPLETED_ON;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_PROVIDER;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_COMPLIANCE_CONTROLS;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_DATASET;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_MASKING_METHOD;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_METHOD;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_OBJECTIVE;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_REPORT_APPROVED;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_RESULTS;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_REVIEW_COMMENT;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_TITLE;
import static vn.practicum.field.fintech.FintechVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.fintech.FintechVariables.PRODUCTION_ACCESS_EXCLUDED;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_FROM;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCESS_UNTIL;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ACCOUNT;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_DATA_SCOPE;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_ENVIRONMENT;
import static vn.practicum.field.fintech.FintechVariables.SCORE_PROFESSIONAL_CONDUCT;
import static vn.practicum.field.fintech.FintechVariables.SCORE_REGULATORY_COMPLIANCE;
import static vn.practicum.field.fintech.FintechVariables.SCORE_TECHNICAL_QUALITY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent fintech student and host: the AML/KYC training done a week ago, sandbox access from today to the
 * placement's last day (placements of the demo and end-to-end runs start on the first of next month and last three
 * months), a credit-scoring experiment on synthetic or masked data, and a favourable evaluation.
 */
public final class FintechSampleAnswers implements SampleAnswers {

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        LocalDate today = LocalDate.now();
        LocalDate placementStart = today.plusMonths(1).withDayOfMonth(1);
        String code = studentId.toUpperCase(Locale.ROOT);
        SandboxDataScope scope = spread % 2 == 0 ? SandboxDataScope.SYNTHETIC : SandboxDataScope.MASKED;
        switch (taskKey) {
            case "Task_SubmitAmlTrainingAttestation" -> {
                AML_ATTESTATION_NUMBER.putIn(v, "AML-2026-" + code);
                AML_TRAINING_PROVIDER.putIn(v, "Học viện Ngân hàng");
                AML_TRAINING_COMPLETED_ON.putIn(v, today.minusDays(7).toString());
                AML_ATTESTATION_VALID_UNTIL.putIn(v, today.plusYears(1).toString());
                AML_TOPIC_CUSTOMER_DUE_DILIGENCE.putIn(v, true);
                AML_TOPIC_SUSPICIOUS_TRANSACTIONS.putIn(v, true);
                AML_TOPIC_CONFIDENTIALITY.putIn(v, true);
                AML_TEST_SCORE.putIn(v, 85 + spread * 3);
            }
            case "Task_GrantSandboxAccess" -> {
                SANDBOX_ENVIRONMENT.putIn(v, "Sandbox API chấm điểm tín dụng");
                SANDBOX_ACCOUNT.putIn(v, "sbx." + studentId.toLowerCase(Locale.ROOT));
                SANDBOX_DATA_SCOPE.putIn(v, scope.name());
                PRODUCTION_ACCESS_EXCLUDED.putIn(v, true);
                SANDBOX_ACCESS_FROM.putIn(v, today.toString());
                SANDBOX_ACCESS_UNTIL.putIn(v, placementStart.plusMonths(3).toString());
            }
            case "Task_SubmitExperimentReport" -> {
                EXPERIMENT_TITLE.putIn(v, "Thử nghiệm mô hình chấm điểm tín dụng dựa trên dữ liệu giao dịch ví điện tử");
                EXPERIMENT_OBJECTIVE.putIn(v, "Kiểm tra giả thuyết: thêm dữ liệu giao dịch làm tăng độ chính xác chấm điểm");
                EXPERIMENT_DATASET.putIn(v, scope.name());
                EXPERIMENT_METHOD.putIn(v, "So sánh mô hình hồi quy logistic có và không có đặc trưng giao dịch, kiểm định chéo 5 lần");
                EXPERIMENT_RESULTS.putIn(v, "AUC tăng từ 0,71 lên 0,76 trên tập kiểm thử 20.000 hồ sơ");
                EXPERIMENT_COMPLIANCE_CONTROLS.putIn(v, "Chỉ dùng tài khoản sandbox riêng; không xuất dữ liệu; nhật ký truy cập được lưu");
                if (scope == SandboxDataScope.MASKED) {
                    EXPERIMENT_MASKING_METHOD.putIn(v, "Thay số CCCD và số điện thoại bằng mã băm có muối; làm tròn số dư");
                }
            }
            case "Task_ReviewExperimentReport" -> {
                EXPERIMENT_REPORT_APPROVED.putIn(v, true);
                EXPERIMENT_REVIEW_COMMENT.putIn(v, "Báo cáo rõ ràng, tuân thủ phạm vi dữ liệu được cấp");
            }
            case "Task_FinalEvaluation" -> {
                SCORE_REGULATORY_COMPLIANCE.putIn(v, 8.0 + spread * 0.5);
                SCORE_TECHNICAL_QUALITY.putIn(v, 7.0 + spread * 0.8);
                SCORE_PROFESSIONAL_CONDUCT.putIn(v, 8.5);
                FINAL_EVALUATION_COMMENT.putIn(v, "Tuân thủ tốt quy định, thử nghiệm có phương pháp rõ ràng");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
