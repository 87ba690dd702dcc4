package vn.practicum.engine.field;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Stage;

/** The fields on the classpath, by key. Built from every {@link FieldPlugin} bean. */
public class FieldRegistry {

    private final Map<String, FieldPlugin> byKey = new LinkedHashMap<>();

    public FieldRegistry(Collection<FieldPlugin> plugins) {
        plugins.stream().sorted(Comparator.comparing(FieldPlugin::key)).forEach(plugin -> {
            FieldPlugin previous = byKey.putIfAbsent(plugin.key(), plugin);
            if (previous != null) {
                throw new IllegalStateException("Two field plugins share the key '" + plugin.key() + "': "
                        + previous.getClass().getName() + " and " + plugin.getClass().getName());
            }
        });
    }

    public List<FieldPlugin> fields() {
        return List.copyOf(byKey.values());
    }

    public Optional<FieldPlugin> find(String fieldKey) {
        return Optional.ofNullable(fieldKey).map(byKey::get);
    }

    public boolean isKnown(String fieldKey) {
        return find(fieldKey).isPresent();
    }

    /** The field's rubric, or the generic one for a field without a plugin. */
    public Rubric rubricFor(String fieldKey) {
        return find(fieldKey).map(FieldPlugin::rubric).orElse(GenericField.RUBRIC);
    }

    /** Whether the field supplies its own fragment for this stage. */
    public boolean customises(String fieldKey, Stage stage) {
        return find(fieldKey).map(plugin -> plugin.customisedStages().contains(stage)).orElse(false);
    }
}
