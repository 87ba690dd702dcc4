package vn.practicum.field.greencertification;

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
import vn.practicum.field.greencertification.internal.GhgInventoryCheckDelegate;
import vn.practicum.field.greencertification.internal.GhgInventoryRules;
import vn.practicum.field.greencertification.internal.GhgTrainingCheckDelegate;
import vn.practicum.field.greencertification.internal.GhgTrainingRules;
import vn.practicum.field.greencertification.internal.ImpartialityCheckDelegate;
import vn.practicum.field.greencertification.internal.ImpartialityRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class GreenCertificationTestEngine {

    static final String FOLDER = "practicum/fields/green-certification/";
    static final String PLACEMENT_BPMN = FOLDER + "green-certification-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "green-certification-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "green-certification-assessment.bpmn";
    static final String ASSIGN_ENGAGEMENT_FORM = FOLDER + "green-certification-assign-verification-engagement.form";
    static final String DECLARE_IMPARTIALITY_FORM = FOLDER + "green-certification-declare-impartiality.form";
    static final String SUBMIT_GHG_TRAINING_FORM = FOLDER + "green-certification-submit-ghg-training.form";
    static final String RECORD_SHADOWING_FORM = FOLDER + "green-certification-record-verification-shadowing.form";
    static final String CONFIRM_SHADOWING_FORM = FOLDER + "green-certification-confirm-shadowing.form";
    static final String SUBMIT_INVENTORY_FORM = FOLDER + "green-certification-submit-ghg-inventory-exercise.form";
    static final String REVIEW_INVENTORY_FORM = FOLDER + "green-certification-review-ghg-inventory.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "green-certification-final-evaluation.form";

    static final String SCHOOL = "neu";
    static final String HOST = "vien-tham-dinh-xanh";
    static final String MENTOR = "mentor.tham-dinh";
    /** The placement in these tests: 1 February to 30 April 2026, Vietnamese calendar days. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final LocalDate PLACEMENT_END = LocalDate.of(2026, 4, 30);

    private GreenCertificationTestEngine() {
    }

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new GreenCertificationField()), delegates());
    }

    /** The delegates by the names the BPMN uses, as the auto-configuration declares them. */
    static Map<String, Object> delegates() {
        return Map.of(
                ImpartialityCheckDelegate.BEAN_NAME, new ImpartialityCheckDelegate(new ImpartialityRules()),
                GhgTrainingCheckDelegate.BEAN_NAME, new GhgTrainingCheckDelegate(new GhgTrainingRules()),
                GhgInventoryCheckDelegate.BEAN_NAME, new GhgInventoryCheckDelegate(new GhgInventoryRules()));
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, GreenCertificationField.KEY);
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
