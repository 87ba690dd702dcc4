package vn.practicum.field.tourism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.tourism.internal.CustomerFeedbackCheckDelegate;
import vn.practicum.field.tourism.internal.GuideCardCheckDelegate;
import vn.practicum.field.tourism.internal.LanguageLevelCheckDelegate;

class TourismAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TourismAutoConfiguration.class));

    @Test
    void registersTheFieldPlugin_andTheDelegatesUnderTheNamesTheBpmnUses() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class).key()).isEqualTo(TourismField.KEY);
            assertThat(context.getBean("tourismGuideCardCheck")).isInstanceOf(GuideCardCheckDelegate.class);
            assertThat(context.getBean("tourismLanguageLevelCheck")).isInstanceOf(LanguageLevelCheckDelegate.class);
            assertThat(context.getBean("tourismCustomerFeedbackCheck")).isInstanceOf(CustomerFeedbackCheckDelegate.class);

            // what the engine's auto-configuration does with the FieldPlugin beans
            FieldRegistry registry = new FieldRegistry(List.copyOf(context.getBeansOfType(FieldPlugin.class).values()));
            assertThat(registry.isKnown("tourism")).isTrue();
        });
    }

    @Test
    void isListedForSpringBootsAutoConfiguration() throws Exception {
        try (var imports = getClass().getClassLoader().getResourceAsStream(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(imports).isNotNull();
            assertThat(new String(imports.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines())
                    .contains(TourismAutoConfiguration.class.getName());
        }
    }

    @Test
    void aDelegateTheApplicationDeclaresUnderTheSameName_replacesOurs() {
        JavaDelegate own = execution -> { };
        runner.withBean(LanguageLevelCheckDelegate.BEAN_NAME, JavaDelegate.class, () -> own).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(LanguageLevelCheckDelegate.BEAN_NAME)).isSameAs(own);
            assertThat(context).hasSingleBean(GuideCardCheckDelegate.class).hasSingleBean(CustomerFeedbackCheckDelegate.class);
        });
    }

    @Test
    void aFieldPluginBeanTheApplicationDeclares_replacesOurs() {
        TourismField own = new TourismField();
        runner.withBean(TourismField.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(FieldPlugin.class);
            assertThat(context.getBean(FieldPlugin.class)).isSameAs(own);
        });
    }
}
