package vn.practicum.field.informationtechnology.internal;

import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.ACCESS_RIGHTS;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_CERTIFICATE_NUMBER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_ISSUER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_VALID_UNTIL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DELIVERED_ON;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DELIVERY_REFERENCE;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DOSSIER_APPROVED;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.LEVEL_JUSTIFICATION;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.NDA_SIGNED;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.NDA_SIGNED_ON;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_CERTIFICATE_NUMBER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_ISSUER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_VALID_UNTIL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PROPOSED_CLASSIFICATION_LEVEL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SCORE_PROFESSIONAL_CONDUCT;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SCORE_SECURITY_PRACTICE;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SCORE_TECHNICAL_QUALITY;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SYSTEM_DESCRIPTION;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SYSTEM_NAME;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent IT student and host, after the FPT–Quảng Ninh case: valid training certificates, a
 * level-2 security dossier for a commune's website, a delivered system.
 */
public final class InformationTechnologySampleAnswers implements SampleAnswers {

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        String validUntil = LocalDate.now().plusYears(2).toString();
        String code = studentId.toUpperCase(Locale.ROOT);
        switch (taskKey) {
            case "Task_SubmitTrainingCertificates" -> {
                CYBERSECURITY_CERTIFICATE_NUMBER.putIn(v, "ATTT-2026-" + code);
                CYBERSECURITY_ISSUER.putIn(v, "Trung tâm Giám sát an toàn không gian mạng quốc gia");
                CYBERSECURITY_VALID_UNTIL.putIn(v, validUntil);
                PERSONAL_DATA_CERTIFICATE_NUMBER.putIn(v, "BVDL-2026-" + code);
                PERSONAL_DATA_ISSUER.putIn(v, "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao");
                PERSONAL_DATA_VALID_UNTIL.putIn(v, validUntil);
            }
            case "Task_SignNdaAndAccessRights" -> {
                NDA_SIGNED.putIn(v, true);
                NDA_SIGNED_ON.putIn(v, LocalDate.now().toString());
                ACCESS_RIGHTS.putIn(v, "Tài khoản thử nghiệm, chỉ đọc / test account, read-only");
            }
            case "Task_PrepareSecurityDossier" -> {
                SYSTEM_NAME.putIn(v, "Trang thông tin điện tử của xã");
                PROPOSED_CLASSIFICATION_LEVEL.putIn(v, 2);
                SYSTEM_DESCRIPTION.putIn(v, "Trang thông tin công khai thủ tục hành chính, không xử lý dữ liệu cá nhân nhạy cảm");
                LEVEL_JUSTIFICATION.putIn(v, "Hệ thống phục vụ hoạt động nội bộ và cung cấp thông tin, đề xuất cấp độ 2");
            }
            case "Task_ReviewSecurityDossier" -> DOSSIER_APPROVED.putIn(v, true);
            case "Task_ConfirmSystemDelivered" -> {
                DELIVERY_REFERENCE.putIn(v, "Biên bản bàn giao số " + code);
                DELIVERED_ON.putIn(v, LocalDate.now().toString());
            }
            case "Task_FinalEvaluation" -> {
                SCORE_TECHNICAL_QUALITY.putIn(v, 7.0 + spread * 0.8);
                SCORE_SECURITY_PRACTICE.putIn(v, 8.0 + spread * 0.5);
                SCORE_PROFESSIONAL_CONDUCT.putIn(v, 8.5);
                FINAL_EVALUATION_COMMENT.putIn(v, "Hoàn thành tốt nhiệm vụ được giao");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
