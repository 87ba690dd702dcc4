package vn.practicum.field.portoperations.internal;

import static vn.practicum.field.portoperations.PortOperationsVariables.LAST_SIGNED_OFF_SHIFT_START;
import static vn.practicum.field.portoperations.PortOperationsVariables.MAXIMUM_SHIFT_HOURS;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_DATE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_HAND_OVER_NOTES;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_HOURS;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_INCIDENT_REPORT;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOG_PROBLEM;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_OPERATIONS;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_SAFETY_INCIDENT;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_START_TIME;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${portShiftLogCheck}}: checks the shift log the student wrote before the shift supervisor signs its
 * hand-over off ({@link ShiftLogRules}). Problems go to {@code shiftLogProblem} and raise
 * {@code Error_ShiftLogIncomplete}, which sends the student back to the log; a complete log removes
 * {@code shiftLogProblem}.
 *
 * <p>The optional input parameter {@code maximumShiftHours} ("1" to "12", default "12") lowers the longest shift
 * accepted; anything else is a modelling error and fails the task (an incident), not the student.
 */
public class ShiftLogCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "portShiftLogCheck";
    public static final String ERROR_SHIFT_LOG_INCOMPLETE = "Error_ShiftLogIncomplete";

    private final ShiftLogRules rules;

    public ShiftLogCheckDelegate(ShiftLogRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ShiftLog log = new ShiftLog(Inputs.text(execution, SHIFT_DATE), Inputs.text(execution, SHIFT_START_TIME),
                execution.getVariable(SHIFT_HOURS.name()), Inputs.text(execution, SHIFT_AREA),
                Inputs.text(execution, SHIFT_OPERATIONS), execution.getVariable(SHIFT_SAFETY_INCIDENT.name()),
                Inputs.text(execution, SHIFT_INCIDENT_REPORT), Inputs.text(execution, SHIFT_HAND_OVER_NOTES));
        Date end = PracticumVariables.PLACEMENT_END.from(execution);
        String previous = LAST_SIGNED_OFF_SHIFT_START.from(execution);
        List<LocalizedText> problems = rules.problems(log, maximumHours(execution),
                CalendarDays.vietnameseDay(PracticumVariables.PLACEMENT_START.require(execution)),
                end == null ? null : CalendarDays.vietnameseDay(end),
                previous == null ? null : LocalDateTime.parse(previous));
        if (problems.isEmpty()) {
            execution.removeVariable(SHIFT_LOG_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        SHIFT_LOG_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_SHIFT_LOG_INCOMPLETE, described);
    }

    static int maximumHours(DelegateExecution execution) {
        String configured = MAXIMUM_SHIFT_HOURS.from(execution);
        if (configured == null || configured.isBlank()) {
            return ShiftLogRules.LEGAL_MAXIMUM_HOURS;
        }
        try {
            int hours = Integer.parseInt(configured.strip());
            if (hours >= 1 && hours <= ShiftLogRules.LEGAL_MAXIMUM_HOURS) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Input parameter '" + MAXIMUM_SHIFT_HOURS.name() + "' of "
                + execution.getCurrentActivityId() + " must be 1 to " + ShiftLogRules.LEGAL_MAXIMUM_HOURS + ", not '" + configured + "'");
    }

    /** The start of the shift a (checked) log describes, or null if its date or time cannot be read. */
    static LocalDateTime shiftStart(String date, String time) {
        if (date == null || time == null) {
            return null;
        }
        LocalDate day = CalendarDays.parse(date).orElse(null);
        return day == null ? null : TimesOfDay.parse(time).map(day::atTime).orElse(null);
    }
}
