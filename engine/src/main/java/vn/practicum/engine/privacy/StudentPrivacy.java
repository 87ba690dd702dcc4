package vn.practicum.engine.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.WithdrawalParty;
import vn.practicum.engine.student.StudentNames;
import vn.practicum.engine.student.StudentRecord;
import vn.practicum.engine.student.StudentRegister;

/**
 * A student's rights over their data (Law 91/2025/QH15): everything Practicum holds about them as one document
 * ({@link #export}), and erasure on request ({@link #erase}): afterwards no runtime, history or tracking row holds the
 * student's name, e-mail address or national id number; the tracking rows stay under a pseudonym for statistics.
 */
public class StudentPrivacy {

    /** The reason the lifecycle is withdrawn with when consent is withdrawn. */
    public static final String CONSENT_WITHDRAWN = "consent-withdrawn";
    /** The reason the lifecycle is withdrawn with when the student is erased while it runs. */
    public static final String ERASURE_REQUESTED = "erasure-requested";

    private final ProcessEngine engine;
    private final PracticumLifecycle lifecycle;
    private final StudentRegister register;
    private final ConsentRegister consent;
    private final List<StudentDataHolder> holders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public StudentPrivacy(ProcessEngine engine, PracticumLifecycle lifecycle, StudentRegister register,
                          ConsentRegister consent, List<StudentDataHolder> holders, JdbcTemplate jdbc,
                          TransactionTemplate transaction, Clock clock) {
        this.engine = engine;
        this.lifecycle = lifecycle;
        this.register = register;
        this.consent = consent;
        this.holders = List.copyOf(holders);
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Whether Practicum holds anything about the student: a register row, a tracking row or a process instance. */
    public boolean knows(String studentId) {
        return register.find(studentId).isPresent()
                || !register.tracked(List.of(studentId)).isEmpty()
                || engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(studentId).count() > 0;
    }

    /** The student's school: from the register, else from the tracking model; empty if neither knows the student. */
    public Optional<String> schoolOf(String studentId) {
        Optional<String> registered = register.find(studentId).map(StudentRecord::schoolCode);
        if (registered.isPresent()) {
            return registered;
        }
        return jdbc.queryForList("select school_code from practicum_student_stage where student_id = ?", String.class, studentId)
                .stream().findFirst();
    }

    // ---------------------------------------------------------------------------------------------------- consent

    /**
     * Withdraws the student's consent: records it and, if the practicum runs, withdraws it (reason
     * {@value #CONSENT_WITHDRAWN}), in one transaction. Nothing runs for the student afterwards.
     *
     * @return whether a running practicum was withdrawn
     */
    public boolean withdrawConsent(String studentId, WithdrawalParty by, String actor) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            consent.recordWithdrawal(studentId, actor, clock.instant());
            if (lifecycle.isRunning(studentId)) {
                lifecycle.withdraw(studentId, by, CONSENT_WITHDRAWN);
                return true;
            }
            return false;
        }));
    }

    // ----------------------------------------------------------------------------------------------------- export

    /** Everything held about the student: register, consent, tracking, runtime and history, and other features' data. */
    public Map<String, Object> export(String studentId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("studentId", studentId);
        export.put("exportedAt", clock.instant().toString());
        export.put("register", register.find(studentId).orElse(null));
        export.put("consent", consent.of(studentId));
        Map<String, Object> tracking = new LinkedHashMap<>();
        tracking.put("stage", rows("select * from practicum_student_stage where student_id = ?", studentId).stream().findFirst().orElse(null));
        tracking.put("history", rows("select * from practicum_stage_history where student_id = ? order by started_at, id", studentId));
        tracking.put("certificate", rows("select * from practicum_certificate where student_id = ?", studentId).stream().findFirst().orElse(null));
        export.put("tracking", tracking);
        Set<String> instances = processInstances(studentId);
        export.put("runtime", runtime(instances));
        export.put("history", history(instances));
        for (StudentDataHolder holder : holders) {
            export.put(holder.name(), holder.export(studentId));
        }
        return export;
    }

    private List<Map<String, Object>> runtime(Set<String> instanceIds) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        List<Map<String, Object>> result = new ArrayList<>();
        if (instanceIds.isEmpty()) {
            return result;
        }
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", instance.getId());
            entry.put("processDefinitionId", instance.getProcessDefinitionId());
            entry.put("businessKey", instance.getBusinessKey());
            Map<String, Object> variables = new LinkedHashMap<>();
            for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                    .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
                variables.put(variable.getName(), exported(variable.getTypeName(), variable.getValue()));
            }
            entry.put("variables", variables);
            List<Map<String, Object>> open = new ArrayList<>();
            for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("id", task.getId());
                t.put("taskDefinitionKey", task.getTaskDefinitionKey());
                t.put("name", task.getName());
                t.put("assignee", task.getAssignee());
                t.put("created", task.getCreateTime());
                t.put("due", task.getDueDate());
                open.add(t);
            }
            entry.put("tasks", open);
            result.add(entry);
        }
        return result;
    }

    private List<Map<String, Object>> history(Set<String> instanceIds) {
        HistoryService history = engine.getHistoryService();
        List<Map<String, Object>> result = new ArrayList<>();
        if (instanceIds.isEmpty()) {
            return result;
        }
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds)
                .orderByProcessInstanceStartTime().asc().list()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", instance.getId());
            entry.put("processDefinitionKey", instance.getProcessDefinitionKey());
            entry.put("businessKey", instance.getBusinessKey());
            entry.put("state", instance.getState());
            entry.put("startTime", instance.getStartTime());
            entry.put("endTime", instance.getEndTime());
            entry.put("deleteReason", instance.getDeleteReason());
            Map<String, Object> variables = new LinkedHashMap<>();
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
                variables.put(variable.getName(), exported(variable.getTypeName(), variable.getValue()));
            }
            entry.put("variables", variables);
            List<Map<String, Object>> activities = new ArrayList<>();
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .orderByHistoricActivityInstanceStartTime().asc().orderByActivityId().asc().list()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("activityId", activity.getActivityId());
                a.put("name", activity.getActivityName());
                a.put("type", activity.getActivityType());
                a.put("assignee", activity.getAssignee());
                a.put("startTime", activity.getStartTime());
                a.put("endTime", activity.getEndTime());
                activities.add(a);
            }
            entry.put("activities", activities);
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                    .orderByHistoricActivityInstanceStartTime().asc().list()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("id", task.getId());
                t.put("taskDefinitionKey", task.getTaskDefinitionKey());
                t.put("name", task.getName());
                t.put("assignee", task.getAssignee());
                t.put("startTime", task.getStartTime());
                t.put("endTime", task.getEndTime());
                t.put("deleteReason", task.getDeleteReason());
                tasks.add(t);
            }
            entry.put("tasks", tasks);
            result.add(entry);
        }
        return result;
    }

    /** Values Jackson writes as they are; binary and serialized values as their type only (they are not exported raw). */
    private static Object exported(String typeName, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof java.util.Date) {
            return value;
        }
        return Map.of("type", typeName);
    }

    private List<Map<String, Object>> rows(String sql, Object... arguments) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, arguments)) {
            Map<String, Object> lower = new LinkedHashMap<>();
            row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
            rows.add(lower);
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------------------ erasure

    /**
     * Erases the student in one transaction: withdraws a running practicum first ({@value #ERASURE_REQUESTED}), ends
     * any other process instance of theirs, removes their process instances from history (variables, form data,
     * byte arrays, tasks, comments, job logs, incidents, decisions, the operation log of those instances and of the
     * student's own actions), removes them from the register and as a user,
     * and keeps the tracking, certificate and consent rows under a pseudonym for statistics.
     */
    public ErasureResult erase(String studentId, WithdrawalParty by, String requestedBy) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            String school = schoolOf(studentId).orElse(null);
            boolean withdrawn = false;
            if (lifecycle.isRunning(studentId)) {
                lifecycle.withdraw(studentId, by, ERASURE_REQUESTED);
                withdrawn = true;
            }
            RuntimeService runtime = engine.getRuntimeService();
            List<String> stillRunning = runtime.createProcessInstanceQuery().processInstanceBusinessKey(studentId).list()
                    .stream().map(ProcessInstance::getRootProcessInstanceId).distinct().toList();
            if (!stillRunning.isEmpty()) {
                runtime.deleteProcessInstancesIfExists(stillRunning, ERASURE_REQUESTED, true, true, false);
            }
            Set<String> instances = processInstances(studentId);
            HistoryService history = engine.getHistoryService();
            if (!instances.isEmpty()) {
                for (String instance : instances) {
                    history.createHistoricDecisionInstanceQuery().processInstanceId(instance).list().stream()
                            .map(HistoricDecisionInstance::getId).toList()
                            .forEach(history::deleteHistoricDecisionInstanceByInstanceId);
                }
                for (String instance : instances) {
                    history.createUserOperationLogQuery().processInstanceId(instance).list()
                            .forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
                }
                history.deleteHistoricProcessInstancesIfExists(new ArrayList<>(instances));
            }
            // what the student did themselves (completed their tasks, ...): the audit keeps no trace of an erased student
            history.createUserOperationLogQuery().userId(studentId).list()
                    .forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
            String pseudonym = "erased-" + UUID.randomUUID();
            register.erase(studentId);
            pseudonymise(studentId, pseudonym);
            for (StudentDataHolder holder : holders) {
                holder.erase(studentId, pseudonym);
            }
            // what the engine granted the student (their tasks and, with historic instance permissions, their
            // historic tasks): deleting the user leaves those rows behind
            AuthorizationService authorizations = engine.getAuthorizationService();
            authorizations.createAuthorizationQuery().userIdIn(studentId).list()
                    .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            IdentityService identity = engine.getIdentityService();
            if (identity.createUserQuery().userId(studentId).count() > 0) {
                identity.deleteUser(studentId);
            }
            jdbc.update("""
                    insert into practicum_erasure (pseudonym, school_code, requested_by, requested_at, withdrawn, history_removed)
                    values (?, ?, ?, ?, ?, ?)""", pseudonym, school, requestedBy, Timestamp.from(now), withdrawn, instances.size());
            return new ErasureResult(pseudonym, withdrawn, instances.size(), now);
        });
    }

    private void pseudonymise(String studentId, String pseudonym) {
        jdbc.update("update practicum_student_stage set student_id = ?, mentor_id = case when mentor_id = ? then ? else mentor_id end,"
                + " search_key = ?, sort_key = ? where student_id = ?", pseudonym, studentId, pseudonym,
                StudentNames.searchable(pseudonym), StudentNames.unregisteredSortKey(pseudonym), studentId);
        jdbc.update("update practicum_stage_history set student_id = ?, actor = case when actor = ? then ? else actor end"
                + " where student_id = ?", pseudonym, studentId, pseudonym, studentId);
        jdbc.update("update practicum_certificate set student_id = ? where student_id = ?", pseudonym, studentId);
        jdbc.update("update practicum_consent set student_id = ?, actor = case when actor = ? then ? else actor end"
                + " where student_id = ?", pseudonym, studentId, pseudonym, studentId);
    }

    /** Every process instance of the student, with the processes they call: the trees whose root has the business key. */
    private Set<String> processInstances(String studentId) {
        HistoryService history = engine.getHistoryService();
        Set<String> roots = new LinkedHashSet<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(studentId).list()) {
            roots.add(instance.getRootProcessInstanceId() != null ? instance.getRootProcessInstanceId() : instance.getId());
        }
        Set<String> instances = new LinkedHashSet<>();
        for (String root : roots) {
            history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list()
                    .forEach(instance -> instances.add(instance.getId()));
            instances.add(root);
        }
        return instances;
    }
}
