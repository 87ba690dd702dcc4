package vn.practicum.webapp.demo;

/** Where a demo student is left: waiting in a task, at an escalated review, withdrawn or finished. */
record DemoTarget(Kind kind, String taskKey) {

    enum Kind { WAIT_IN_TASK, ESCALATED_REVIEW, WITHDRAWN, FINISHED }

    static DemoTarget waitIn(String taskKey) {
        return new DemoTarget(Kind.WAIT_IN_TASK, taskKey);
    }

    static DemoTarget escalatedReview() {
        return new DemoTarget(Kind.ESCALATED_REVIEW, "Task_ReviewLogbook");
    }

    static DemoTarget withdrawnAt(String taskKey) {
        return new DemoTarget(Kind.WITHDRAWN, taskKey);
    }

    static DemoTarget finished() {
        return new DemoTarget(Kind.FINISHED, null);
    }
}
