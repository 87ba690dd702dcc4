package vn.practicum.webapp.fields;

import java.math.BigDecimal;
import java.util.List;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Stage;

/**
 * A field offered to new students, as the API shows it.
 *
 * @param plugin            whether a plugin supplies the field's own steps (else the generic fragments run)
 * @param customisedStages  the stages with the field's own fragment
 */
record FieldView(String key, LocalizedText name, boolean plugin, List<Stage> customisedStages,
                 List<Document> requiredDocuments, List<Criterion> rubric) {

    record Document(String type, LocalizedText name, String basis) {
    }

    record Criterion(String key, LocalizedText name, BigDecimal weight) {
    }

    static FieldView of(FieldPlugin plugin) {
        return new FieldView(plugin.key(), plugin.name(), true,
                plugin.customisedStages().stream().sorted().toList(),
                plugin.requiredDocuments().stream().map(d -> new Document(d.type(), d.name(), d.basis())).toList(),
                criteria(plugin.rubric()));
    }

    static FieldView withoutPlugin(String key, LocalizedText name, Rubric genericRubric) {
        return new FieldView(key, name, false, List.of(), List.of(), criteria(genericRubric));
    }

    private static List<Criterion> criteria(Rubric rubric) {
        return rubric.criteria().stream().map(c -> new Criterion(c.key(), c.name(), c.weight())).toList();
    }
}
