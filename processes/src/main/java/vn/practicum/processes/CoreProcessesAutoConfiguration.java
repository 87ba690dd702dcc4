package vn.practicum.processes;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import vn.practicum.engine.spi.ResourceBundle;

/**
 * Contributes the core lifecycle (BPMN, DMN, Camunda Forms under {@code practicum/core}) as the
 * {@value CoreProcesses#DEPLOYMENT_NAME} bundle, which the engine deploys at start-up before the fields' bundles.
 */
@AutoConfiguration
public class CoreProcessesAutoConfiguration {

    /** The core bundle; an application replaces it by declaring a bean of this name. */
    @Bean
    @ConditionalOnMissingBean(name = "practicumCoreBundle")
    public ResourceBundle practicumCoreBundle() {
        return CoreProcesses.bundle();
    }

    /** The notification processes (one mail per notification, the daily digest), deployed after the core bundle. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    @ConditionalOnMissingBean(name = "practicumNotificationBundle")
    public ResourceBundle practicumNotificationBundle() {
        return CoreProcesses.notificationBundle();
    }
}
