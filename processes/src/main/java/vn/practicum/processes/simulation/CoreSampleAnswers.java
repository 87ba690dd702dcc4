package vn.practicum.processes.simulation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.practicum.engine.field.GenericField;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.SampleAnswers;
import vn.practicum.processes.CoreProcesses.Variables;

/**
 * What diligent participants answer in the core lifecycle's tasks (and the generic fragments'):
 * approve, consent, accept, sign, submit, review favourably. Scores vary a little with the student so
 * grades differ.
 */
public final class CoreSampleAnswers {

    private CoreSampleAnswers() {
    }

    /** The answers for one student, whose host is {@code hostCode}. */
    public static SampleAnswers forHost(String hostCode) {
        return (taskKey, studentId) -> answer(taskKey, studentId, hostCode);
    }

    static Map<String, Object> answer(String taskKey, String studentId, String hostCode) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        String today = LocalDate.now().toString();
        switch (taskKey) {
            case "Task_ApproveEnrolment" -> PracticumVariables.ENROLMENT_APPROVED.putIn(v, true);
            case "Task_RecordConsent" -> PracticumVariables.CONSENT_GIVEN.putIn(v, true);
            case "Task_SubmitPreferences" -> PracticumVariables.PREFERRED_HOSTS.putIn(v, hostCode == null ? "" : hostCode);
            case "Task_ProposeHost" -> {
                PracticumVariables.PLACEMENT_POSSIBLE.putIn(v, hostCode != null);
                PracticumVariables.HOST_CODE.putIn(v, hostCode);
            }
            case "Task_ReviewCandidate" -> PracticumVariables.HOST_DECISION.putIn(v, "ACCEPT");
            case "Task_AcceptOffer" -> PracticumVariables.OFFER_ACCEPTED.putIn(v, true);
            case "Task_SignAgreementStudent" -> {
                Variables.AGREEMENT_SIGNED_BY_STUDENT.putIn(v, true);
                Variables.STUDENT_SIGNED_ON.putIn(v, today);
            }
            case "Task_SignAgreementHost" -> {
                Variables.AGREEMENT_SIGNED_BY_HOST.putIn(v, true);
                Variables.HOST_SIGNED_ON.putIn(v, today);
            }
            case "Task_SignAgreementSchool" -> {
                Variables.AGREEMENT_SIGNED_BY_SCHOOL.putIn(v, true);
                Variables.SCHOOL_SIGNED_ON.putIn(v, today);
                Variables.AGREEMENT_NUMBER.putIn(v, "TTBT-" + studentId.toUpperCase());
            }
            case "Task_AssignMentor" -> PracticumVariables.MENTOR_ID.putIn(v, "mentor." + hostCode);
            case "Task_SubmitLogbook" -> {
                Variables.LOGBOOK_TEXT.putIn(v, "Hoàn thành các công việc được giao trong tuần theo kế hoạch thực tập");
                Variables.LOGBOOK_HOURS.putIn(v, 40);
            }
            case "Task_ReviewLogbook", "Task_EscalatedLogbookReview" -> PracticumVariables.LOGBOOK_ACCEPTED.putIn(v, true);
            case "Task_MidtermEvaluation" -> {
                Variables.MIDTERM_SCORE.putIn(v, 7.5 + spread * 0.5);
                Variables.MIDTERM_COMMENT.putIn(v, "Tiến bộ tốt, chủ động trong công việc");
            }
            case "Task_SiteVisit" -> {
                Variables.SITE_VISIT_DATE.putIn(v, today);
                Variables.SITE_VISIT_REPORT.putIn(v, "Sinh viên làm việc đúng kế hoạch, đơn vị tiếp nhận hài lòng");
            }
            case "Task_SubmitFinalReport" -> {
                Variables.FINAL_REPORT_TITLE.putIn(v, "Báo cáo kết quả thực tập");
                Variables.FINAL_REPORT_LINK.putIn(v, "https://example.invalid/bao-cao/" + studentId);
                Variables.FINAL_REPORT_SUMMARY.putIn(v, "Tóm tắt công việc, kết quả và bài học kinh nghiệm");
            }
            case "Task_GradeReport" -> PracticumVariables.REPORT_SCORE.putIn(v, 6.5 + spread);
            case "Task_RecognizeCredits" -> PracticumVariables.CREDITS_RECOGNISED.putIn(v, 6);
            // generic fragments
            case "Task_SubmitFieldDocuments" -> {
                Variables.FIELD_DOCUMENTS_DESCRIPTION.putIn(v, "Giấy tờ trước khi thực tập theo yêu cầu của ngành");
                Variables.FIELD_DOCUMENTS_LINK.putIn(v, "https://example.invalid/ho-so/" + studentId);
            }
            case "Task_VerifyFieldDocuments" -> Variables.FIELD_DOCUMENTS_VERIFIED.putIn(v, true);
            case "Task_ReportFieldMilestone" -> Variables.FIELD_MILESTONE_REPORT.putIn(v, "Đã hoàn thành mốc công việc của ngành");
            case "Task_ConfirmFieldMilestone" -> Variables.FIELD_MILESTONE_CONFIRMED.putIn(v, true);
            case "Task_FinalEvaluation" -> {
                GenericField.RUBRIC.criteria().forEach(criterion -> v.put(criterion.variableName(), 7.0 + spread * 0.8));
                Variables.FINAL_EVALUATION_COMMENT.putIn(v, "Hoàn thành tốt nhiệm vụ được giao");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
