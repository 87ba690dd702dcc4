package vn.practicum.field.vocationaldigitaltransformation.internal;

import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LEARNER_DATA_COMMITMENT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCESS_UNTIL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCOUNT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_COURSE_SHELL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_LOGIN_CONFIRMED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_PLATFORM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ROLE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_URL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_APPROVED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_ASSESSMENT_INCLUDED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_LEARNING_OUTCOMES;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_LESSON_COUNT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_REVIEW_COMMENT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_TITLE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_URL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ANALYTICS_SUMMARY;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_AVERAGE_SCORE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_CONFIRMED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ENDED_ON;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_IMPROVEMENT_ACTIONS;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_ACTIVE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_COMPLETED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_ENROLLED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_REVIEW_COMMENT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_SATISFACTION;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_STARTED_ON;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.SCORE_LEARNER_ADOPTION;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.SCORE_PEDAGOGICAL_DESIGN;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.SCORE_PROFESSIONAL_CONDUCT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent student and host in a vocational college: editing-teacher access to the college's Moodle until after
 * the placement, a module on workshop safety built and approved, piloted with a class for four weeks in the second
 * half of the placement (placements of the demo and end-to-end runs start on the first of next month and last three
 * months), and a favourable evaluation.
 */
public final class VocationalDigitalTransformationSampleAnswers implements SampleAnswers {

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        LocalDate placementStart = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        String account = studentId.toLowerCase(Locale.ROOT);
        switch (taskKey) {
            case "Task_GrantLmsAccess" -> {
                LMS_PLATFORM.putIn(v, "Moodle 4.5");
                LMS_URL.putIn(v, "https://lms.example.edu.vn");
                LMS_ACCOUNT.putIn(v, "tt." + account);
                LMS_ROLE.putIn(v, LmsRole.EDITING_TEACHER.name());
                LMS_COURSE_SHELL.putIn(v, "SANDBOX-" + studentId.toUpperCase(Locale.ROOT));
                LMS_ACCESS_UNTIL.putIn(v, placementStart.plusMonths(4).toString());
            }
            case "Task_ConfirmLmsAccess" -> {
                LMS_LOGIN_CONFIRMED.putIn(v, true);
                LEARNER_DATA_COMMITMENT.putIn(v, true);
            }
            case "Task_BuildCourseModule" -> {
                MODULE_TITLE.putIn(v, "An toàn lao động trong xưởng cơ khí");
                MODULE_URL.putIn(v, "https://lms.example.edu.vn/course/view.php?id=" + (400 + spread));
                MODULE_LEARNING_OUTCOMES.putIn(v, "Nhận diện mối nguy trong xưởng\nSử dụng đúng thiết bị bảo hộ cá nhân");
                MODULE_LESSON_COUNT.putIn(v, 5);
                MODULE_ASSESSMENT_INCLUDED.putIn(v, true);
            }
            case "Task_ReviewCourseModule" -> {
                MODULE_APPROVED.putIn(v, true);
                MODULE_REVIEW_COMMENT.putIn(v, "Mục tiêu rõ, bài đánh giá bám mục tiêu");
            }
            case "Task_ReportPilotAnalytics" -> {
                PILOT_STARTED_ON.putIn(v, placementStart.plusWeeks(6).toString());
                PILOT_ENDED_ON.putIn(v, placementStart.plusWeeks(10).toString());
                PILOT_LEARNERS_ENROLLED.putIn(v, 32);
                PILOT_LEARNERS_ACTIVE.putIn(v, 29);
                PILOT_LEARNERS_COMPLETED.putIn(v, 24 + spread);
                PILOT_AVERAGE_SCORE.putIn(v, 78.5);
                PILOT_SATISFACTION.putIn(v, 4.3);
                PILOT_ANALYTICS_SUMMARY.putIn(v, "Học viên bỏ dở nhiều nhất ở bài 3 (video dài 25 phút)");
                PILOT_IMPROVEMENT_ACTIONS.putIn(v, "Chia video bài 3 thành ba đoạn ngắn, thêm câu hỏi nhanh giữa bài");
            }
            case "Task_ConfirmPilotResults" -> {
                PILOT_CONFIRMED.putIn(v, true);
                PILOT_REVIEW_COMMENT.putIn(v, "Khoa sẽ dùng học phần cho các lớp học kỳ sau");
            }
            case "Task_FinalEvaluation" -> {
                SCORE_PEDAGOGICAL_DESIGN.putIn(v, 7.5 + spread * 0.5);
                SCORE_LEARNER_ADOPTION.putIn(v, 7.0 + spread * 0.6);
                SCORE_PROFESSIONAL_CONDUCT.putIn(v, 8.5);
                FINAL_EVALUATION_COMMENT.putIn(v, "Học phần được học viên đón nhận, phân tích dữ liệu học tập tốt");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
