package vn.practicum.field.greencertification.internal;

/**
 * The student's impartiality and conflict-of-interest declaration as entered: the yes/no answers are what the form
 * or client sent (normally a Boolean), so that anything else is reported rather than thrown.
 *
 * @param organisationCode   the enterprise code of the organisation declared about
 * @param employed           worked for the organisation
 * @param employmentEndedOn  when that work ended, {@code yyyy-MM-dd}
 * @param consulted          gave the organisation consultancy, its GHG inventory included
 * @param consultancyEndedOn when that consultancy ended, {@code yyyy-MM-dd}
 * @param closeRelative      a close relative is in the organisation's management or GHG function
 * @param financialInterest  holds shares, loans or another financial interest in it
 * @param commitment         commits to declare any change during the placement
 * @param declaredOn         the declaration's date, {@code yyyy-MM-dd}
 */
public record ImpartialityDeclaration(String organisationCode, Object employed, String employmentEndedOn, Object consulted,
                                      String consultancyEndedOn, Object closeRelative, Object financialInterest,
                                      Object commitment, String declaredOn) {
}
