package vn.practicum.field.vocationaldigitaltransformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.BUILD_COURSE_MODULE_FORM;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.CONFIRM_PILOT_RESULTS_FORM;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.HOST;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.MENTOR;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.MENTORING_BPMN;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.REPORT_PILOT_ANALYTICS_FORM;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.REVIEW_COURSE_MODULE_FORM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_APPROVED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_ASSESSMENT_INCLUDED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_LEARNING_OUTCOMES;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_LESSON_COUNT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_REVIEW_COMMENT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_TITLE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MODULE_URL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ACTIVATION_RATE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ANALYTICS_PROBLEM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ANALYTICS_SUMMARY;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_AVERAGE_SCORE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_COMPLETION_RATE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_CONFIRMED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ENDED_ON;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_IMPROVEMENT_ACTIONS;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_ACTIVE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_COMPLETED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_ENROLLED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_REVIEW_COMMENT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_SATISFACTION;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_STARTED_ON;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;

/** {@code vocational-digital-transformation-mentoring}: a course module built, reviewed, piloted and its results confirmed. */
@Deployment(resources = {MENTORING_BPMN, BUILD_COURSE_MODULE_FORM, REVIEW_COURSE_MODULE_FORM, REPORT_PILOT_ANALYTICS_FORM,
        CONFIRM_PILOT_RESULTS_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "vocational-digital-transformation-mentoring";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(VdtTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void moduleApproved_pilotConsistent_resultsConfirmed_withTheAdoptionMetrics() {
        // given
        ProcessInstance instance = start("st-vdt-m01");
        assertThat(instance).isWaitingAt("Task_BuildCourseModule");
        assertThat(task(instance)).isAssignedTo("st-vdt-m01");

        // when
        complete(task(instance), module());

        // then
        assertThat(instance).isWaitingAt("Task_ReviewCourseModule");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(VdtTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), review(true, "Chuẩn đầu ra rõ, bài kiểm tra bám chuẩn đầu ra"));

        // then
        assertThat(instance).hasPassed("Gateway_ModuleApproved").isWaitingAt("Task_ReportPilotAnalytics");
        assertThat(task(instance)).isAssignedTo("st-vdt-m01");

        // when
        complete(task(instance), pilot(32, 29, 25));

        // then: 29 of 32 active = 90.6 %, 25 of 32 completed = 78.1 %
        assertThat(instance).hasPassed("ServiceTask_CheckPilotAnalytics").isWaitingAt("Task_ConfirmPilotResults");
        assertThat(instance).variables().containsEntry(PILOT_ACTIVATION_RATE.name(), 90.6)
                .containsEntry(PILOT_COMPLETION_RATE.name(), 78.1).doesNotContainKey(PILOT_ANALYTICS_PROBLEM.name());
        assertThat(task(instance)).isAssignedTo(MENTOR);

        // when
        complete(task(instance), confirmation(true, "Khoa dùng học phần cho học kỳ sau"));

        // then
        assertThat(instance).hasPassed("Gateway_PilotConfirmed", "EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void aModuleSentBackByTheMentor_isRevised_thenApproved() {
        // given
        ProcessInstance instance = start("st-vdt-m02");
        complete(task(instance), module());

        // when
        complete(task(instance), review(false, "Thêm bài thực hành có chấm điểm"));

        // then
        assertThat(instance).hasPassed("Gateway_ModuleApproved").isWaitingAt("Task_BuildCourseModule");
        assertThat(task(instance)).isAssignedTo("st-vdt-m02");
        assertThat(instance).variables().containsEntry(MODULE_REVIEW_COMMENT.name(), "Thêm bài thực hành có chấm điểm");

        // when
        complete(task(instance), module());
        complete(task(instance), review(true, "Đạt"));

        // then
        assertThat(instance).isWaitingAt("Task_ReportPilotAnalytics");
    }

    @Test
    void inconsistentFigures_andTooFewLearners_areSentBack_thenCorrected() {
        // given: 8 learners (fewer than 10), more completed than active
        ProcessInstance instance = start("st-vdt-m03");
        complete(task(instance), module());
        complete(task(instance), review(true, "Đạt"));

        // when
        complete(task(instance), pilot(8, 6, 7));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_PilotAnalyticsInvalid").isWaitingAt("Task_ReportPilotAnalytics");
        assertThat(problem(instance).lines()).containsExactly(
                "Báo cáo thử nghiệm học phần: thử nghiệm có 8 học viên đăng ký, ít hơn mức tối thiểu 10"
                        + " / Pilot report: the pilot had 8 learners enrolled, fewer than the minimum of 10",
                "Báo cáo thử nghiệm học phần: số học viên hoàn thành (7) lớn hơn số có hoạt động (6)"
                        + " / Pilot report: more learners completed (7) than were active (6)");
        assertThat(instance).variables().doesNotContainKey(PILOT_COMPLETION_RATE.name());
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when
        complete(task(instance), pilot(10, 10, 10));

        // then: exactly the minimum of learners is enough
        assertThat(instance).isWaitingAt("Task_ConfirmPilotResults");
        assertThat(instance).variables().containsEntry(PILOT_COMPLETION_RATE.name(), 100.0)
                .doesNotContainKey(PILOT_ANALYTICS_PROBLEM.name());
    }

    @Test
    void aPilotOutsideThePlacement_isSentBack() {
        // given
        ProcessInstance instance = start("st-vdt-m04");
        complete(task(instance), module());
        complete(task(instance), review(true, "Đạt"));
        Map<String, Object> pilot = pilot(32, 29, 25);
        PILOT_STARTED_ON.putIn(pilot, "2026-01-20");
        PILOT_ENDED_ON.putIn(pilot, "2026-05-02");

        // when
        complete(task(instance), pilot);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_PilotAnalyticsInvalid").isWaitingAt("Task_ReportPilotAnalytics");
        assertThat(problem(instance).lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("started on 2026-01-20", "before the placement starts on 2026-02-01"))
                .anySatisfy(line -> assertThat(line).contains("ended on 2026-05-02", "after the placement ends on 2026-04-30"));
    }

    @Test
    void resultsNotConfirmedByTheMentor_goBackToTheStudent_thenConfirmed() {
        // given
        ProcessInstance instance = start("st-vdt-m05");
        complete(task(instance), module());
        complete(task(instance), review(true, "Đạt"));
        complete(task(instance), pilot(32, 29, 25));

        // when
        complete(task(instance), confirmation(false, "Số học viên hoàn thành chưa khớp báo cáo của LMS"));

        // then
        assertThat(instance).hasPassed("Gateway_PilotConfirmed").isWaitingAt("Task_ReportPilotAnalytics");
        assertThat(task(instance)).isAssignedTo("st-vdt-m05");
        assertThat(instance).variables()
                .containsEntry(PILOT_REVIEW_COMMENT.name(), "Số học viên hoàn thành chưa khớp báo cáo của LMS");

        // when
        complete(task(instance), pilot(32, 29, 24));
        complete(task(instance), confirmation(true, "Đã khớp"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
        assertThat(instance).variables().containsEntry(PILOT_COMPLETION_RATE.name(), 75.0);
    }

    @Test
    void theFragmentSetsOnlyItsOwnVariables() {
        // given: what the lifecycle passes down
        Map<String, Object> given = VdtTestEngine.fragmentVariables("st-vdt-m06");
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-vdt-m06", given);

        // when
        complete(task(instance), module());
        complete(task(instance), review(true, "Đạt"));
        complete(task(instance), pilot(32, 29, 25));
        complete(task(instance), confirmation(true, "Đạt"));

        // then: every variable it ends with is given, or one of the fragment's module and pilot variables
        // (the variables of the instance's own scope: those out variables="all" copies; task inputs stay local)
        List<String> own = List.of("module", "pilot");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list()).filteredOn(variable -> instance.getId().equals(variable.getActivityInstanceId()))
                .isNotEmpty().allSatisfy(variable -> {
                    if (given.containsKey(variable.getName())) {
                        assertThat(variable.getValue()).as(variable.getName()).isEqualTo(given.get(variable.getName()));
                    } else {
                        assertThat(own).anySatisfy(prefix -> assertThat(variable.getName()).startsWith(prefix));
                    }
                });
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, VdtTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> module() {
        Map<String, Object> variables = new HashMap<>();
        MODULE_TITLE.putIn(variables, "An toàn lao động trong xưởng cơ khí");
        MODULE_URL.putIn(variables, "https://lms.caothang.edu.vn/course/view.php?id=412");
        MODULE_LEARNING_OUTCOMES.putIn(variables, "Nhận diện mối nguy trong xưởng\nSử dụng đúng thiết bị bảo hộ");
        MODULE_LESSON_COUNT.putIn(variables, 5);
        MODULE_ASSESSMENT_INCLUDED.putIn(variables, true);
        return variables;
    }

    static Map<String, Object> review(boolean approved, String comment) {
        Map<String, Object> variables = new HashMap<>();
        MODULE_APPROVED.putIn(variables, approved);
        MODULE_REVIEW_COMMENT.putIn(variables, comment);
        return variables;
    }

    static Map<String, Object> pilot(int enrolled, int active, int completed) {
        Map<String, Object> variables = new HashMap<>();
        PILOT_STARTED_ON.putIn(variables, "2026-03-16");
        PILOT_ENDED_ON.putIn(variables, "2026-04-12");
        PILOT_LEARNERS_ENROLLED.putIn(variables, enrolled);
        PILOT_LEARNERS_ACTIVE.putIn(variables, active);
        PILOT_LEARNERS_COMPLETED.putIn(variables, completed);
        PILOT_AVERAGE_SCORE.putIn(variables, 78.5);
        PILOT_SATISFACTION.putIn(variables, 4.3);
        PILOT_ANALYTICS_SUMMARY.putIn(variables, "Bỏ dở nhiều nhất ở bài 3 (video 25 phút)");
        PILOT_IMPROVEMENT_ACTIONS.putIn(variables, "Chia video bài 3 thành ba đoạn, thêm câu hỏi nhanh");
        return variables;
    }

    static Map<String, Object> confirmation(boolean confirmed, String comment) {
        Map<String, Object> variables = new HashMap<>();
        PILOT_CONFIRMED.putIn(variables, confirmed);
        PILOT_REVIEW_COMMENT.putIn(variables, comment);
        return variables;
    }

    private String problem(ProcessInstance instance) {
        return PILOT_ANALYTICS_PROBLEM.type().cast(
                engine.getRuntimeService().getVariable(instance.getId(), PILOT_ANALYTICS_PROBLEM.name()));
    }
}
