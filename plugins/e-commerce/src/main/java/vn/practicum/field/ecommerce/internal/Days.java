package vn.practicum.field.ecommerce.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.Optional;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** Calendar days as the programme means them: days in Vietnam, typed as {@code yyyy-MM-dd}. */
public final class Days {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Days() {
    }

    /** The calendar day in Vietnam of an engine date (the lifecycle stores days as midnight, Vietnam time). */
    public static LocalDate vietnameseDay(Date date) {
        return date.toInstant().atZone(PracticumVariables.VIETNAM).toLocalDate();
    }

    /** The day a user typed, or empty if it is not a real date in the format {@code yyyy-MM-dd}. */
    static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
