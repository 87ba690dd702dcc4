package vn.practicum.field.digitalbusiness.internal;

/**
 * The process map the student delivered, as typed.
 *
 * @param name         the business process mapped, such as "order to cash"
 * @param link         where the host finds the map, an https address
 * @param notation     a {@link MapNotation} name (as typed)
 * @param stepCount    how many steps the as-is process has (null if not given)
 * @param painPoints   the as-is process's pain points, with where they occur
 * @param improvements the proposed to-be changes
 */
public record ProcessMap(String name, String link, String notation, Number stepCount, String painPoints,
                         String improvements) {
}
