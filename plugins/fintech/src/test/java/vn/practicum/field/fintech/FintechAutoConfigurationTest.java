package vn.practicum.field.fintech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.fintech.internal.AmlTrainingCheckDelegate;
import vn.practicum.field.fintech.internal.ExperimentReportCheckDelegate;
import vn.practicum.field.fintech.internal.SandboxAccessCheckDelegate;

class FintechAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FintechAutoConfiguration.class));

    @Test
    void registersTheFieldPlugin_andTheDelegatesUnderTheNamesTheBpmnUses() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class).key()).isEqualTo(FintechField.KEY);
            assertThat(context.getBean("fintechAmlTrainingCheck")).isInstanceOf(AmlTrainingCheckDelegate.class);
            assertThat(context.getBean("fintechSandboxAccessCheck")).isInstanceOf(SandboxAccessCheckDelegate.class);
            assertThat(context.getBean("fintechExperimentReportCheck")).isInstanceOf(ExperimentReportCheckDelegate.class);

            // what the engine's auto-configuration does with the FieldPlugin beans
            FieldRegistry registry = new FieldRegistry(List.copyOf(context.getBeansOfType(FieldPlugin.class).values()));
            assertThat(registry.isKnown("fintech")).isTrue();
        });
    }

    @Test
    void isListedForSpringBootsAutoConfiguration() throws Exception {
        try (var imports = getClass().getClassLoader().getResourceAsStream(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(imports).isNotNull();
            assertThat(new String(imports.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(FintechAutoConfiguration.class.getName());
        }
    }

    @Test
    void aDelegateTheApplicationDeclaresUnderTheSameName_replacesOurs_andOnlyThatOne() {
        JavaDelegate own = execution -> { };
        runner.withBean(SandboxAccessCheckDelegate.BEAN_NAME, JavaDelegate.class, () -> own).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(SandboxAccessCheckDelegate.BEAN_NAME)).isSameAs(own);
            assertThat(context).hasSingleBean(AmlTrainingCheckDelegate.class).hasSingleBean(ExperimentReportCheckDelegate.class)
                    .doesNotHaveBean(SandboxAccessCheckDelegate.class);
        });
    }

    @Test
    void aFieldPluginBeanTheApplicationDeclares_replacesOurs() {
        FintechField own = new FintechField();
        runner.withBean(FintechField.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class)).isSameAs(own);
        });
    }
}
