package vn.practicum.engine.rules;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Reads what users entered without trusting its type: a form sends a date as a String {@code yyyy-MM-dd} and a
 * number as a Number, but the REST API can send anything. Whatever arrives becomes something the rules can judge
 * and word as a problem for the user, never a type error and an incident.
 *
 * <p>The static methods read one value leniently. An instance ({@code new Inputs(scope)}) reads typed values and
 * collects a problem for each value of the wrong type, which then reads as absent.
 */
public final class Inputs {

    private final VariableScope scope;
    private final List<LocalizedText> problems = new ArrayList<>();

    /** A reader of typed values that collects the values of the wrong type as problems. */
    public Inputs(VariableScope scope) {
        this.scope = scope;
    }

    /** The typed value, or null if it is unset or of the wrong type (a problem then). */
    public <T> T read(ProcessVariable<T> variable) {
        try {
            return variable.from(scope);
        } catch (IllegalStateException e) {
            problems.add(LocalizedText.of(
                    "Giá trị của '" + variable.name() + "' không đúng kiểu (cần " + variable.type().getSimpleName() + ")",
                    "The value of '" + variable.name() + "' has the wrong type (" + variable.type().getSimpleName() + " expected)"));
            return null;
        }
    }

    /** Values of the wrong type met so far. */
    public List<LocalizedText> problems() {
        return List.copyOf(problems);
    }

    // ---------------------------------------------------------------- one value, leniently

    /** The value as text: a String as it is, anything else as {@link String#valueOf}, null if unset. */
    public static String text(VariableScope scope, ProcessVariable<String> variable) {
        Object value = scope.getVariable(variable.name());
        return value == null ? null : value instanceof String text ? text : String.valueOf(value);
    }

    /** Text as typed; an engine date becomes its Vietnamese day {@code yyyy-MM-dd}; other values their text. */
    public static String textOrDay(VariableScope scope, ProcessVariable<String> variable) {
        Object value = scope.getVariable(variable.name());
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Date date) {
            return CalendarDays.vietnameseDay(date).toString();
        }
        return value.toString();
    }

    /** The value as entered, whatever was sent, for the rules to check (a number or yes/no field sent as text, ...). */
    public static Object raw(VariableScope scope, ProcessVariable<?> variable) {
        return scope.getVariable(variable.name());
    }

    /** A number as typed; a text that is no number becomes NaN, which the rules refuse as not a number. */
    public static Number number(VariableScope scope, ProcessVariable<Number> variable) {
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
    public static boolean ticked(VariableScope scope, ProcessVariable<Boolean> variable) {
        Object value = scope.getVariable(variable.name());
        return Boolean.TRUE.equals(value) || (value instanceof String text && Boolean.parseBoolean(text.strip()));
    }

    /** A yes/no answer: a Boolean, or the text "true" / "false"; empty for anything else. */
    public static Optional<Boolean> yesOrNo(Object value) {
        if (value instanceof Boolean answer) {
            return Optional.of(answer);
        }
        if (value instanceof String text && (text.strip().equalsIgnoreCase("true") || text.strip().equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.valueOf(text.strip()));
        }
        return Optional.empty();
    }

    /** True for an absolute {@code https} address with a host, such as {@code https://bi.example.vn/d/42}. */
    public static boolean isHttpsAddress(String text) {
        if (text == null) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            return uri.getScheme() != null && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
