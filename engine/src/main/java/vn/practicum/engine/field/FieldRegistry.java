package vn.practicum.engine.field;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Stage;

/**
 * The fields on the classpath, by key, built from every {@link FieldPlugin} bean, less those switched
 * off by configuration ({@code practicum.fields.disabled}). A field switched off is neither deployed
 * nor offered to new students; students already in it finish on the version deployed before.
 */
public class FieldRegistry {

    private final Map<String, FieldPlugin> byKey = new LinkedHashMap<>();
    private final Set<String> disabled;

    public FieldRegistry(Collection<FieldPlugin> plugins) {
        this(plugins, Set.of());
    }

    public FieldRegistry(Collection<FieldPlugin> plugins, Set<String> disabled) {
        this.disabled = Set.copyOf(disabled);
        plugins.stream().sorted(Comparator.comparing(FieldPlugin::key)).forEach(plugin -> {
            FieldPlugin previous = byKey.putIfAbsent(plugin.key(), plugin);
            if (previous != null) {
                throw new IllegalStateException("Two field plugins share the key '" + plugin.key() + "': "
                        + previous.getClass().getName() + " and " + plugin.getClass().getName());
            }
        });
    }

    /** The plugins of the fields switched on: deployed at start-up and offered. */
    public List<FieldPlugin> fields() {
        return byKey.values().stream().filter(plugin -> !disabled.contains(plugin.key())).toList();
    }

    /** The field's plugin, switched on or off (a running student of a field switched off still needs its rubric). */
    public Optional<FieldPlugin> find(String fieldKey) {
        return Optional.ofNullable(fieldKey).map(byKey::get);
    }

    /** Whether new students may start in this field: one of the programme's fields or a plugin's, and not switched off. */
    public boolean isOffered(String fieldKey) {
        return fieldKey != null && !disabled.contains(fieldKey)
                && (byKey.containsKey(fieldKey) || ProgrammeField.ofKey(fieldKey).isPresent());
    }

    /** Whether a plugin for this field is on the classpath, switched on or off. */
    public boolean isKnown(String fieldKey) {
        return find(fieldKey).isPresent();
    }

    public boolean isDisabled(String fieldKey) {
        return disabled.contains(fieldKey);
    }

    /** The field's rubric, or the generic one for a field without a plugin. */
    public Rubric rubricFor(String fieldKey) {
        return find(fieldKey).map(FieldPlugin::rubric).orElse(GenericField.RUBRIC);
    }

    /** Whether the field, switched on, supplies its own fragment for this stage. */
    public boolean customises(String fieldKey, Stage stage) {
        return !disabled.contains(fieldKey)
                && find(fieldKey).map(plugin -> plugin.customisedStages().contains(stage)).orElse(false);
    }
}
