package vn.practicum.field.tourism.internal;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * What users entered, read leniently: a form or a REST client may send a number as text or a code as a number,
 * and that is for the rules to report as a problem, never for the delegate to fail on.
 */
final class Inputs {

    private Inputs() {
    }

    /** The value as text: a String as it is, anything else as {@link String#valueOf}, null if unset. */
    static String text(VariableScope scope, ProcessVariable<String> variable) {
        Object value = scope.getVariable(variable.name());
        return value == null ? null : value instanceof String text ? text : String.valueOf(value);
    }

    /** The value as entered, for a number field: a Number, or whatever else was sent (checked by the rules). */
    static Object raw(VariableScope scope, ProcessVariable<? extends Number> variable) {
        return scope.getVariable(variable.name());
    }
}
