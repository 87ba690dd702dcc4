package vn.practicum.field.digitaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.digitaldata.internal.ArchiveAccessCheckDelegate;
import vn.practicum.field.digitaldata.internal.DigitisationBatchCheckDelegate;
import vn.practicum.field.digitaldata.internal.MetadataQaDelegate;
import vn.practicum.field.digitaldata.internal.TrainingRecordCheckDelegate;

class DigitalDataAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DigitalDataAutoConfiguration.class));

    @Test
    void registersTheFieldPlugin_andTheDelegatesUnderTheNamesTheBpmnUses() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class).key()).isEqualTo(DigitalDataField.KEY);
            assertThat(context.getBean("digitalDataTrainingCheck")).isInstanceOf(TrainingRecordCheckDelegate.class);
            assertThat(context.getBean("digitalDataArchiveAccessCheck")).isInstanceOf(ArchiveAccessCheckDelegate.class);
            assertThat(context.getBean("digitalDataBatchCheck")).isInstanceOf(DigitisationBatchCheckDelegate.class);
            assertThat(context.getBean("digitalDataMetadataQaCheck")).isInstanceOf(MetadataQaDelegate.class);

            // what the engine's auto-configuration does with the FieldPlugin beans
            FieldRegistry registry = new FieldRegistry(List.copyOf(context.getBeansOfType(FieldPlugin.class).values()));
            assertThat(registry.isKnown("digital-data")).isTrue();
        });
    }

    @Test
    void isListedForSpringBootsAutoConfiguration() throws Exception {
        try (var imports = getClass().getClassLoader().getResourceAsStream(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(imports).isNotNull();
            assertThat(new String(imports.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(DigitalDataAutoConfiguration.class.getName());
        }
    }

    @Test
    void aDelegateTheApplicationDeclaresUnderTheSameName_replacesOurs() {
        JavaDelegate own = execution -> { };
        runner.withBean(ArchiveAccessCheckDelegate.BEAN_NAME, JavaDelegate.class, () -> own).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ArchiveAccessCheckDelegate.BEAN_NAME)).isSameAs(own);
            assertThat(context).hasSingleBean(TrainingRecordCheckDelegate.class);
            assertThat(context).hasSingleBean(DigitisationBatchCheckDelegate.class);
            assertThat(context).hasSingleBean(MetadataQaDelegate.class);
        });
    }

    @Test
    void aFieldPluginBeanTheApplicationDeclares_replacesOurs() {
        DigitalDataField own = new DigitalDataField();
        runner.withBean(DigitalDataField.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class)).isSameAs(own);
        });
    }
}
