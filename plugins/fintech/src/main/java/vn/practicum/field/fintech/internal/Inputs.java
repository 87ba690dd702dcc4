package vn.practicum.field.fintech.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * Reads what users typed without trusting its type: a form sends a date as a String {@code yyyy-MM-dd} and a
 * number as a Number, but the REST API can send anything. Whatever arrives becomes something the rules can
 * judge and word as a problem for the user, never a type error and an incident.
 */
public final class Inputs {

    /** Dates typed by users: {@code yyyy-MM-dd}, real calendar days only. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Inputs() {
    }

    /** The calendar day in Vietnam of an engine date (the lifecycle stores days as midnight, Vietnam time). */
    public static LocalDate vietnameseDay(Date date) {
        return date.toInstant().atZone(PracticumVariables.VIETNAM).toLocalDate();
    }

    /** A typed day, or null if the text is not a real date {@code yyyy-MM-dd}. */
    static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Text as typed; an engine date becomes its Vietnamese day {@code yyyy-MM-dd}; other values their text. */
    static String text(VariableScope scope, ProcessVariable<String> variable) {
        Object value = scope.getVariable(variable.name());
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Date date) {
            return vietnameseDay(date).toString();
        }
        return value.toString();
    }

    /** A number as typed; a text that is no number becomes NaN, which the rules refuse as not a number. */
    static Number number(VariableScope scope, ProcessVariable<Number> variable) {
        Object value = scope.getVariable(variable.name());
        if (value == null || value instanceof Number) {
            return (Number) value;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A tick box: true only for true (or the text "true"); anything else is not ticked. */
    static boolean ticked(VariableScope scope, ProcessVariable<Boolean> variable) {
        Object value = scope.getVariable(variable.name());
        return Boolean.TRUE.equals(value) || (value instanceof String text && Boolean.parseBoolean(text.strip()));
    }

    /** A number as an exact decimal, or null if it is none (NaN, infinite). */
    static BigDecimal decimal(Number number) {
        if (number == null) {
            return null;
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
