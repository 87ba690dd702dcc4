package vn.practicum.field.tourism;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.field.tourism.internal.CustomerFeedbackCheckDelegate;
import vn.practicum.field.tourism.internal.CustomerFeedbackRules;
import vn.practicum.field.tourism.internal.GuideCardCheckDelegate;
import vn.practicum.field.tourism.internal.GuideCardRules;
import vn.practicum.field.tourism.internal.LanguageLevelCheckDelegate;
import vn.practicum.field.tourism.internal.LanguageLevelRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class TourismTestEngine {

    static final String FOLDER = "practicum/fields/tourism/";
    static final String PLACEMENT_BPMN = FOLDER + "tourism-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "tourism-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "tourism-assessment.bpmn";
    static final String DEFINE_TOUR_ASSIGNMENT_FORM = FOLDER + "tourism-define-tour-assignment.form";
    static final String SUBMIT_GUIDE_CREDENTIALS_FORM = FOLDER + "tourism-submit-guide-credentials.form";
    static final String RECORD_SAFETY_BRIEFING_FORM = FOLDER + "tourism-record-safety-briefing.form";
    static final String REPORT_GUIDED_TOUR_FORM = FOLDER + "tourism-report-guided-tour.form";
    static final String CONFIRM_GUIDED_TOUR_FORM = FOLDER + "tourism-confirm-guided-tour.form";
    static final String SUBMIT_CUSTOMER_FEEDBACK_FORM = FOLDER + "tourism-submit-customer-feedback.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "tourism-final-evaluation.form";

    static final String SCHOOL = "vnuhcm-ussh";
    static final String HOST = "saigontourist";
    static final String MENTOR = "mentor.saigontourist";
    /** The first day of the placement in these tests: 1 February 2026, a Vietnamese calendar day. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);

    private TourismTestEngine() {
    }

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new TourismField()), delegates());
    }

    /** The delegates by the names the BPMN uses, as the auto-configuration declares them. */
    static Map<String, Object> delegates() {
        return Map.of(
                GuideCardCheckDelegate.BEAN_NAME, new GuideCardCheckDelegate(new GuideCardRules()),
                LanguageLevelCheckDelegate.BEAN_NAME, new LanguageLevelCheckDelegate(new LanguageLevelRules()),
                CustomerFeedbackCheckDelegate.BEAN_NAME, new CustomerFeedbackCheckDelegate(new CustomerFeedbackRules()));
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, TourismField.KEY);
        PracticumVariables.HOST_CODE.putIn(variables, HOST);
        PracticumVariables.PLACEMENT_START.putIn(variables, vietnameseMidnight(PLACEMENT_START));
        PracticumVariables.MENTOR_ID.putIn(variables, MENTOR);
        return variables;
    }

    /** The candidate groups of a task, assigned or not (camunda-bpm-assert's hasCandidateGroup wants it unassigned). */
    static List<String> candidateGroups(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    /** A variable of a running instance, typed. */
    static <T> T variable(ProcessEngine engine, ProcessInstance instance, ProcessVariable<T> variable) {
        return variable.type().cast(engine.getRuntimeService().getVariable(instance.getId(), variable.name()));
    }

    static long incidents(ProcessEngine engine, ProcessInstance instance) {
        return engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count();
    }

    /** A calendar day as the lifecycle stores it: midnight in Vietnam. */
    static Date vietnameseMidnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
