package vn.practicum.processes.simulation;

/** Where a simulated student is left: waiting in a task, at an escalated review, withdrawn, or at the end. */
public record SimulationTarget(Kind kind, String taskKey) {

    public enum Kind { WAIT_IN_TASK, ESCALATED_REVIEW, WITHDRAWN, FINISHED }

    /** Stop as soon as the student has this task open. */
    public static SimulationTarget waitIn(String taskKey) {
        return new SimulationTarget(Kind.WAIT_IN_TASK, taskKey);
    }

    /** Stop at the first logbook review, after its reminder and escalation timers have fired. */
    public static SimulationTarget escalatedReview() {
        return new SimulationTarget(Kind.ESCALATED_REVIEW, "Task_ReviewLogbook");
    }

    /** Withdraw the student when this task opens. */
    public static SimulationTarget withdrawnAt(String taskKey) {
        return new SimulationTarget(Kind.WITHDRAWN, taskKey);
    }

    /** Run to the end of the lifecycle, whichever end the answers lead to. */
    public static SimulationTarget finished() {
        return new SimulationTarget(Kind.FINISHED, null);
    }
}
