package vn.practicum.field.strategicmanagement;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.field.strategicmanagement.internal.SponsorshipCheckDelegate;
import vn.practicum.field.strategicmanagement.internal.SponsorshipRules;
import vn.practicum.field.strategicmanagement.internal.StrategyAnalysisCheckDelegate;
import vn.practicum.field.strategicmanagement.internal.StrategyAnalysisRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class StrategicManagementTestEngine {

    static final String FOLDER = "practicum/fields/strategic-management/";
    static final String PLACEMENT_BPMN = FOLDER + "strategic-management-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "strategic-management-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "strategic-management-assessment.bpmn";
    static final String NAME_SPONSOR_FORM = FOLDER + "strategic-management-name-executive-sponsor.form";
    static final String ACKNOWLEDGE_FORM = FOLDER + "strategic-management-acknowledge-confidentiality.form";
    static final String DECIDE_CONFLICT_FORM = FOLDER + "strategic-management-decide-conflict-of-interest.form";
    static final String SUBMIT_ANALYSIS_FORM = FOLDER + "strategic-management-submit-strategy-analysis.form";
    static final String REVIEW_ANALYSIS_FORM = FOLDER + "strategic-management-review-strategy-analysis.form";
    static final String PREPARE_PRESENTATION_FORM = FOLDER + "strategic-management-prepare-board-presentation.form";
    static final String RECORD_PRESENTATION_FORM = FOLDER + "strategic-management-record-board-presentation.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "strategic-management-final-evaluation.form";

    static final String SCHOOL = "ftu";
    static final String HOST = "vinatour";
    static final String MENTOR = "mentor.vinatour";
    /** The executive sponsor the host names in these tests. */
    static final String SPONSOR = "pho-tgd.vinatour";
    /** The placement in these tests: 1 February to 30 April 2026, Vietnamese calendar days. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final LocalDate PLACEMENT_END = LocalDate.of(2026, 4, 30);

    private StrategicManagementTestEngine() {
    }

    static Map<String, Object> delegates() {
        return Map.of(
                SponsorshipCheckDelegate.BEAN_NAME, new SponsorshipCheckDelegate(new SponsorshipRules()),
                StrategyAnalysisCheckDelegate.BEAN_NAME, new StrategyAnalysisCheckDelegate(new StrategyAnalysisRules()));
    }

    private static final Map<String, Object> DELEGATES = delegates();

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new StrategicManagementField()), DELEGATES);
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, StrategicManagementField.KEY);
        PracticumVariables.HOST_CODE.putIn(variables, HOST);
        PracticumVariables.PLACEMENT_START.putIn(variables, vietnameseMidnight(PLACEMENT_START));
        PracticumVariables.PLACEMENT_END.putIn(variables, vietnameseMidnight(PLACEMENT_END));
        PracticumVariables.MENTOR_ID.putIn(variables, MENTOR);
        return variables;
    }

    /** The candidate users of a task. */
    static List<String> candidateUsers(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).toList();
    }

    /** The candidate groups of a task, assigned or not (camunda-bpm-assert's hasCandidateGroup wants it unassigned). */
    static List<String> candidateGroups(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    /** A calendar day as the lifecycle stores it: midnight in Vietnam. */
    static Date vietnameseMidnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }

    /** The names of every variable of {@link StrategicManagementVariables}. */
    static Set<String> fieldVariableNames() {
        Set<String> names = new HashSet<>();
        for (Field field : StrategicManagementVariables.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                try {
                    names.add(((ProcessVariable<?>) field.get(null)).name());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /** A variable of a running instance, typed. */
    static <T> T variable(RuntimeService runtime, String processInstanceId, ProcessVariable<T> variable) {
        return variable.type().cast(runtime.getVariable(processInstanceId, variable.name()));
    }
}
