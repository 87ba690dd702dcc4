package vn.practicum.engine.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.engine.spi.RequiredDocument;
import vn.practicum.engine.spi.ResourceBundle;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.spi.Stage;

class FragmentResolverTest {

    static FieldPlugin field(String key, Set<Stage> stages) {
        return new FieldPlugin() {
            public String key() { return key; }
            public LocalizedText name() { return LocalizedText.of(key, key); }
            public List<RequiredDocument> requiredDocuments() { return List.of(); }
            public List<LocalizedText> competencies() { return List.of(); }
            public Rubric rubric() {
                return new Rubric(List.of(new Rubric.Criterion("overall", LocalizedText.of("Chung", "Overall"), BigDecimal.ONE)));
            }
            public Set<Stage> customisedStages() { return stages; }
            public ResourceBundle bundle() { return ResourceBundle.folder("practicum-field-" + key, "practicum/fields/" + key); }
        };
    }

    @Test
    void calls_the_fields_fragment_for_a_stage_it_customises_and_the_generic_one_otherwise() {
        FragmentResolver resolver = new FragmentResolver(new FieldRegistry(List.of(field("tourism", Set.of(Stage.PLACEMENT)))));

        assertThat(resolver.processKey("tourism", "placement")).isEqualTo("tourism-placement");
        assertThat(resolver.processKey("tourism", "mentoring")).isEqualTo("generic-mentoring");
        assertThat(resolver.processKey("fintech", "placement")).isEqualTo("generic-placement");
    }

    @Test
    void a_field_without_a_plugin_uses_the_generic_rubric() {
        FieldRegistry registry = new FieldRegistry(List.of(field("tourism", Set.of())));

        assertThat(registry.rubricFor("fintech")).isSameAs(GenericField.RUBRIC);
        assertThat(registry.rubricFor("tourism").criteria()).extracting(Rubric.Criterion::key).containsExactly("overall");
    }

    @Test
    void refuses_two_plugins_with_one_key_and_a_fragment_for_a_final_stage() {
        assertThatThrownBy(() -> new FieldRegistry(List.of(field("tourism", Set.of()), field("tourism", Set.of()))))
                .hasMessageContaining("Two field plugins share the key 'tourism'");
        FragmentResolver resolver = new FragmentResolver(new FieldRegistry(List.of()));
        assertThatThrownBy(() -> resolver.processKey("tourism", "completed")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rubric_must_add_up_to_one() {
        assertThatThrownBy(() -> new Rubric(List.of(
                new Rubric.Criterion("a", LocalizedText.of("a", "a"), new BigDecimal("0.5")),
                new Rubric.Criterion("b", LocalizedText.of("b", "b"), new BigDecimal("0.4")))))
                .hasMessageContaining("must add up to 1");
    }

    @Test
    void a_field_switched_off_is_not_deployed_nor_offered_but_its_students_finish_on_its_deployed_fragments() {
        FieldRegistry registry = new FieldRegistry(
                List.of(field("tourism", Set.of(Stage.PLACEMENT, Stage.MENTORING)), field("fintech", Set.of(Stage.PLACEMENT))),
                Set.of("tourism"));
        FragmentResolver resolver = new FragmentResolver(registry, "tourism-placement"::equals);

        assertThat(registry.fields()).extracting(FieldPlugin::key).containsExactly("fintech");
        assertThat(registry.isOffered("tourism")).isFalse();
        assertThat(registry.isOffered("fintech")).isTrue();
        assertThat(registry.isOffered("e-commerce")).as("a programme field without plugin").isTrue();
        assertThat(registry.isOffered("astrology")).isFalse();
        assertThat(resolver.processKey("tourism", "placement")).isEqualTo("tourism-placement");
        assertThat(resolver.processKey("tourism", "mentoring")).as("never deployed").isEqualTo("generic-mentoring");
        assertThat(registry.rubricFor("tourism").criteria()).extracting(Rubric.Criterion::key).containsExactly("overall");
    }
}
