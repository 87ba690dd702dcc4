package vn.practicum.field.vocationaldigitaltransformation;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.vocationaldigitaltransformation.internal.LmsAccessCheckDelegate;
import vn.practicum.field.vocationaldigitaltransformation.internal.LmsAccessRules;
import vn.practicum.field.vocationaldigitaltransformation.internal.PilotAnalyticsCheckDelegate;
import vn.practicum.field.vocationaldigitaltransformation.internal.PilotAnalyticsRules;

/**
 * Adds the vocational-digital-transformation field when this jar is on the classpath: the {@link FieldPlugin} bean
 * the engine collects, and the delegates its BPMN calls, under the names the BPMN uses
 * ({@code ${vocationalLmsAccessCheck}}, {@code ${vocationalPilotAnalyticsCheck}}). Each bean steps aside for one the
 * application declares itself (the delegates by name, since the BPMN finds them by name).
 */
@AutoConfiguration
public class VocationalDigitalTransformationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public VocationalDigitalTransformationField vocationalDigitalTransformationField() {
        return new VocationalDigitalTransformationField();
    }

    @Bean
    @ConditionalOnMissingBean
    public LmsAccessRules vocationalLmsAccessRules() {
        return new LmsAccessRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public PilotAnalyticsRules vocationalPilotAnalyticsRules() {
        return new PilotAnalyticsRules();
    }

    @Bean(LmsAccessCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = LmsAccessCheckDelegate.BEAN_NAME)
    public LmsAccessCheckDelegate vocationalLmsAccessCheck(LmsAccessRules rules) {
        return new LmsAccessCheckDelegate(rules);
    }

    @Bean(PilotAnalyticsCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = PilotAnalyticsCheckDelegate.BEAN_NAME)
    public PilotAnalyticsCheckDelegate vocationalPilotAnalyticsCheck(PilotAnalyticsRules rules) {
        return new PilotAnalyticsCheckDelegate(rules);
    }
}
