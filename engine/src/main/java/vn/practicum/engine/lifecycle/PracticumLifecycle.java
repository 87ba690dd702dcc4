package vn.practicum.engine.lifecycle;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.field.ProgrammeField;

/** Starts a student's practicum and ends it by withdrawal: the two ways in from outside the processes. */
public class PracticumLifecycle {

    private final RuntimeService runtimeService;
    private final FieldRegistry fields;

    public PracticumLifecycle(RuntimeService runtimeService, FieldRegistry fields) {
        this.runtimeService = runtimeService;
        this.fields = fields;
    }

    /** Starts the lifecycle; refuses bad input with every problem named, and a student who already has one running. */
    public ProcessInstance start(PracticumStart start) {
        List<String> problems = validate(start);
        if (!problems.isEmpty()) {
            throw new InvalidLifecycleRequestException(problems);
        }
        if (isRunning(start.studentId())) {
            throw new LifecycleConflictException("Sinh viên " + start.studentId() + " đã có quy trình thực tập đang chạy"
                    + " / student " + start.studentId() + " already has a practicum running");
        }
        return runtimeService.startProcessInstanceByKey(ProcessKeys.PRACTICUM, start.studentId(), variablesOf(start));
    }

    /**
     * Starts the lifecycle for a bulk enrolment: the instance is created and committed with the caller's
     * transaction, and the job executor moves it on to enrolment (an async continuation after the start), so the
     * import does not wait for each student's first steps. Refuses bad input like {@link #start}; it does not look
     * for a running lifecycle one student at a time: the caller checks the whole file at once (the student register's
     * primary key refuses a student started twice).
     */
    public ProcessInstance startQueued(PracticumStart start) {
        return startQueuedBatch(List.of(start)).get(0);
    }

    /**
     * {@link #startQueued(PracticumStart)} for a batch, all in the caller's transaction and in one engine command: the
     * engine writes the whole batch in one flush (batched inserts), looks the latest version of the lifecycle up
     * once, for the first student, and starts the others on the same version. Every start is checked before the first
     * one begins.
     */
    public List<ProcessInstance> startQueuedBatch(List<PracticumStart> starts) {
        for (PracticumStart start : starts) {
            List<String> problems = validate(start);
            if (!problems.isEmpty()) {
                throw new InvalidLifecycleRequestException(problems);
            }
        }
        // the starts below run inside this command: the engine reuses its context for a nested call
        return ((ServiceImpl) runtimeService).getCommandExecutor().execute(commandContext -> {
            List<ProcessInstance> instances = new ArrayList<>(starts.size());
            String definitionId = null;
            for (PracticumStart start : starts) {
                Map<String, Object> variables = variablesOf(start);
                PracticumVariables.QUEUED_START.putIn(variables, true);
                ProcessInstance instance = definitionId == null
                        ? runtimeService.startProcessInstanceByKey(ProcessKeys.PRACTICUM, start.studentId(), variables)
                        : runtimeService.startProcessInstanceById(definitionId, start.studentId(), variables);
                definitionId = instance.getProcessDefinitionId();
                instances.add(instance);
            }
            return instances;
        });
    }

    public boolean isRunning(String studentId) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.PRACTICUM)
                .processInstanceBusinessKey(studentId)
                .count() > 0;
    }

    /** Ends the practicum of a student at whatever step it is, recording who asked and why. */
    public void withdraw(String studentId, WithdrawalParty by, String reason) {
        List<String> problems = new ArrayList<>();
        if (by == null) {
            problems.add("withdrawnBy: required (STUDENT, SCHOOL or HOST)");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason: required");
        } else if (reason.length() > 1000) {
            problems.add("reason: at most 1000 characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidLifecycleRequestException(problems);
        }
        if (!isRunning(studentId)) {
            throw new LifecycleConflictException("Sinh viên " + studentId + " không có quy trình thực tập đang chạy"
                    + " / student " + studentId + " has no practicum running");
        }
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.WITHDRAWN_BY.putIn(variables, by.name());
        PracticumVariables.WITHDRAWAL_REASON.putIn(variables, reason.trim());
        runtimeService.createMessageCorrelation(PracticumVariables.WITHDRAWAL_MESSAGE)
                .processInstanceBusinessKey(studentId)
                .setVariables(variables)
                .correlateWithResult();
    }

    List<String> validate(PracticumStart start) {
        List<String> problems = new ArrayList<>();
        if (start.studentId() == null || !start.studentId().matches("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}")) {
            problems.add("studentId: required, letters, digits, '.', '_' or '-', at most 64");
        }
        if (start.schoolCode() == null || !start.schoolCode().matches("[a-z0-9][a-z0-9-]{0,31}")) {
            problems.add("schoolCode: required, lower-case letters, digits or '-'");
        }
        if (start.fieldKey() == null || (ProgrammeField.ofKey(start.fieldKey()).isEmpty() && fields.find(start.fieldKey()).isEmpty())) {
            problems.add("fieldKey: unknown field '" + start.fieldKey() + "'");
        } else if (!fields.isOffered(start.fieldKey())) {
            problems.add("fieldKey: field '" + start.fieldKey() + "' is switched off and takes no new students");
        }
        if (start.supervisorId() == null || start.supervisorId().isBlank()) {
            problems.add("supervisorId: required");
        }
        if (start.creditsEarned() < 0 || start.creditsEarned() > 400) {
            problems.add("creditsEarned: must be between 0 and 400");
        }
        if (start.placementStart() == null || start.placementEnd() == null) {
            problems.add("placementStart, placementEnd: required");
        } else if (!start.placementEnd().isAfter(start.placementStart())) {
            problems.add("placementEnd: must be after placementStart");
        }
        return problems;
    }

    Map<String, Object> variablesOf(PracticumStart start) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, start.studentId());
        PracticumVariables.SCHOOL_CODE.putIn(variables, start.schoolCode());
        PracticumVariables.FIELD_KEY.putIn(variables, start.fieldKey());
        PracticumVariables.SUPERVISOR_ID.putIn(variables, start.supervisorId());
        PracticumVariables.CREDITS_EARNED.putIn(variables, start.creditsEarned());
        PracticumVariables.PREREQUISITES_PASSED.putIn(variables, start.prerequisitesPassed());
        PracticumVariables.PLACEMENT_START.putIn(variables, Date.from(start.placementStart().atStartOfDay(PracticumVariables.VIETNAM).toInstant()));
        PracticumVariables.PLACEMENT_END.putIn(variables, Date.from(start.placementEnd().atStartOfDay(PracticumVariables.VIETNAM).toInstant()));
        return variables;
    }

    /** Input that cannot start or change a lifecycle; each problem names the field at fault. */
    public static class InvalidLifecycleRequestException extends RuntimeException {
        private final List<String> problems;

        public InvalidLifecycleRequestException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The request does not fit the student's current state (already running, nothing running). */
    public static class LifecycleConflictException extends RuntimeException {
        public LifecycleConflictException(String message) {
            super(message);
        }
    }
}
