package vn.practicum.field.portoperations;

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
import vn.practicum.field.portoperations.internal.RestrictedAreaPassCheckDelegate;
import vn.practicum.field.portoperations.internal.RestrictedAreaPassRules;
import vn.practicum.field.portoperations.internal.SafetyCertificateCheckDelegate;
import vn.practicum.field.portoperations.internal.SafetyCertificateRules;
import vn.practicum.field.portoperations.internal.ShiftLogCheckDelegate;
import vn.practicum.field.portoperations.internal.ShiftLogRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class PortOperationsTestEngine {

    static final String FOLDER = "practicum/fields/port-operations/";
    static final String PLACEMENT_BPMN = FOLDER + "port-operations-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "port-operations-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "port-operations-assessment.bpmn";
    static final String ASSIGN_WORK_AREA_FORM = FOLDER + "port-operations-assign-port-work-area.form";
    static final String SUBMIT_SAFETY_CERTIFICATE_FORM = FOLDER + "port-operations-submit-safety-certificate.form";
    static final String RECORD_SECURITY_INDUCTION_FORM = FOLDER + "port-operations-record-security-induction.form";
    static final String SUBMIT_SHIFT_LOG_FORM = FOLDER + "port-operations-submit-shift-log.form";
    static final String SIGN_OFF_HAND_OVER_FORM = FOLDER + "port-operations-sign-off-shift-hand-over.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "port-operations-final-evaluation.form";

    static final String SCHOOL = "vimaru";
    static final String HOST = "cang-tan-vu";
    static final String MENTOR = "mentor.tan-vu";
    /** The placement in these tests: 1 February to 30 April 2026, Vietnamese calendar days. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final LocalDate PLACEMENT_END = LocalDate.of(2026, 4, 30);

    private PortOperationsTestEngine() {
    }

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new PortOperationsField()), delegates());
    }

    /** The delegates by the names the BPMN uses, as the auto-configuration declares them. */
    static Map<String, Object> delegates() {
        return Map.of(
                SafetyCertificateCheckDelegate.BEAN_NAME, new SafetyCertificateCheckDelegate(new SafetyCertificateRules()),
                RestrictedAreaPassCheckDelegate.BEAN_NAME, new RestrictedAreaPassCheckDelegate(new RestrictedAreaPassRules()),
                ShiftLogCheckDelegate.BEAN_NAME, new ShiftLogCheckDelegate(new ShiftLogRules()));
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, PortOperationsField.KEY);
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
