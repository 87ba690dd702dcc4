package vn.practicum.processes.simulation;

import vn.practicum.engine.lifecycle.PracticumStart;

/**
 * A student to run through the lifecycle.
 *
 * @param start    what starts the practicum
 * @param hostCode the host the coordinator proposes and that accepts (null: never placed)
 * @param target   where to leave the student
 */
public record SimulatedStudent(PracticumStart start, String hostCode, SimulationTarget target) {

    public String id() {
        return start.studentId();
    }
}
