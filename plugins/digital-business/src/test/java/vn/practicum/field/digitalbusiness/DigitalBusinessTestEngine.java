package vn.practicum.field.digitalbusiness;

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
import vn.practicum.field.digitalbusiness.internal.DataAccessAgreementCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.DataAccessAgreementRules;
import vn.practicum.field.digitalbusiness.internal.ElectronicContractCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.ElectronicContractRules;
import vn.practicum.field.digitalbusiness.internal.KpiDashboardCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.KpiDashboardRules;
import vn.practicum.field.digitalbusiness.internal.ProcessMapCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.ProcessMapRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class DigitalBusinessTestEngine {

    static final String FOLDER = "practicum/fields/digital-business/";
    static final String PLACEMENT_BPMN = FOLDER + "digital-business-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "digital-business-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "digital-business-assessment.bpmn";
    static final String SUBMIT_CONTRACT_FORM = FOLDER + "digital-business-submit-electronic-contract.form";
    static final String SIGN_DATA_ACCESS_FORM = FOLDER + "digital-business-sign-data-access-agreement.form";
    static final String SUBMIT_PROCESS_MAP_FORM = FOLDER + "digital-business-submit-process-map.form";
    static final String SUBMIT_KPI_DASHBOARD_FORM = FOLDER + "digital-business-submit-kpi-dashboard.form";
    static final String CONFIRM_DELIVERABLES_FORM = FOLDER + "digital-business-confirm-deliverables.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "digital-business-final-evaluation.form";

    static final String SCHOOL = "ftu";
    static final String HOST = "shop-viet";
    static final String MENTOR = "mentor.shop-viet";
    /** The placement in these tests: 1 February to 30 April 2026, Vietnamese calendar days. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final LocalDate PLACEMENT_END = LocalDate.of(2026, 4, 30);

    /** One set of delegates, so that every test class of the plugin shares one engine. */
    private static final Map<String, Object> DELEGATES = delegates();

    private DigitalBusinessTestEngine() {
    }

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new DigitalBusinessField()), DELEGATES);
    }

    /** The plugin's delegates by the names its BPMN uses, as the auto-configuration declares them. */
    static Map<String, Object> delegates() {
        return Map.of(
                ElectronicContractCheckDelegate.BEAN_NAME, new ElectronicContractCheckDelegate(new ElectronicContractRules()),
                DataAccessAgreementCheckDelegate.BEAN_NAME, new DataAccessAgreementCheckDelegate(new DataAccessAgreementRules()),
                ProcessMapCheckDelegate.BEAN_NAME, new ProcessMapCheckDelegate(new ProcessMapRules()),
                KpiDashboardCheckDelegate.BEAN_NAME, new KpiDashboardCheckDelegate(new KpiDashboardRules()));
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, DigitalBusinessField.KEY);
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
