package vn.practicum.webapp.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.student.StudentRecord;

/** A valid row of an enrolment file: one student. */
record EnrolmentRow(int row, String studentCode, String fullName, String email, String fieldKey, int creditsEarned,
                    boolean prerequisitesPassed, LocalDate placementStart, LocalDate placementEnd, String supervisorId,
                    boolean priority, String nationalId) {

    String studentId(String schoolCode) {
        return StudentRecord.studentId(schoolCode, studentCode);
    }

    /** What starts the lifecycle: references and academic facts only, no name, no e-mail. */
    PracticumStart start(String schoolCode) {
        return new PracticumStart(studentId(schoolCode), schoolCode, fieldKey, supervisorId, creditsEarned,
                prerequisitesPassed, placementStart, placementEnd);
    }

    /** What goes to the student register: the personal data. */
    StudentRecord record(String schoolCode, Instant now) {
        return new StudentRecord(studentId(schoolCode), schoolCode, studentCode, fullName, email, priority, now, nationalId);
    }
}
