package vn.practicum.field.vocationaldigitaltransformation.internal;

/**
 * The LMS access the host's HR granted, as typed.
 *
 * @param platform    the LMS product, such as Moodle
 * @param url         where the LMS is, an https address
 * @param account     the student's account
 * @param role        an {@link LmsRole} name (as typed)
 * @param courseShell the course the student builds the module in
 * @param accessUntil the last day of access, {@code yyyy-MM-dd}
 */
public record LmsAccess(String platform, String url, String account, String role, String courseShell, String accessUntil) {
}
