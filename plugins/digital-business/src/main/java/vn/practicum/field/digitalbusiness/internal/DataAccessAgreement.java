package vn.practicum.field.digitalbusiness.internal;

/**
 * The data-access agreement the host's HR recorded, as typed.
 *
 * @param number               the agreement's number
 * @param purpose              what the student may use the data for
 * @param datasets             which data sets, systems or reports
 * @param level                an {@link AccessLevel} name (as typed)
 * @param personalDataIncluded whether the data includes personal data
 * @param safeguards           how personal data is protected
 * @param accessUntil          the last day of access, {@code yyyy-MM-dd}
 */
public record DataAccessAgreement(String number, String purpose, String datasets, String level,
                                  boolean personalDataIncluded, String safeguards, String accessUntil) {
}
