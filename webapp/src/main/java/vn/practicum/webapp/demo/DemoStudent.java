package vn.practicum.webapp.demo;

import java.time.Instant;
import java.time.LocalDate;
import vn.practicum.engine.student.StudentRecord;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.processes.simulation.SimulatedStudent;
import vn.practicum.processes.simulation.SimulationTarget;

/**
 * One demo student and where the demo leaves them.
 *
 * @param id       user id and business key, such as {@code hust-001}
 * @param field    the student's field key
 * @param lastName family and middle name, Vietnamese
 * @param firstName given name
 * @param school   school code
 * @param host     host code, or null while not placed
 * @param credits  credits earned (below the field's minimum: not eligible)
 * @param target   where to stop
 */
record DemoStudent(String id, String field, String lastName, String firstName, String school, String host, int credits,
                   SimulationTarget target) {

    /** The student in the student register: name (family and middle names, then the given name) and e-mail. */
    StudentRecord record() {
        String code = id.substring(school.length() + 1);
        return new StudentRecord(id, school, code, lastName + " " + firstName, id + "@demo.practicum.invalid",
                false, Instant.now());
    }

    /** The student as the simulator runs them: placed from the first of next month for three months. */
    SimulatedStudent simulated() {
        LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        return new SimulatedStudent(new PracticumStart(id, school, field, "sup." + school, credits, true,
                start, start.plusMonths(3)), host, target);
    }
}
