package vn.practicum.webapp.lifecycle;

/**
 * {@code POST /api/students/{studentId}/withdrawal}.
 *
 * @param withdrawnBy STUDENT, SCHOOL or HOST: who asked
 * @param reason      why, at most 1000 characters
 */
record WithdrawalRequest(String withdrawnBy, String reason) {
}
