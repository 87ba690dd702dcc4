package vn.practicum.engine.lifecycle;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type in one place, so that delegates, services and
 * tests never spell a variable name as a loose string.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public ProcessVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    /** The value, or {@code null} if the variable is not set. Numbers are widened between Integer, Long and Double. */
    public T from(VariableScope scope) {
        return cast(scope.getVariable(name));
    }

    /** The value, or a clear error naming the variable if it is missing. */
    public T require(VariableScope scope) {
        T value = from(scope);
        if (value == null) {
            throw new IllegalStateException("Process variable '" + name + "' is required but not set");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    /** Adds the value to a variable map, for starting processes and completing tasks. */
    public Map<String, Object> putIn(Map<String, Object> variables, T value) {
        variables.put(name, value);
        return variables;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (value == null || type.isInstance(value)) {
            return (T) value;
        }
        if (value instanceof Number number) {
            if (type == Double.class) {
                return (T) Double.valueOf(number.doubleValue());
            }
            if (type == Long.class) {
                return (T) Long.valueOf(number.longValue());
            }
            if (type == Integer.class) {
                return (T) Integer.valueOf(number.intValue());
            }
        }
        if (type == Boolean.class && value instanceof String text) {
            return (T) Boolean.valueOf(text);
        }
        throw new IllegalStateException("Process variable '" + name + "' should be " + type.getSimpleName()
                + " but is " + value.getClass().getSimpleName());
    }
}
