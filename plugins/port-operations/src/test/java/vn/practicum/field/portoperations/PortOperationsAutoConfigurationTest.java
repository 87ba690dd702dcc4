package vn.practicum.field.portoperations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.portoperations.internal.RestrictedAreaPassCheckDelegate;
import vn.practicum.field.portoperations.internal.SafetyCertificateCheckDelegate;
import vn.practicum.field.portoperations.internal.ShiftLogCheckDelegate;

class PortOperationsAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PortOperationsAutoConfiguration.class));

    @Test
    void registersTheFieldPlugin_andTheDelegatesUnderTheNamesTheBpmnUses() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class).key()).isEqualTo(PortOperationsField.KEY);
            assertThat(context.getBean("portSafetyCertificateCheck")).isInstanceOf(SafetyCertificateCheckDelegate.class);
            assertThat(context.getBean("portRestrictedAreaPassCheck")).isInstanceOf(RestrictedAreaPassCheckDelegate.class);
            assertThat(context.getBean("portShiftLogCheck")).isInstanceOf(ShiftLogCheckDelegate.class);

            // what the engine's auto-configuration does with the FieldPlugin beans
            FieldRegistry registry = new FieldRegistry(List.copyOf(context.getBeansOfType(FieldPlugin.class).values()));
            assertThat(registry.isKnown("port-operations")).isTrue();
        });
    }

    @Test
    void isListedForSpringBootsAutoConfiguration() throws Exception {
        try (var imports = getClass().getClassLoader().getResourceAsStream(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(imports).isNotNull();
            assertThat(new String(imports.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines())
                    .contains(PortOperationsAutoConfiguration.class.getName());
        }
    }

    @Test
    void aDelegateTheApplicationDeclaresUnderTheSameName_replacesOurs() {
        JavaDelegate own = execution -> { };
        runner.withBean(ShiftLogCheckDelegate.BEAN_NAME, JavaDelegate.class, () -> own).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ShiftLogCheckDelegate.BEAN_NAME)).isSameAs(own);
            assertThat(context).hasSingleBean(SafetyCertificateCheckDelegate.class).hasSingleBean(RestrictedAreaPassCheckDelegate.class);
        });
    }

    @Test
    void aFieldPluginBeanTheApplicationDeclares_replacesOurs() {
        PortOperationsField own = new PortOperationsField();
        runner.withBean(PortOperationsField.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class)).isSameAs(own);
        });
    }
}
