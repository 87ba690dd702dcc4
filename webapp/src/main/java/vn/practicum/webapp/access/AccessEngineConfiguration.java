package vn.practicum.webapp.access;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine plugin that keeps per-student authorizations (Camunda's starter collects ProcessEnginePlugin beans). */
@Configuration(proxyBeanMethods = false)
class AccessEngineConfiguration {

    @Bean
    static ProcessEnginePlugin studentInstanceAccessPlugin() {
        return new StudentInstanceAccessPlugin();
    }
}
