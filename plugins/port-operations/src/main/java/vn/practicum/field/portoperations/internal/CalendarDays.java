package vn.practicum.field.portoperations.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.Optional;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** Calendar days and times as users type them ({@code yyyy-MM-dd}, Camunda Forms date fields; {@code HH:mm}) and as the lifecycle stores them. */
public final class CalendarDays {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private CalendarDays() {
    }

    /** The day, or empty if the text is not a real date {@code yyyy-MM-dd} (31/12/2026, 2026-02-30, ...). */
    static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The time of day, or empty if the text is not a real time {@code HH:mm} (24-hour clock). */
    static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip(), TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The calendar day in Vietnam of an engine date (the lifecycle stores days as midnight, Vietnam time). */
    public static LocalDate vietnameseDay(Date date) {
        return date.toInstant().atZone(PracticumVariables.VIETNAM).toLocalDate();
    }
}
