package vn.practicum.webapp.demo;

/**
 * One demo student and where the demo leaves them.
 *
 * @param id       user id and business key, such as {@code hust-001}
 * @param lastName family and middle name, Vietnamese
 * @param firstName given name
 * @param school   school code
 * @param host     host code, or null while not placed
 * @param credits  credits earned (below the field's minimum: not eligible)
 * @param target   where to stop
 */
record DemoStudent(String id, String lastName, String firstName, String school, String host, int credits,
                   DemoTarget target) {
}
