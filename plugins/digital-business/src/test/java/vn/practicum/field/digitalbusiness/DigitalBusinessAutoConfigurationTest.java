package vn.practicum.field.digitalbusiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.digitalbusiness.internal.DataAccessAgreementCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.ElectronicContractCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.KpiDashboardCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.ProcessMapCheckDelegate;

class DigitalBusinessAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DigitalBusinessAutoConfiguration.class));

    @Test
    void registersTheFieldPlugin_andTheDelegatesUnderTheNamesTheBpmnUses() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class).key()).isEqualTo(DigitalBusinessField.KEY);
            assertThat(context.getBean("digitalBusinessContractCheck")).isInstanceOf(ElectronicContractCheckDelegate.class);
            assertThat(context.getBean("digitalBusinessDataAccessCheck")).isInstanceOf(DataAccessAgreementCheckDelegate.class);
            assertThat(context.getBean("digitalBusinessProcessMapCheck")).isInstanceOf(ProcessMapCheckDelegate.class);
            assertThat(context.getBean("digitalBusinessKpiDashboardCheck")).isInstanceOf(KpiDashboardCheckDelegate.class);

            // what the engine's auto-configuration does with the FieldPlugin beans
            FieldRegistry registry = new FieldRegistry(List.copyOf(context.getBeansOfType(FieldPlugin.class).values()));
            assertThat(registry.isKnown("digital-business")).isTrue();
        });
    }

    @Test
    void isListedForSpringBootsAutoConfiguration() throws Exception {
        try (var imports = getClass().getClassLoader().getResourceAsStream(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(imports).isNotNull();
            assertThat(new String(imports.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(DigitalBusinessAutoConfiguration.class.getName());
        }
    }

    @Test
    void aDelegateTheApplicationDeclaresUnderTheSameName_replacesOurs_andOnlyThatOne() {
        JavaDelegate own = execution -> { };
        runner.withBean(KpiDashboardCheckDelegate.BEAN_NAME, JavaDelegate.class, () -> own).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(KpiDashboardCheckDelegate.BEAN_NAME)).isSameAs(own);
            assertThat(context).doesNotHaveBean(KpiDashboardCheckDelegate.class)
                    .hasSingleBean(ElectronicContractCheckDelegate.class)
                    .hasSingleBean(DataAccessAgreementCheckDelegate.class)
                    .hasSingleBean(ProcessMapCheckDelegate.class);
        });
    }

    @Test
    void aFieldPluginBeanTheApplicationDeclares_replacesOurs() {
        DigitalBusinessField own = new DigitalBusinessField();
        runner.withBean(DigitalBusinessField.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class)).isSameAs(own);
        });
    }
}
