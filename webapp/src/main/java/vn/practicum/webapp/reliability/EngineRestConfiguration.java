package vn.practicum.webapp.reliability;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API ({@code /engine-rest}) as the starter configures it, except for how concurrent changes are
 * answered: Camunda's REST answers a lost race (the task was completed a moment ago, or another request changed the
 * same instance: {@code OptimisticLockingException}) with a 500. Here it is a 409 with a message in Vietnamese and
 * English ({@link ConcurrentChangeResponses}); every other error is Camunda's own answer.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    CamundaJerseyResourceConfig practicumEngineRestConfig(ProcessEngine processEngine) {
        return new PracticumJerseyResourceConfig(new ConcurrentChangeResponses(processEngine.getHistoryService()));
    }

    static final class PracticumJerseyResourceConfig extends CamundaJerseyResourceConfig {

        private final ConcurrentChangeResponses conflicts;

        PracticumJerseyResourceConfig(ConcurrentChangeResponses conflicts) {
            this.conflicts = conflicts;
        }

        @Override
        protected void registerCamundaRestResources() {
            registerClasses(CamundaRestResources.getResourceClasses());
            Set<Class<?>> configuration = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
            // replaced by RestExceptionMapper, which keeps its answers except for lost races
            configuration.remove(RestExceptionHandler.class);
            registerClasses(configuration);
            register(JacksonFeature.class);
            register(new RestExceptionMapper(conflicts));
            register(new OptimisticLockingExceptionMapper(conflicts));
        }
    }
}
