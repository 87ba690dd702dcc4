package vn.practicum.field.ecommerce;

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
import vn.practicum.field.ecommerce.internal.CampaignMetricsCheckDelegate;
import vn.practicum.field.ecommerce.internal.CampaignMetricsRules;
import vn.practicum.field.ecommerce.internal.StorefrontDossierCheckDelegate;
import vn.practicum.field.ecommerce.internal.StorefrontDossierRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class ECommerceTestEngine {

    static final String FOLDER = "practicum/fields/e-commerce/";
    static final String PLACEMENT_BPMN = FOLDER + "e-commerce-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "e-commerce-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "e-commerce-assessment.bpmn";
    static final String SUBMIT_STOREFRONT_FORM = FOLDER + "e-commerce-submit-storefront-dossier.form";
    static final String CONFIRM_STOREFRONT_FORM = FOLDER + "e-commerce-confirm-storefront.form";
    static final String PLAN_CAMPAIGN_FORM = FOLDER + "e-commerce-plan-campaign.form";
    static final String APPROVE_PLAN_FORM = FOLDER + "e-commerce-approve-campaign-plan.form";
    static final String REPORT_RESULTS_FORM = FOLDER + "e-commerce-report-campaign-results.form";
    static final String CONFIRM_RESULTS_FORM = FOLDER + "e-commerce-confirm-campaign-results.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "e-commerce-final-evaluation.form";

    static final String SCHOOL = "neu";
    static final String HOST = "dac-san-ha-long";
    static final String MENTOR = "mentor.dac-san-ha-long";
    /** The placement in these tests: 1 February to 30 April 2026, Vietnamese calendar days. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final LocalDate PLACEMENT_END = LocalDate.of(2026, 4, 30);

    private ECommerceTestEngine() {
    }

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new ECommerceField()), Map.of(
                StorefrontDossierCheckDelegate.BEAN_NAME, new StorefrontDossierCheckDelegate(new StorefrontDossierRules()),
                CampaignMetricsCheckDelegate.BEAN_NAME, new CampaignMetricsCheckDelegate(new CampaignMetricsRules())));
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, ECommerceField.KEY);
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

    /** The names of every variable of {@link ECommerceVariables}. */
    static Set<String> fieldVariableNames() {
        Set<String> names = new HashSet<>();
        for (Field field : ECommerceVariables.class.getFields()) {
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
