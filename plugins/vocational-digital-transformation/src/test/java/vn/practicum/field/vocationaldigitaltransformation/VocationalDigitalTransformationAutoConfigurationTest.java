package vn.practicum.field.vocationaldigitaltransformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.vocationaldigitaltransformation.internal.LmsAccessCheckDelegate;
import vn.practicum.field.vocationaldigitaltransformation.internal.PilotAnalyticsCheckDelegate;

class VocationalDigitalTransformationAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(VocationalDigitalTransformationAutoConfiguration.class));

    @Test
    void registersTheFieldPlugin_andTheDelegatesUnderTheNamesTheBpmnUses() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class).key()).isEqualTo(VocationalDigitalTransformationField.KEY);
            assertThat(context.getBean("vocationalLmsAccessCheck")).isInstanceOf(LmsAccessCheckDelegate.class);
            assertThat(context.getBean("vocationalPilotAnalyticsCheck")).isInstanceOf(PilotAnalyticsCheckDelegate.class);

            // what the engine's auto-configuration does with the FieldPlugin beans
            FieldRegistry registry = new FieldRegistry(List.copyOf(context.getBeansOfType(FieldPlugin.class).values()));
            assertThat(registry.isKnown("vocational-digital-transformation")).isTrue();
        });
    }

    @Test
    void isListedForSpringBootsAutoConfiguration() throws Exception {
        try (var imports = getClass().getClassLoader().getResourceAsStream(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(imports).isNotNull();
            assertThat(new String(imports.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(VocationalDigitalTransformationAutoConfiguration.class.getName());
        }
    }

    @Test
    void aDelegateTheApplicationDeclaresUnderTheSameName_replacesOurs_andOnlyThatOne() {
        JavaDelegate own = execution -> { };
        runner.withBean(PilotAnalyticsCheckDelegate.BEAN_NAME, JavaDelegate.class, () -> own).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(PilotAnalyticsCheckDelegate.BEAN_NAME)).isSameAs(own);
            assertThat(context).doesNotHaveBean(PilotAnalyticsCheckDelegate.class).hasSingleBean(LmsAccessCheckDelegate.class);
        });
    }

    @Test
    void aFieldPluginBeanTheApplicationDeclares_replacesOurs() {
        VocationalDigitalTransformationField own = new VocationalDigitalTransformationField();
        runner.withBean(VocationalDigitalTransformationField.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class)).isSameAs(own);
        });
    }
}
