package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.practicum.engine.spi.ResourceBundle;

class CoreProcessesAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CoreProcessesAutoConfiguration.class));

    @Test
    void contributesTheCoreBundle() {
        context.run(app -> {
            ResourceBundle bundle = app.getBean("practicumCoreBundle", ResourceBundle.class);
            assertThat(bundle.deploymentName()).isEqualTo("practicum-core");
            assertThat(bundle.resourcePatterns()).containsExactly(
                    "classpath*:practicum/core/*.bpmn", "classpath*:practicum/core/*.dmn", "classpath*:practicum/core/*.form");
        });
    }

    @Test
    void anApplicationCanReplaceTheBundle() {
        context.withBean("practicumCoreBundle", ResourceBundle.class,
                        () -> ResourceBundle.folder("custom-core", "custom/core"))
                .run(app -> assertThat(app.getBean("practicumCoreBundle", ResourceBundle.class).deploymentName())
                        .isEqualTo("custom-core"));
    }

    @Test
    void contributesTheNotificationBundleAfterTheCore() {
        context.run(app -> assertThat(app.getBeanProvider(ResourceBundle.class).orderedStream()
                        .map(ResourceBundle::deploymentName))
                .containsExactly("practicum-core", "practicum-notification"));
    }

    @Test
    void isRegisteredForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(CoreProcessesAutoConfiguration.class.getName());
    }
}
