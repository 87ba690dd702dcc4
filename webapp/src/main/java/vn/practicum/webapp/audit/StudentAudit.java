package vn.practicum.webapp.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import vn.practicum.engine.tracking.StageStep;
import vn.practicum.webapp.audit.AuditEntry.Detail;

/**
 * Who did what to a student: the tracking model's steps (with the actor of each) merged with Camunda's
 * user operation log of the student's process instances (everything a signed-in user did through the
 * engine: claims, assignments, completions, variables, withdrawals). Reads Camunda's history only for one
 * student at a time, on request; never for a dashboard.
 */
@Service
public class StudentAudit {

    private final HistoryService history;

    StudentAudit(HistoryService history) {
        this.history = history;
    }

    /** The student's audit trail, oldest first: the tracking steps given and the engine's operation log. */
    public List<AuditEntry> entries(String studentId, List<StageStep> steps) {
        List<AuditEntry> entries = new ArrayList<>();
        for (StageStep step : steps) {
            String stage = step.stage().name();
            entries.add(new AuditEntry(step.startedAt(), null, "TRACKING", OperationLabels.STEP_REACHED,
                    OperationLabels.of(OperationLabels.STEP_REACHED), "Step", stage, step.stepId(), step.stepName(),
                    null, List.of()));
            if (step.endedAt() != null) {
                entries.add(new AuditEntry(step.endedAt(), step.actor(), "TRACKING", OperationLabels.STEP_FINISHED,
                        OperationLabels.of(OperationLabels.STEP_FINISHED), "Step", stage, step.stepId(), step.stepName(),
                        step.outcome(), List.of()));
            }
        }
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(studentId).list()) {
            entries.addAll(operations(instance.getId()));
        }
        entries.sort(Comparator.comparing(AuditEntry::time, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    /** One entry per operation (Camunda logs one row per changed property of an operation). */
    private List<AuditEntry> operations(String processInstanceId) {
        List<UserOperationLogEntry> rows = history.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .orderByTimestamp().asc().list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
        Map<String, List<UserOperationLogEntry>> byOperation = rows.stream().collect(Collectors.groupingBy(
                row -> row.getOperationId() + "|" + row.getEntityType(), LinkedHashMap::new, Collectors.toList()));
        List<AuditEntry> entries = new ArrayList<>();
        for (List<UserOperationLogEntry> operation : byOperation.values()) {
            UserOperationLogEntry first = operation.get(0);
            HistoricTaskInstance task = first.getTaskId() == null ? null : tasks.get(first.getTaskId());
            List<Detail> details = operation.stream().filter(row -> row.getProperty() != null)
                    .map(row -> new Detail(row.getProperty(), row.getOrgValue(), row.getNewValue())).toList();
            entries.add(new AuditEntry(first.getTimestamp().toInstant(), first.getUserId(), "ENGINE",
                    first.getOperationType(), OperationLabels.of(first.getOperationType()), first.getEntityType(),
                    null, task != null ? task.getTaskDefinitionKey() : null, task != null ? task.getName() : null,
                    null, details));
        }
        return entries;
    }
}
