package vn.practicum.webapp.enrolment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of an enrolment file, in any order, named in the header row as below (letter case, spaces,
 * {@code _} and {@code -} do not matter: {@code student_code} and {@code Student Code} are {@code studentCode}).
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>studentCode</td><td>yes</td><td>the school's code for the student: letters without diacritics, digits,
 *       {@code . _ -}; unique in the file; the student id becomes {@code <schoolCode>-<studentCode>}</td></tr>
 *   <tr><td>fullName</td><td>yes</td><td>the name, with diacritics, at most 200 characters</td></tr>
 *   <tr><td>email</td><td>yes</td><td>an e-mail address</td></tr>
 *   <tr><td>fieldKey</td><td>yes</td><td>a field offered to new students, such as {@code information-technology}</td></tr>
 *   <tr><td>creditsEarned</td><td>yes</td><td>a whole number from 0 to 400</td></tr>
 *   <tr><td>prerequisitesPassed</td><td>yes</td><td>{@code true}/{@code false} ({@code có}/{@code không},
 *       {@code yes}/{@code no}, {@code 1}/{@code 0})</td></tr>
 *   <tr><td>placementStart</td><td>yes</td><td>a date, {@code dd/MM/yyyy} or {@code yyyy-MM-dd}</td></tr>
 *   <tr><td>placementEnd</td><td>yes</td><td>a date after placementStart</td></tr>
 *   <tr><td>supervisorId</td><td>yes</td><td>the user id of the school's supervising lecturer</td></tr>
 *   <tr><td>priority</td><td>no</td><td>whether the school gives the student priority in placement rounds; empty
 *       is {@code false}</td></tr>
 *   <tr><td>nationalId</td><td>no</td><td>the national id number: 12 digits (CCCD) or 9 (CMND); kept in the student
 *       register only, never in a process</td></tr>
 * </table>
 */
enum EnrolmentColumn {
    STUDENT_CODE("studentCode", true),
    FULL_NAME("fullName", true),
    EMAIL("email", true),
    FIELD_KEY("fieldKey", true),
    CREDITS_EARNED("creditsEarned", true),
    PREREQUISITES_PASSED("prerequisitesPassed", true),
    PLACEMENT_START("placementStart", true),
    PLACEMENT_END("placementEnd", true),
    SUPERVISOR_ID("supervisorId", true),
    PRIORITY("priority", false),
    NATIONAL_ID("nationalId", false);

    private final String header;
    private final boolean required;

    EnrolmentColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The name in the header row and in reports. */
    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    static Optional<EnrolmentColumn> ofHeader(String text) {
        String wanted = simplify(text);
        return Arrays.stream(values()).filter(column -> simplify(column.header).equals(wanted)).findFirst();
    }

    /** "studentCode, fullName, ...": for messages. */
    static String names() {
        return Arrays.stream(values()).map(EnrolmentColumn::header).collect(Collectors.joining(", "));
    }

    private static String simplify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
