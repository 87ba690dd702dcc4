package vn.practicum.engine.schedule;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The calendar a cohort runs on: how many logbooks, how often, and when reminders and escalations
 * fire. Bound from {@code practicum.schedule.*}; the values are ISO-8601 durations.
 *
 * <p>A student's mentoring takes the calendar in force when it starts ({@link #applyTo}, the start listener of
 * {@code practicum-mentoring}) and keeps it: a later change of the configuration applies to mentorings that start
 * after it. A schedule variable the mentoring already has (set by a test, or by an administrator for one student)
 * is left as it is.
 *
 * @param logbookCount    logbooks a student submits during mentoring
 * @param logbookInterval time between two logbooks
 * @param taskDueAfter    due date of a review task, counted from its creation
 * @param reminderAfter   when the assignee of an open review is reminded
 * @param escalationAfter when an open review is taken over by the school coordinator
 * @param midtermAfter    when the mid-term evaluation opens, counted from the start of mentoring
 */
public record PracticumSchedule(int logbookCount, String logbookInterval, String taskDueAfter,
                                String reminderAfter, String escalationAfter, String midtermAfter) {

    /** The bean name the mentoring process calls: {@code ${practicumSchedule.applyTo(execution)}}. */
    public static final String BEAN_NAME = "practicumSchedule";

    public static PracticumSchedule defaults() {
        return new PracticumSchedule(8, "P7D", "P3D", "P2D", "P5D", "P28D");
    }

    public PracticumSchedule {
        if (logbookCount < 1) {
            throw new IllegalArgumentException("practicum.schedule.logbook-count must be at least 1");
        }
        Deadlines deadlines = new Deadlines();
        for (String duration : new String[] {logbookInterval, taskDueAfter, reminderAfter, escalationAfter, midtermAfter}) {
            deadlines.after(duration);
        }
    }

    /** Sets each schedule variable the execution does not have yet to this calendar's value. */
    public void applyTo(DelegateExecution execution) {
        setIfMissing(execution, PracticumVariables.LOGBOOK_COUNT, logbookCount);
        setIfMissing(execution, PracticumVariables.LOGBOOK_INTERVAL, logbookInterval);
        setIfMissing(execution, PracticumVariables.TASK_DUE_AFTER, taskDueAfter);
        setIfMissing(execution, PracticumVariables.REMINDER_AFTER, reminderAfter);
        setIfMissing(execution, PracticumVariables.ESCALATION_AFTER, escalationAfter);
        setIfMissing(execution, PracticumVariables.MIDTERM_AFTER, midtermAfter);
    }

    private static <T> void setIfMissing(DelegateExecution execution, ProcessVariable<T> variable, T value) {
        if (!execution.hasVariable(variable.name())) {
            variable.set(execution, value);
        }
    }
}
