package vn.practicum.field.greencertification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.greencertification.internal.GhgInventoryCheckDelegate;
import vn.practicum.field.greencertification.internal.GhgTrainingCheckDelegate;
import vn.practicum.field.greencertification.internal.ImpartialityCheckDelegate;

class GreenCertificationAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GreenCertificationAutoConfiguration.class));

    @Test
    void registersTheFieldPlugin_andTheDelegatesUnderTheNamesTheBpmnUses() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class).key()).isEqualTo(GreenCertificationField.KEY);
            assertThat(context.getBean("greenImpartialityCheck")).isInstanceOf(ImpartialityCheckDelegate.class);
            assertThat(context.getBean("greenGhgTrainingCheck")).isInstanceOf(GhgTrainingCheckDelegate.class);
            assertThat(context.getBean("greenGhgInventoryCheck")).isInstanceOf(GhgInventoryCheckDelegate.class);

            // what the engine's auto-configuration does with the FieldPlugin beans
            FieldRegistry registry = new FieldRegistry(List.copyOf(context.getBeansOfType(FieldPlugin.class).values()));
            assertThat(registry.isKnown("green-certification")).isTrue();
        });
    }

    @Test
    void isListedForSpringBootsAutoConfiguration() throws Exception {
        try (var imports = getClass().getClassLoader().getResourceAsStream(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(imports).isNotNull();
            assertThat(new String(imports.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines())
                    .contains(GreenCertificationAutoConfiguration.class.getName());
        }
    }

    @Test
    void aDelegateTheApplicationDeclaresUnderTheSameName_replacesOurs() {
        JavaDelegate own = execution -> { };
        runner.withBean(ImpartialityCheckDelegate.BEAN_NAME, JavaDelegate.class, () -> own).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ImpartialityCheckDelegate.BEAN_NAME)).isSameAs(own);
            assertThat(context).hasSingleBean(GhgTrainingCheckDelegate.class).hasSingleBean(GhgInventoryCheckDelegate.class);
        });
    }

    @Test
    void aFieldPluginBeanTheApplicationDeclares_replacesOurs() {
        GreenCertificationField own = new GreenCertificationField();
        runner.withBean(GreenCertificationField.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class)).isSameAs(own);
        });
    }
}
