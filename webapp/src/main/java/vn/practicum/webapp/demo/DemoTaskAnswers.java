package vn.practicum.webapp.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.field.informationtechnology.InformationTechnologyVariables;
import vn.practicum.processes.CoreProcesses.Variables;

/**
 * What a diligent participant answers in each task of the lifecycle: the values the demo cohort
 * completes its tasks with. Scores vary a little with the student so the grades differ.
 */
final class DemoTaskAnswers {

    private DemoTaskAnswers() {
    }

    static Map<String, Object> answer(String taskKey, DemoStudent student) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(student.id().hashCode(), 4);
        String validUntil = LocalDate.now().plusYears(2).toString();
        switch (taskKey) {
            case "Task_ApproveEnrolment" -> PracticumVariables.ENROLMENT_APPROVED.putIn(v, true);
            case "Task_RecordConsent" -> PracticumVariables.CONSENT_GIVEN.putIn(v, true);
            case "Task_SubmitPreferences" -> PracticumVariables.PREFERRED_HOSTS.putIn(v, hostName(student.host()));
            case "Task_ProposeHost" -> {
                PracticumVariables.PLACEMENT_POSSIBLE.putIn(v, true);
                PracticumVariables.HOST_CODE.putIn(v, student.host());
            }
            case "Task_ReviewCandidate" -> PracticumVariables.HOST_DECISION.putIn(v, "ACCEPT");
            case "Task_AcceptOffer" -> PracticumVariables.OFFER_ACCEPTED.putIn(v, true);
            case "Task_SubmitTrainingCertificates" -> {
                InformationTechnologyVariables.CYBERSECURITY_CERTIFICATE_NUMBER.putIn(v, "ATTT-2026-" + student.id().toUpperCase());
                InformationTechnologyVariables.CYBERSECURITY_ISSUER.putIn(v, "Trung tâm Giám sát an toàn không gian mạng quốc gia");
                InformationTechnologyVariables.CYBERSECURITY_VALID_UNTIL.putIn(v, validUntil);
                InformationTechnologyVariables.PERSONAL_DATA_CERTIFICATE_NUMBER.putIn(v, "BVDL-2026-" + student.id().toUpperCase());
                InformationTechnologyVariables.PERSONAL_DATA_ISSUER.putIn(v, "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao");
                InformationTechnologyVariables.PERSONAL_DATA_VALID_UNTIL.putIn(v, validUntil);
            }
            case "Task_SignNdaAndAccessRights" -> {
                InformationTechnologyVariables.NDA_SIGNED.putIn(v, true);
                InformationTechnologyVariables.NDA_SIGNED_ON.putIn(v, LocalDate.now().toString());
                InformationTechnologyVariables.ACCESS_RIGHTS.putIn(v, "Tài khoản thử nghiệm, chỉ đọc / test account, read-only");
            }
            case "Task_SignAgreementStudent" -> {
                Variables.AGREEMENT_SIGNED_BY_STUDENT.putIn(v, true);
                Variables.STUDENT_SIGNED_ON.putIn(v, LocalDate.now().toString());
            }
            case "Task_SignAgreementHost" -> {
                Variables.AGREEMENT_SIGNED_BY_HOST.putIn(v, true);
                Variables.HOST_SIGNED_ON.putIn(v, LocalDate.now().toString());
            }
            case "Task_SignAgreementSchool" -> {
                Variables.AGREEMENT_SIGNED_BY_SCHOOL.putIn(v, true);
                Variables.SCHOOL_SIGNED_ON.putIn(v, LocalDate.now().toString());
                Variables.AGREEMENT_NUMBER.putIn(v, "TTBT-" + student.id().toUpperCase());
            }
            case "Task_SubmitLogbook" -> {
                Variables.LOGBOOK_TEXT.putIn(v, "Hỗ trợ người dân cài đặt VNeID mức 2 và ký số văn bản tại bộ phận một cửa");
                Variables.LOGBOOK_HOURS.putIn(v, 40);
            }
            case "Task_MidtermEvaluation" -> {
                Variables.MIDTERM_SCORE.putIn(v, 7.5 + spread * 0.5);
                Variables.MIDTERM_COMMENT.putIn(v, "Tiến bộ tốt, chủ động với người dân");
            }
            case "Task_SiteVisit" -> {
                Variables.SITE_VISIT_DATE.putIn(v, LocalDate.now().toString());
                Variables.SITE_VISIT_REPORT.putIn(v, "Sinh viên làm việc đúng kế hoạch, đơn vị tiếp nhận hài lòng");
            }
            case "Task_SubmitFinalReport" -> {
                Variables.FINAL_REPORT_TITLE.putIn(v, "Báo cáo thực tập: chuyển đổi số cấp xã");
                Variables.FINAL_REPORT_LINK.putIn(v, "https://example.invalid/bao-cao/" + student.id());
                Variables.FINAL_REPORT_SUMMARY.putIn(v, "Hồ sơ an toàn thông tin cấp độ 2 và hướng dẫn VNeID cho người dân");
            }
            case "Task_AssignMentor" -> PracticumVariables.MENTOR_ID.putIn(v, "mentor." + student.host());
            case "Task_ReviewLogbook", "Task_EscalatedLogbookReview" -> PracticumVariables.LOGBOOK_ACCEPTED.putIn(v, true);
            case "Task_PrepareSecurityDossier" -> {
                InformationTechnologyVariables.SYSTEM_NAME.putIn(v, "Trang thông tin điện tử của xã");
                InformationTechnologyVariables.PROPOSED_CLASSIFICATION_LEVEL.putIn(v, 2);
                InformationTechnologyVariables.SYSTEM_DESCRIPTION.putIn(v,
                        "Trang thông tin công khai thủ tục hành chính, không xử lý dữ liệu cá nhân nhạy cảm");
                InformationTechnologyVariables.LEVEL_JUSTIFICATION.putIn(v,
                        "Hệ thống phục vụ hoạt động nội bộ và cung cấp thông tin, đề xuất cấp độ 2");
            }
            case "Task_ReviewSecurityDossier" -> InformationTechnologyVariables.DOSSIER_APPROVED.putIn(v, true);
            case "Task_ConfirmSystemDelivered" -> {
                InformationTechnologyVariables.DELIVERY_REFERENCE.putIn(v, "Biên bản bàn giao số " + student.id());
                InformationTechnologyVariables.DELIVERED_ON.putIn(v, LocalDate.now().toString());
            }
            case "Task_FinalEvaluation" -> {
                InformationTechnologyVariables.SCORE_TECHNICAL_QUALITY.putIn(v, 7.0 + spread * 0.8);
                InformationTechnologyVariables.SCORE_SECURITY_PRACTICE.putIn(v, 8.0 + spread * 0.5);
                InformationTechnologyVariables.SCORE_PROFESSIONAL_CONDUCT.putIn(v, 8.5);
                InformationTechnologyVariables.FINAL_EVALUATION_COMMENT.putIn(v, "Hoàn thành tốt nhiệm vụ được giao");
            }
            case "Task_GradeReport" -> PracticumVariables.REPORT_SCORE.putIn(v, 6.5 + spread);
            case "Task_RecognizeCredits" -> PracticumVariables.CREDITS_RECOGNISED.putIn(v, 6);
            default -> {
                // tasks whose form holds only free text or acknowledgements
            }
        }
        return v;
    }

    private static String hostName(String hostCode) {
        return DemoCohort.HOSTS.stream().filter(host -> host.code().equals(hostCode)).map(DemoParty::name)
                .findFirst().orElse("");
    }
}
