package vn.practicum.field.digitaldata.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Reads what users entered without failing on a value of the wrong type (a task completed through the REST API
 * rather than its form): such a value reads as absent and is a problem of its own, so the user is asked again
 * instead of the process stopping with an incident.
 */
final class Inputs {

    private final VariableScope scope;
    private final List<LocalizedText> problems = new ArrayList<>();

    Inputs(VariableScope scope) {
        this.scope = scope;
    }

    <T> T read(ProcessVariable<T> variable) {
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
    List<LocalizedText> problems() {
        return List.copyOf(problems);
    }
}
