package vn.practicum.engine.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.LocalizedText;

/** Calendar days as users type them ({@code yyyy-MM-dd}, Camunda Forms date fields) and as the lifecycle stores them. */
public final class CalendarDays {

    /** Dates typed by users: {@code yyyy-MM-dd}, real calendar days only. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private CalendarDays() {
    }

    /** The calendar day in Vietnam of an engine date (the lifecycle stores days as midnight, Vietnam time). */
    public static LocalDate vietnameseDay(Date date) {
        return date.toInstant().atZone(PracticumVariables.VIETNAM).toLocalDate();
    }

    /** The day, or empty if the text is none or not a real date {@code yyyy-MM-dd} (31/12/2026, 2026-02-30, ...). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A day the user typed, or null after adding the problem if it is missing or not a real date {@code yyyy-MM-dd}.
     * The problem reads "label: thiếu {nameVi}" / "label: {nameEn} is missing", or
     * "label: {nameVi} '…' không phải ngày hợp lệ theo định dạng yyyy-MM-dd" /
     * "label: {nameEn} '…' is not a valid date in the format yyyy-MM-dd".
     *
     * @param nameVi what the day is, in Vietnamese ("ngày hết hiệu lực")
     * @param nameEn what the day is, in English ("the valid-until date")
     */
    public static LocalDate required(LocalizedText label, String text, String nameVi, String nameEn, List<LocalizedText> problems) {
        if (Problems.isBlank(text)) {
            problems.add(Problems.about(label, "thiếu " + nameVi, nameEn + " is missing"));
            return null;
        }
        LocalDate day = parse(text).orElse(null);
        if (day == null) {
            problems.add(Problems.about(label,
                    nameVi + " " + Problems.echo(text) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                    nameEn + " " + Problems.echo(text) + " is not a valid date in the format yyyy-MM-dd"));
        }
        return day;
    }
}
