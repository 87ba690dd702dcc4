package vn.practicum.field.tourism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.tourism.TourismTestEngine.CONFIRM_GUIDED_TOUR_FORM;
import static vn.practicum.field.tourism.TourismTestEngine.HOST;
import static vn.practicum.field.tourism.TourismTestEngine.MENTOR;
import static vn.practicum.field.tourism.TourismTestEngine.MENTORING_BPMN;
import static vn.practicum.field.tourism.TourismTestEngine.REPORT_GUIDED_TOUR_FORM;
import static vn.practicum.field.tourism.TourismTestEngine.SUBMIT_CUSTOMER_FEEDBACK_FORM;
import static vn.practicum.field.tourism.TourismTestEngine.incidents;
import static vn.practicum.field.tourism.TourismTestEngine.variable;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_AVERAGE_RATING;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_COLLECTED_ON;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_IMPROVEMENT_PLAN;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_RESPONSES;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_SUMMARY;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_CODE;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_CONFIRMED;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_DATE;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_GROUP_SIZE;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_REPORT;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_REVIEW_COMMENT;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_ROUTE;

import java.util.HashMap;
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
import vn.practicum.engine.lifecycle.PracticumVariables;

/** {@code tourism-mentoring}: a tour guided under supervision, confirmed, and its customers' feedback checked. */
@Deployment(resources = {MENTORING_BPMN, REPORT_GUIDED_TOUR_FORM, CONFIRM_GUIDED_TOUR_FORM, SUBMIT_CUSTOMER_FEEDBACK_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "tourism-mentoring";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TourismTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void tourConfirmed_andGoodFeedback_completeTheMilestones() {
        // given
        ProcessInstance instance = start("st-tour-m01");
        assertThat(instance).isWaitingAt("Task_ReportGuidedTour");
        assertThat(task(instance)).isAssignedTo("st-tour-m01");

        // when
        complete(task(instance), tourReport());

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmGuidedTour");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(TourismTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), confirmation(true, "Thuyết minh tốt"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitCustomerFeedback");
        assertThat(task(instance)).isAssignedTo("st-tour-m01");

        // when
        complete(task(instance), feedback(12, 4.6));

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckCustomerFeedback").hasNotPassed("BoundaryEvent_FeedbackIncomplete")
                .hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void tourNotConfirmed_goesBackToTheStudentWithTheComment_thenConfirmed() {
        // given
        ProcessInstance instance = start("st-tour-m02");
        complete(task(instance), tourReport());

        // when
        complete(task(instance), confirmation(false, "Bổ sung phần thuyết minh tại Địa đạo Củ Chi"));

        // then
        assertThat(instance).hasPassed("Gateway_GuidedTourConfirmed").hasNotPassed("Task_SubmitCustomerFeedback")
                .isWaitingAt("Task_ReportGuidedTour");
        assertThat(task(instance)).isAssignedTo("st-tour-m02");
        assertThat(variable(engine, instance, GUIDED_TOUR_REVIEW_COMMENT)).isEqualTo("Bổ sung phần thuyết minh tại Địa đạo Củ Chi");

        // when
        complete(task(instance), tourReport());
        complete(task(instance), confirmation(true, "Đạt"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitCustomerFeedback");
    }

    @Test
    void tooFewResponses_andALowRatingWithoutAPlan_sendTheStudentBack_thenFixed() {
        // given
        ProcessInstance instance = start("st-tour-m03");
        complete(task(instance), tourReport());
        complete(task(instance), confirmation(true, "Đạt"));

        // when: 3 responses from a group of 20, a mean of 3.2 and no improvement plan
        complete(task(instance), feedback(3, 3.2));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_FeedbackIncomplete").isWaitingAt("Task_SubmitCustomerFeedback");
        assertThat(variable(engine, instance, FEEDBACK_PROBLEM).lines()).containsExactly(
                "Cần ít nhất 5 phiếu phản hồi, mới có 3 / At least 5 responses are needed, there are 3",
                "Điểm hài lòng 3.2/5 dưới mức hài lòng (4): cần kế hoạch cải thiện"
                        + " / A mean rating of 3.2/5 is below satisfied (4): an improvement plan is needed");
        assertThat(incidents(engine, instance)).isZero();

        // when
        Map<String, Object> fixed = feedback(9, 3.2);
        FEEDBACK_IMPROVEMENT_PLAN.putIn(fixed, "Chuẩn bị kỹ phần lịch sử, kiểm soát thời gian từng điểm dừng");
        complete(task(instance), fixed);

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void feedbackCollectedBeforeTheTour_isAProblem_notAnIncident() {
        // given
        ProcessInstance instance = start("st-tour-m04");
        complete(task(instance), tourReport());
        complete(task(instance), confirmation(true, "Đạt"));
        Map<String, Object> feedback = feedback(10, 4.5);
        FEEDBACK_COLLECTED_ON.putIn(feedback, "2026-03-13");

        // when
        complete(task(instance), feedback);

        // then
        assertThat(instance).isWaitingAt("Task_SubmitCustomerFeedback");
        assertThat(variable(engine, instance, FEEDBACK_PROBLEM))
                .contains("The feedback was collected on 2026-03-13, before the tour on 2026-03-14");
        assertThat(incidents(engine, instance)).isZero();
    }

    @Test
    void numbersAndDatesOfTheWrongType_fromAnApiClient_areProblemsForTheStudent() {
        // given: a client that sends the group size as text and the date as a number
        ProcessInstance instance = start("st-tour-m06");
        Map<String, Object> report = tourReport();
        report.put(GUIDED_TOUR_GROUP_SIZE.name(), "hai mươi");
        report.put(GUIDED_TOUR_DATE.name(), 20260314);
        complete(task(instance), report);
        complete(task(instance), confirmation(true, "Đạt"));

        // when
        complete(task(instance), feedback(12, 4.6));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_FeedbackIncomplete").isWaitingAt("Task_SubmitCustomerFeedback");
        assertThat(variable(engine, instance, FEEDBACK_PROBLEM)).contains(
                "The tour's date '20260314' is not a valid date in the format yyyy-MM-dd",
                "The group size 'hai mươi' must be a whole number of at least 1");
    }

    @Test
    void theFragmentSetsNoLifecycleVariable() {
        // given
        ProcessInstance instance = start("st-tour-m05");

        // when
        complete(task(instance), tourReport());
        complete(task(instance), confirmation(true, "Đạt"));
        complete(task(instance), feedback(12, 4.6));

        // then: what it hands back to practicum-mentoring (its instance's variables; a task's inputs stay in the
        // task) is what it got, plus its own variables only
        Map<String, Object> started = TourismTestEngine.fragmentVariables("st-tour-m05");
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
                .filter(variable -> variable.getExecutionId().equals(instance.getId()))
                .forEach(variable -> {
                    if (started.containsKey(variable.getName())) {
                        assertThat(variable.getValue()).as(variable.getName()).isEqualTo(started.get(variable.getName()));
                    } else {
                        assertThat(variable.getName()).as("a variable of this field")
                                .matches("(guidedTour|feedback)[A-Z][A-Za-z]*");
                    }
                });
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(PracticumVariables.LOGBOOK_NUMBER.name()).count()).isZero();
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, TourismTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> tourReport() {
        Map<String, Object> variables = new HashMap<>();
        GUIDED_TOUR_CODE.putIn(variables, "SGT-CC-0314");
        GUIDED_TOUR_DATE.putIn(variables, "2026-03-14");
        GUIDED_TOUR_ROUTE.putIn(variables, "TP.HCM – Địa đạo Củ Chi – TP.HCM");
        GUIDED_TOUR_GROUP_SIZE.putIn(variables, 20);
        GUIDED_TOUR_REPORT.putIn(variables, "Thuyết minh lịch sử địa đạo và hướng dẫn an toàn khi xuống hầm");
        return variables;
    }

    static Map<String, Object> confirmation(boolean confirmed, String comment) {
        Map<String, Object> variables = new HashMap<>();
        GUIDED_TOUR_CONFIRMED.putIn(variables, confirmed);
        GUIDED_TOUR_REVIEW_COMMENT.putIn(variables, comment);
        return variables;
    }

    static Map<String, Object> feedback(int responses, double rating) {
        Map<String, Object> variables = new HashMap<>();
        FEEDBACK_RESPONSES.putIn(variables, responses);
        FEEDBACK_AVERAGE_RATING.putIn(variables, rating);
        FEEDBACK_COLLECTED_ON.putIn(variables, "2026-03-14");
        FEEDBACK_SUMMARY.putIn(variables, "Khách hài lòng với phần thuyết minh, góp ý về thời gian chờ");
        return variables;
    }
}
