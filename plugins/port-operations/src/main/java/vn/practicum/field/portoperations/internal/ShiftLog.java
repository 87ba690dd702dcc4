package vn.practicum.field.portoperations.internal;

/**
 * A shift log as the student entered it: the number and the yes/no are what the form or client sent (normally a
 * Number and a Boolean), so that anything else is reported rather than thrown.
 *
 * @param date           the shift's day, {@code yyyy-MM-dd}
 * @param startTime      when the shift started, {@code HH:mm}
 * @param hours          hours worked
 * @param area           berth, yard block or control position
 * @param operations     operations the student took part in
 * @param safetyIncident whether an accident, incident or near miss happened
 * @param incidentReport what happened and what was done (needed when there was one)
 * @param handOverNotes  what the next shift must know
 */
public record ShiftLog(String date, String startTime, Object hours, String area, String operations, Object safetyIncident,
                       String incidentReport, String handOverNotes) {
}
