package vn.practicum.field.fintech;

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
import vn.practicum.field.fintech.internal.AmlTrainingCheckDelegate;
import vn.practicum.field.fintech.internal.AmlTrainingRules;
import vn.practicum.field.fintech.internal.ExperimentReportCheckDelegate;
import vn.practicum.field.fintech.internal.ExperimentReportRules;
import vn.practicum.field.fintech.internal.SandboxAccessCheckDelegate;
import vn.practicum.field.fintech.internal.SandboxAccessRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class FintechTestEngine {

    static final String FOLDER = "practicum/fields/fintech/";
    static final String PLACEMENT_BPMN = FOLDER + "fintech-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "fintech-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "fintech-assessment.bpmn";
    static final String SUBMIT_AML_TRAINING_FORM = FOLDER + "fintech-submit-aml-training-attestation.form";
    static final String GRANT_SANDBOX_ACCESS_FORM = FOLDER + "fintech-grant-sandbox-access.form";
    static final String SUBMIT_EXPERIMENT_REPORT_FORM = FOLDER + "fintech-submit-experiment-report.form";
    static final String REVIEW_EXPERIMENT_REPORT_FORM = FOLDER + "fintech-review-experiment-report.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "fintech-final-evaluation.form";

    static final String SCHOOL = "neu";
    static final String HOST = "fintech-lab-hn";
    static final String MENTOR = "mentor.fintech-lab";
    /** The placement in these tests: 1 February to 30 April 2026, Vietnamese calendar days. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final LocalDate PLACEMENT_END = LocalDate.of(2026, 4, 30);

    private FintechTestEngine() {
    }

    /** One set of delegates, so that every test class of the plugin shares one engine. */
    private static final Map<String, Object> DELEGATES = delegates();

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new FintechField()), DELEGATES);
    }

    /** The plugin's delegates by the names its BPMN uses, as the auto-configuration declares them. */
    static Map<String, Object> delegates() {
        return Map.of(
                AmlTrainingCheckDelegate.BEAN_NAME, new AmlTrainingCheckDelegate(new AmlTrainingRules()),
                SandboxAccessCheckDelegate.BEAN_NAME, new SandboxAccessCheckDelegate(new SandboxAccessRules()),
                ExperimentReportCheckDelegate.BEAN_NAME, new ExperimentReportCheckDelegate(new ExperimentReportRules()));
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, FintechField.KEY);
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
