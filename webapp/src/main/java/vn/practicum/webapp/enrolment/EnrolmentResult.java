package vn.practicum.webapp.enrolment;

import java.util.List;

/**
 * The answer to an accepted enrolment file.
 *
 * @param schoolCode the school
 * @param students   students in the file
 * @param started    lifecycles started now
 * @param skipped    students skipped because they are enrolled already (importing a file again starts nobody twice)
 * @param results    each student's row, id and what happened, in file order
 */
record EnrolmentResult(String schoolCode, int students, int started, int skipped, List<StudentResult> results) {

    /**
     * @param result STARTED or SKIPPED
     * @param reason why skipped, Vietnamese / English; null when started
     */
    record StudentResult(int row, String studentId, String result, String reason) {
    }
}
