package vn.practicum.webapp.enrolment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.field.ProgrammeField;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.webapp.enrolment.SpreadsheetReader.Sheet;

/**
 * Checks every row of an enrolment file against the columns of {@link EnrolmentColumn}, and names every problem:
 * row, column, value and what is wrong. A file with any problem is refused as a whole.
 */
@Component
class EnrolmentValidator {

    static final Pattern STUDENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");
    static final Pattern NATIONAL_ID = Pattern.compile("\\d{12}|\\d{9}");
    /** Practical, not RFC 5322's every corner: local part, {@code @}, a domain with a dot; no spaces. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
            + "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_CREDITS = 400;
    static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "có", true, "không", false,
            "yes", true, "no", false, "1", true, "0", false, "x", true);

    private final FieldRegistry fields;

    EnrolmentValidator(FieldRegistry fields) {
        this.fields = fields;
    }

    /**
     * @param students the valid rows; meaningful only when there are no problems
     * @param problems every problem, in row order
     */
    record Validation(List<EnrolmentRow> students, List<RowProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    Validation validate(String schoolCode, Sheet sheet) {
        List<RowProblem> problems = new ArrayList<>(sheet.problems());
        if (sheet.rows().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(RowProblem.ofFile("Tệp trống; dòng đầu là tiêu đề cột: " + EnrolmentColumn.names(),
                        "the file is empty; the first row names the columns: " + EnrolmentColumn.names()));
            }
            return new Validation(List.of(), problems);
        }
        SheetRow header = sheet.rows().get(0);
        Map<EnrolmentColumn, Integer> columns = columns(header, problems);
        if (sheet.rows().size() == 1 && problems.isEmpty()) {
            problems.add(RowProblem.ofFile("Tệp không có sinh viên nào dưới dòng tiêu đề",
                    "the file has no students below the header row"));
        }
        int maxCodeLength = 64 - schoolCode.length() - 1;
        Map<String, Integer> codes = new HashMap<>();
        Set<String> known = knownFields();
        List<EnrolmentRow> students = new ArrayList<>();
        for (SheetRow row : sheet.rows().subList(1, sheet.rows().size())) {
            new RowCheck(row, columns, header.cells().size(), maxCodeLength, known, codes, problems).check()
                    .ifPresent(students::add);
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new Validation(students, problems);
    }

    private static Map<EnrolmentColumn, Integer> columns(SheetRow header, List<RowProblem> problems) {
        Map<EnrolmentColumn, Integer> columns = new EnumMap<>(EnrolmentColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i);
            if (name.isEmpty()) {
                continue;
            }
            Optional<EnrolmentColumn> column = EnrolmentColumn.ofHeader(name);
            if (column.isEmpty()) {
                problems.add(new RowProblem(header.number(), name, name, LocalizedText.of(
                        "Cột không được hỗ trợ; các cột là: " + EnrolmentColumn.names(),
                        "unknown column; the columns are: " + EnrolmentColumn.names())));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(new RowProblem(header.number(), column.get().header(), name, LocalizedText.of(
                        "Cột xuất hiện hai lần", "the column appears twice")));
            }
        }
        for (EnrolmentColumn column : EnrolmentColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(new RowProblem(header.number(), column.header(), null, LocalizedText.of(
                        "Thiếu cột bắt buộc", "required column missing")));
            }
        }
        return columns;
    }

    /** The programme's ten fields and every plugin's, switched on or off: a field switched off is named as such. */
    private Set<String> knownFields() {
        Set<String> keys = Arrays.stream(ProgrammeField.values()).map(ProgrammeField::key).collect(Collectors.toCollection(TreeSet::new));
        fields.fields().stream().map(FieldPlugin::key).forEach(keys::add);
        return keys;
    }

    /** The checks of one row; collects its problems and gives the student if there are none. */
    private final class RowCheck {

        private final SheetRow row;
        private final Map<EnrolmentColumn, Integer> columns;
        private final int headerWidth;
        private final int maxCodeLength;
        private final Set<String> known;
        private final Map<String, Integer> codes;
        private final List<RowProblem> problems;
        private boolean ok = true;

        RowCheck(SheetRow row, Map<EnrolmentColumn, Integer> columns, int headerWidth, int maxCodeLength,
                 Set<String> known, Map<String, Integer> codes, List<RowProblem> problems) {
            this.row = row;
            this.columns = columns;
            this.headerWidth = headerWidth;
            this.maxCodeLength = maxCodeLength;
            this.known = known;
            this.codes = codes;
            this.problems = problems;
        }

        Optional<EnrolmentRow> check() {
            if (row.cells().size() > headerWidth) {
                problem(null, row.cell(headerWidth), "Có giá trị ở cột không có tiêu đề", "a value in a column without a header");
            }
            String code = studentCode();
            String name = fullName();
            String email = email();
            String field = fieldKey();
            Integer credits = credits();
            Boolean prerequisites = bool(EnrolmentColumn.PREREQUISITES_PASSED, null);
            LocalDate start = date(EnrolmentColumn.PLACEMENT_START);
            LocalDate end = date(EnrolmentColumn.PLACEMENT_END);
            if (start != null && end != null && !end.isAfter(start)) {
                problem(EnrolmentColumn.PLACEMENT_END, value(EnrolmentColumn.PLACEMENT_END),
                        "Phải sau ngày bắt đầu (placementStart)", "must be after placementStart");
            }
            String supervisor = supervisorId();
            Boolean priority = bool(EnrolmentColumn.PRIORITY, false);
            String nationalId = nationalId();
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(new EnrolmentRow(row.number(), code, name, email, field, credits, prerequisites, start, end,
                    supervisor, priority, nationalId));
        }

        private String studentCode() {
            String code = required(EnrolmentColumn.STUDENT_CODE);
            if (code == null) {
                return null;
            }
            if (code.length() > maxCodeLength || !STUDENT_CODE.matcher(code).matches()) {
                return problem(EnrolmentColumn.STUDENT_CODE, code, "Chỉ gồm chữ không dấu, số, '.', '_' hoặc '-', tối đa "
                        + maxCodeLength + " ký tự", "letters without diacritics, digits, '.', '_' or '-', at most "
                        + maxCodeLength + " characters");
            }
            Integer earlier = codes.putIfAbsent(code.toLowerCase(Locale.ROOT), row.number());
            if (earlier != null) {
                return problem(EnrolmentColumn.STUDENT_CODE, code, "Trùng mã sinh viên ở dòng " + earlier,
                        "the same student code as row " + earlier);
            }
            return code;
        }

        private String fullName() {
            String name = required(EnrolmentColumn.FULL_NAME);
            if (name == null) {
                return null;
            }
            if (name.length() > MAX_NAME) {
                return problem(EnrolmentColumn.FULL_NAME, name, "Tối đa " + MAX_NAME + " ký tự", "at most " + MAX_NAME + " characters");
            }
            if (CONTROL.matcher(name).find() || !Character.isLetter(name.codePointAt(0))) {
                return problem(EnrolmentColumn.FULL_NAME, name, "Họ tên phải bắt đầu bằng chữ cái, không có ký tự điều khiển",
                        "a name begins with a letter and holds no control characters");
            }
            return name;
        }

        private String email() {
            String email = required(EnrolmentColumn.EMAIL);
            if (email == null) {
                return null;
            }
            if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
                return problem(EnrolmentColumn.EMAIL, email, "Địa chỉ e-mail không hợp lệ", "not a valid e-mail address");
            }
            return email;
        }

        private String fieldKey() {
            String key = required(EnrolmentColumn.FIELD_KEY);
            if (key == null) {
                return null;
            }
            if (!known.contains(key)) {
                String allowed = String.join(", ", known);
                return problem(EnrolmentColumn.FIELD_KEY, key, "Không có ngành này; chọn một trong: " + allowed,
                        "unknown field; one of: " + allowed);
            }
            if (!fields.isOffered(key)) {
                return problem(EnrolmentColumn.FIELD_KEY, key, "Ngành này đã ngừng nhận sinh viên mới",
                        "the field is switched off and takes no new students");
            }
            return key;
        }

        private Integer credits() {
            String text = required(EnrolmentColumn.CREDITS_EARNED);
            if (text == null) {
                return null;
            }
            try {
                int credits = Integer.parseInt(text);
                if (credits >= 0 && credits <= MAX_CREDITS) {
                    return credits;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            return problem(EnrolmentColumn.CREDITS_EARNED, text, "Số nguyên từ 0 đến " + MAX_CREDITS,
                    "a whole number from 0 to " + MAX_CREDITS);
        }

        private Boolean bool(EnrolmentColumn column, Boolean whenEmpty) {
            String text = value(column);
            if (text.isEmpty()) {
                return whenEmpty != null ? whenEmpty : requiredMissing(column);
            }
            Boolean value = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
            if (value == null) {
                return problem(column, text, "Ghi true hoặc false (có/không, yes/no, 1/0)", "write true or false (có/không, yes/no, 1/0)");
            }
            return value;
        }

        private LocalDate date(EnrolmentColumn column) {
            String text = required(column);
            if (text == null) {
                return null;
            }
            LocalDate date = null;
            try {
                date = text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
            if (date == null || date.getYear() < 2000 || date.getYear() > 2100) {
                return problem(column, text, "Ngày dạng dd/MM/yyyy hoặc yyyy-MM-dd, từ năm 2000 đến 2100",
                        "a date as dd/MM/yyyy or yyyy-MM-dd, from 2000 to 2100");
            }
            return date;
        }

        /** Optional: empty is none. */
        private String nationalId() {
            String id = value(EnrolmentColumn.NATIONAL_ID);
            if (id.isEmpty()) {
                return null;
            }
            if (!NATIONAL_ID.matcher(id).matches()) {
                return problem(EnrolmentColumn.NATIONAL_ID, id, "Số định danh cá nhân gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND)",
                        "a national id number has 12 digits (CCCD) or 9 (CMND)");
            }
            return id;
        }

        private String supervisorId() {
            String id = required(EnrolmentColumn.SUPERVISOR_ID);
            if (id == null) {
                return null;
            }
            if (!USER_ID.matcher(id).matches()) {
                return problem(EnrolmentColumn.SUPERVISOR_ID, id, "Mã người dùng: chữ không dấu, số, '.', '_' hoặc '-', tối đa 64 ký tự",
                        "a user id: letters without diacritics, digits, '.', '_' or '-', at most 64 characters");
            }
            return id;
        }

        private String value(EnrolmentColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.cell(index);
        }

        /** The value, or null (and a problem) if it is empty; null without a problem if the column is missing. */
        private String required(EnrolmentColumn column) {
            if (!columns.containsKey(column)) {
                ok = false;
                return null;
            }
            String text = value(column);
            return text.isEmpty() ? requiredMissing(column) : text;
        }

        private <T> T requiredMissing(EnrolmentColumn column) {
            if (!columns.containsKey(column)) {
                ok = false;
                return null;
            }
            return problem(column, null, "Bắt buộc", "required");
        }

        private <T> T problem(EnrolmentColumn column, String value, String vi, String en) {
            ok = false;
            problems.add(new RowProblem(row.number(), column == null ? null : column.header(), value, LocalizedText.of(vi, en)));
            return null;
        }
    }
}
