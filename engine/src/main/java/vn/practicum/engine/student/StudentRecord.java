package vn.practicum.engine.student;

import java.time.Instant;

/**
 * A student in the register. Holds personal data: show it only to the student's school and the programme office.
 *
 * @param studentId         {@code <schoolCode>-<studentCode>}, the user id and the business key of the lifecycle
 * @param schoolCode        the school
 * @param studentCode       the school's own code for the student
 * @param fullName          the name, Unicode NFC
 * @param email             the e-mail address
 * @param placementPriority whether the school marks the student as priority for placement rounds
 * @param createdAt         when the student was registered
 * @param nationalId        the national id number (CCCD, 12 digits, or CMND, 9 digits), or null when not collected
 */
public record StudentRecord(String studentId, String schoolCode, String studentCode, String fullName, String email,
                            boolean placementPriority, Instant createdAt, String nationalId) {

    /** A student without a national id number. */
    public StudentRecord(String studentId, String schoolCode, String studentCode, String fullName, String email,
                         boolean placementPriority, Instant createdAt) {
        this(studentId, schoolCode, studentCode, fullName, email, placementPriority, createdAt, null);
    }

    /** The student id of a school's student code: {@code hust} and {@code 20210001} make {@code hust-20210001}. */
    public static String studentId(String schoolCode, String studentCode) {
        return schoolCode + "-" + studentCode;
    }
}
