package vn.practicum.engine.field;

import java.util.Locale;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.spi.Stage;

/**
 * Chooses the process a stage calls for a student's field: the field's own fragment
 * ({@code information-technology-placement}) when its plugin is present and customises the stage,
 * else the generic fragment ({@code generic-placement}).
 *
 * <p>Used from BPMN as {@code calledElement="${fieldFragments.processKey(fieldKey, 'placement')}"}.
 */
public class FragmentResolver {

    public static final String BEAN_NAME = "fieldFragments";

    private final FieldRegistry fields;

    public FragmentResolver(FieldRegistry fields) {
        this.fields = fields;
    }

    public String processKey(String fieldKey, String stageName) {
        Stage stage = Stage.valueOf(stageName.toUpperCase(Locale.ROOT));
        if (stage.isFinal()) {
            throw new IllegalArgumentException("No fragment for the final stage " + stage);
        }
        String owner = fields.customises(fieldKey, stage) ? fieldKey : ProcessKeys.GENERIC_FIELD;
        return ProcessKeys.fragment(owner, stage);
    }
}
