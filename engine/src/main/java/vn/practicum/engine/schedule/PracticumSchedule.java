package vn.practicum.engine.schedule;

/**
 * The calendar a cohort runs on: how many logbooks, how often, and when reminders and escalations
 * fire. Bound from {@code practicum.schedule.*}; the values are ISO-8601 durations.
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
}
