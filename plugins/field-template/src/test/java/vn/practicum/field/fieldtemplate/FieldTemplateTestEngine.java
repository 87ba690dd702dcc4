package vn.practicum.field.fieldtemplate;

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
import vn.practicum.field.fieldtemplate.internal.DocumentCheckDelegate;
import vn.practicum.field.fieldtemplate.internal.FieldDocumentRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class FieldTemplateTestEngine {

    static final String FOLDER = "practicum/fields/field-template/";
    static final String PLACEMENT_BPMN = FOLDER + "field-template-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "field-template-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "field-template-assessment.bpmn";
    static final String SUBMIT_FIELD_DOCUMENT_FORM = FOLDER + "field-template-submit-field-document.form";
    static final String CONFIRM_READINESS_FORM = FOLDER + "field-template-confirm-readiness.form";
    static final String REPORT_MILESTONE_FORM = FOLDER + "field-template-report-milestone.form";
    static final String REVIEW_MILESTONE_FORM = FOLDER + "field-template-review-milestone.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "field-template-final-evaluation.form";

    static final String SCHOOL = "hust";
    static final String HOST = "demo-host";
    static final String MENTOR = "mentor.demo-host";
    /** The first day of the placement in these tests: 1 February 2026, a Vietnamese calendar day. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);

    // FIELD AUTHOR: every delegate bean of the plugin, by the name its BPMN uses. One map for all test classes,
    // so that they share one engine.
    /** The plugin's delegates, by the names the BPMN uses. */
    static final Map<String, Object> DELEGATES = Map.of(
            DocumentCheckDelegate.BEAN_NAME, new DocumentCheckDelegate(new FieldDocumentRules()));

    private FieldTemplateTestEngine() {
    }

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new FieldTemplateField()), DELEGATES);
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, FieldTemplateField.KEY);
        PracticumVariables.HOST_CODE.putIn(variables, HOST);
        PracticumVariables.PLACEMENT_START.putIn(variables, vietnameseMidnight(PLACEMENT_START));
        PracticumVariables.MENTOR_ID.putIn(variables, MENTOR);
        PracticumVariables.LOGBOOK_NUMBER.putIn(variables, 2);
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
