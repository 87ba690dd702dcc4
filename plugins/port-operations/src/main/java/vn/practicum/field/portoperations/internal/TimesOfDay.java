package vn.practicum.field.portoperations.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Times of day as users type them for a shift: {@code HH:mm}, 24-hour clock. (Calendar days: the engine's CalendarDays.) */
final class TimesOfDay {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private TimesOfDay() {
    }

    /** The time of day, or empty if the text is not a real time {@code HH:mm} (24-hour clock). */
    static Optional<LocalTime> parse(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip(), TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
