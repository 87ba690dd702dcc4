package vn.practicum.field.fieldtemplate.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What makes a field document acceptable before a placement starts:
 * <ul>
 *   <li>it is of a kind the field accepts ({@link DocumentKind});</li>
 *   <li>its number is present and looks like a document number: 3 to 40 letters, digits, {@code / - .},
 *       starting with a letter or digit and holding at least one digit ({@code 125/2025/CCHN});</li>
 *   <li>it names its issuer: a document nobody issued proves nothing;</li>
 *   <li>its valid-until date is a real date {@code yyyy-MM-dd} and not before the day it must be valid on
 *       (the placement's first day): valid until that very day is enough.</li>
 * </ul>
 * Every problem is reported, so the student fixes everything in one go. A plain service: no engine, no Spring.
 */
// FIELD AUTHOR: put your field's real rules here (FIELDS.md, with their basis), one problem per broken rule,
// worded in Vietnamese and English; unit-test each boundary in FieldDocumentRulesTest.
public class FieldDocumentRules {

    /** The form's pattern for documentNumber is the same expression (a test keeps them equal). */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?=.*\\d)[\\p{Alnum}][\\p{Alnum}./-]{2,39}");
    static final int MAX_ISSUER_LENGTH = 200;

    private static final LocalizedText LABEL = LocalizedText.of("Giấy tờ chuyên ngành", "Field document");

    /**
     * The problems of the document, in order; empty when it is acceptable.
     *
     * @param validOn the day the document must still be valid on, usually the placement's first day
     */
    public List<LocalizedText> problems(FieldDocument document, LocalDate validOn) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(validOn, "validOn");
        List<LocalizedText> problems = new ArrayList<>();

        String kind = document.kind();
        if (Problems.isBlank(kind)) {
            problems.add(problem("thiếu loại giấy tờ", "the kind of document is missing"));
        } else if (DocumentKind.ofValue(kind).isEmpty()) {
            problems.add(problem("loại giấy tờ " + Problems.echo(kind) + " không được ngành chấp nhận",
                    "the kind of document " + Problems.echo(kind) + " is not one the field accepts"));
        }

        String number = document.number();
        if (Problems.isBlank(number)) {
            problems.add(problem("thiếu số giấy tờ", "the document number is missing"));
        } else if (!DOCUMENT_NUMBER.matcher(number.strip()).matches()) {
            problems.add(problem(
                    "số giấy tờ " + Problems.echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the document number " + Problems.echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }

        String issuer = document.issuer();
        if (Problems.isBlank(issuer)) {
            problems.add(problem("thiếu đơn vị cấp", "the issuer is missing"));
        } else if (issuer.strip().length() > MAX_ISSUER_LENGTH) {
            problems.add(problem("tên đơn vị cấp dài quá " + MAX_ISSUER_LENGTH + " ký tự",
                    "the issuer is longer than " + MAX_ISSUER_LENGTH + " characters"));
        }

        LocalDate lastDay = CalendarDays.required(LABEL, document.validUntil(), "ngày hết hiệu lực", "the valid-until date",
                problems);
        if (lastDay != null && lastDay.isBefore(validOn)) {
            problems.add(problem(
                    "giấy tờ đã hết hạn ngày " + lastDay + ", trước ngày bắt đầu thực tập " + validOn,
                    "the document expired on " + lastDay + ", before the placement starts on " + validOn));
        }
        return problems;
    }

    /** The calendar day in Vietnam of an engine date (the lifecycle stores days as midnight, Vietnam time). */
    public static LocalDate vietnameseDay(Date date) {
        return CalendarDays.vietnameseDay(date);
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
