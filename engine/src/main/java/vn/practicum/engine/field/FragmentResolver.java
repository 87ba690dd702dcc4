package vn.practicum.engine.field;

import java.util.Locale;
import java.util.function.Predicate;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.spi.Stage;

/**
 * Chooses the process a stage calls for a student's field: the field's own fragment
 * ({@code information-technology-placement}) when its plugin is present and customises the stage,
 * else the generic fragment ({@code generic-placement}). A field switched off by configuration keeps
 * calling its fragments deployed before, so its students finish the way they started.
 *
 * <p>Used from BPMN as {@code calledElement="${fieldFragments.processKey(fieldKey, 'placement')}"}.
 */
public class FragmentResolver {

    public static final String BEAN_NAME = "fieldFragments";

    private final FieldRegistry fields;
    private final Predicate<String> isDeployed;

    public FragmentResolver(FieldRegistry fields) {
        this(fields, processKey -> false);
    }

    /** @param isDeployed whether a process with this key is deployed */
    public FragmentResolver(FieldRegistry fields, Predicate<String> isDeployed) {
        this.fields = fields;
        this.isDeployed = isDeployed;
    }

    public String processKey(String fieldKey, String stageName) {
        Stage stage = Stage.valueOf(stageName.toUpperCase(Locale.ROOT));
        if (stage.isFinal()) {
            throw new IllegalArgumentException("No fragment for the final stage " + stage);
        }
        if (fields.customises(fieldKey, stage)) {
            return ProcessKeys.fragment(fieldKey, stage);
        }
        if (fields.isDisabled(fieldKey) && fields.find(fieldKey).isPresent()
                && isDeployed.test(ProcessKeys.fragment(fieldKey, stage))) {
            return ProcessKeys.fragment(fieldKey, stage);
        }
        return ProcessKeys.fragment(ProcessKeys.GENERIC_FIELD, stage);
    }
}
