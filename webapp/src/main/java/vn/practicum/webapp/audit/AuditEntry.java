package vn.practicum.webapp.audit;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened to a student's practicum: when, who, what, at which step.
 *
 * @param time          when it happened (UTC)
 * @param userId        who did it: a Camunda user id, or null when the engine did it on its own (timer, service task)
 * @param source        {@code TRACKING} (a step of the tracking model) or {@code ENGINE} (Camunda's user operation log)
 * @param operation     a stable code: {@code STEP_REACHED}, {@code STEP_FINISHED}, or Camunda's operation type
 *                      ({@code Complete}, {@code Claim}, {@code Assign}, {@code SetVariable}, ...)
 * @param operationLabel the operation for people, Vietnamese and English
 * @param entityType    what the operation was on: {@code Step} for tracking, Camunda's entity type otherwise
 *                      ({@code Task}, {@code ProcessInstance}, {@code Variable}, ...)
 * @param stage         the practicum stage of the step, when known
 * @param stepId        the BPMN id of the step ({@code Task_ReviewLogbook}), when known
 * @param stepName      the step's name as the processes show it, when known
 * @param outcome       how the step ended (tracking), when known
 * @param details       changed properties (Camunda's user operation log), possibly empty
 */
public record AuditEntry(Instant time, String userId, String source, String operation, Label operationLabel,
                  String entityType, String stage, String stepId, String stepName, String outcome,
                  List<Detail> details) {

    /** One changed property: its name, old and new value as Camunda logs them (variable names, never their values). */
    public record Detail(String property, String from, String to) {
    }
}
