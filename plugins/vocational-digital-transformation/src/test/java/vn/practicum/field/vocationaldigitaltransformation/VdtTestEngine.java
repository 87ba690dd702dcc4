package vn.practicum.field.vocationaldigitaltransformation;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.field.vocationaldigitaltransformation.internal.LmsAccessCheckDelegate;
import vn.practicum.field.vocationaldigitaltransformation.internal.LmsAccessRules;
import vn.practicum.field.vocationaldigitaltransformation.internal.PilotAnalyticsCheckDelegate;
import vn.practicum.field.vocationaldigitaltransformation.internal.PilotAnalyticsRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class VdtTestEngine {

    static final String FOLDER = "practicum/fields/vocational-digital-transformation/";
    static final String PREFIX = FOLDER + "vocational-digital-transformation-";
    static final String PLACEMENT_BPMN = PREFIX + "placement.bpmn";
    static final String MENTORING_BPMN = PREFIX + "mentoring.bpmn";
    static final String ASSESSMENT_BPMN = PREFIX + "assessment.bpmn";
    static final String GRANT_LMS_ACCESS_FORM = PREFIX + "grant-lms-access.form";
    static final String CONFIRM_LMS_ACCESS_FORM = PREFIX + "confirm-lms-access.form";
    static final String BUILD_COURSE_MODULE_FORM = PREFIX + "build-course-module.form";
    static final String REVIEW_COURSE_MODULE_FORM = PREFIX + "review-course-module.form";
    static final String REPORT_PILOT_ANALYTICS_FORM = PREFIX + "report-pilot-analytics.form";
    static final String CONFIRM_PILOT_RESULTS_FORM = PREFIX + "confirm-pilot-results.form";
    static final String FINAL_EVALUATION_FORM = PREFIX + "final-evaluation.form";

    static final String SCHOOL = "hcmute";
    static final String HOST = "cd-ky-thuat-cao-thang";
    static final String MENTOR = "mentor.cao-thang";
    /** The placement in these tests: 1 February to 30 April 2026, Vietnamese calendar days. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final LocalDate PLACEMENT_END = LocalDate.of(2026, 4, 30);

    /** One set of delegates, so that every test class of the plugin shares one engine. */
    private static final Map<String, Object> DELEGATES = delegates();

    private VdtTestEngine() {
    }

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new VocationalDigitalTransformationField()), DELEGATES);
    }

    /** The plugin's delegates by the names its BPMN uses, as the auto-configuration declares them. */
    static Map<String, Object> delegates() {
        return Map.of(
                LmsAccessCheckDelegate.BEAN_NAME, new LmsAccessCheckDelegate(new LmsAccessRules()),
                PilotAnalyticsCheckDelegate.BEAN_NAME, new PilotAnalyticsCheckDelegate(new PilotAnalyticsRules()));
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, VocationalDigitalTransformationField.KEY);
        PracticumVariables.HOST_CODE.putIn(variables, HOST);
        PracticumVariables.PLACEMENT_START.putIn(variables, vietnameseMidnight(PLACEMENT_START));
        PracticumVariables.PLACEMENT_END.putIn(variables, vietnameseMidnight(PLACEMENT_END));
        PracticumVariables.MENTOR_ID.putIn(variables, MENTOR);
        return variables;
    }

    /** The candidate groups of a task, assigned or not (camunda-bpm-assert's hasCandidateGroup wants it unassigned). */
    static List<String> candidateGroups(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    /** A calendar day as the lifecycle stores it: midnight in Vietnam. */
    static Date vietnameseMidnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
