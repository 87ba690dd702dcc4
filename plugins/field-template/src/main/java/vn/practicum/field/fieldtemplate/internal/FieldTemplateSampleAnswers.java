package vn.practicum.field.fieldtemplate.internal;

import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_ISSUER;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_KIND;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_NUMBER;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_VALID_UNTIL;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.MILESTONE_ACCEPTED;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.MILESTONE_EVIDENCE;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.MILESTONE_REPORT;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.MILESTONE_REVIEW_COMMENT;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.READINESS_NOTE;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.SAFETY_TRAINING_ON;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.SCORE_FIELD_SKILLS;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.SCORE_PROFESSIONAL_CONDUCT;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.SCORE_WORK_QUALITY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * What a diligent student, host and mentor of the field enter in its tasks, for demo cohorts, end-to-end tests and
 * benchmarks: a document valid well beyond a placement that starts next month, a milestone accepted at once, good
 * scores that vary a little with the student.
 */
// FIELD AUTHOR: one case per user task of your fragments (a test checks none is forgotten), with answers that pass
// your rules for a placement starting on the first day of next month.
public final class FieldTemplateSampleAnswers implements SampleAnswers {

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        String code = studentId.toUpperCase(Locale.ROOT);
        switch (taskKey) {
            case "Task_SubmitFieldDocument" -> {
                DOCUMENT_KIND.putIn(v, DocumentKind.TRAINING_CERTIFICATE.name());
                DOCUMENT_NUMBER.putIn(v, "CC-2026-" + code);
                DOCUMENT_ISSUER.putIn(v, "Trung tâm đào tạo của trường");
                DOCUMENT_VALID_UNTIL.putIn(v, LocalDate.now().plusYears(2).toString());
            }
            case "Task_ConfirmReadiness" -> {
                SAFETY_TRAINING_ON.putIn(v, LocalDate.now().toString());
                READINESS_NOTE.putIn(v, "Đã bố trí chỗ làm việc và người hướng dẫn / workplace and mentor arranged");
            }
            case "Task_ReportMilestone" -> {
                MILESTONE_REPORT.putIn(v, "Hoàn thành sản phẩm của mốc thực tập theo kế hoạch đã thống nhất với người hướng dẫn");
                MILESTONE_EVIDENCE.putIn(v, "Biên bản nghiệm thu số " + code);
            }
            case "Task_ReviewMilestone" -> {
                MILESTONE_ACCEPTED.putIn(v, true);
                MILESTONE_REVIEW_COMMENT.putIn(v, "Đạt yêu cầu");
            }
            case "Task_FinalEvaluation" -> {
                SCORE_FIELD_SKILLS.putIn(v, 7.0 + spread * 0.5);
                SCORE_WORK_QUALITY.putIn(v, 7.5 + spread * 0.5);
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
