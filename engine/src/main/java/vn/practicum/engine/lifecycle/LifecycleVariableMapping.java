package vn.practicum.engine.lifecycle;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.spi.FieldPlugin;

/**
 * What a stage process or a field's fragment gets from its caller and gives back, for every call activity of the
 * lifecycle ({@code camunda:variableMappingDelegateExpression="${lifecycleVariables}"}):
 * <ul>
 *   <li>in: the student's context ({@link PracticumVariables#CONTEXT}: who, where, when, host and mentor, schedule)
 *       and the variables the student's field carries from one of its fragments to a later one
 *       ({@link FieldPlugin#carriedVariables()});</li>
 *   <li>out: every variable the called instance created or changed; a value it left as it was is not written back.</li>
 * </ul>
 * The caller thus ends with everything its stages produced (as with {@code variables="all"} both ways), while a
 * called instance no longer starts with a copy of every variable of the student's earlier stages: each copy was a
 * runtime row and a history row, written, then deleted, then updated again on the way back.
 */
public class LifecycleVariableMapping implements DelegateVariableMapping {

    public static final String BEAN_NAME = "lifecycleVariables";

    private final FieldRegistry fields;

    public LifecycleVariableMapping(FieldRegistry fields) {
        this.fields = fields;
    }

    @Override
    public void mapInputVariables(DelegateExecution caller, VariableMap called) {
        for (ProcessVariable<?> variable : PracticumVariables.CONTEXT) {
            copy(caller, variable.name(), called);
        }
        String fieldKey = PracticumVariables.FIELD_KEY.from(caller);
        Collection<String> carried = fieldKey == null ? List.of()
                : fields.find(fieldKey).map(FieldPlugin::carriedVariables).map(names -> (Collection<String>) names).orElse(List.of());
        for (String name : carried) {
            copy(caller, name, called);
        }
    }

    @Override
    public void mapOutputVariables(DelegateExecution caller, VariableScope called) {
        for (String name : called.getVariableNames()) {
            TypedValue after = called.getVariableTyped(name);
            TypedValue before = caller.getVariableTyped(name);
            if (before == null || !Objects.equals(before.getType(), after.getType())
                    || !Objects.equals(before.getValue(), after.getValue())) {
                caller.setVariable(name, after);
            }
        }
    }

    private static void copy(DelegateExecution from, String name, VariableMap to) {
        TypedValue value = from.getVariableTyped(name);
        if (value != null) {
            to.putValueTyped(name, value);
        }
    }
}
