package vn.practicum.field.greencertification;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.greencertification.internal.GhgInventoryCheckDelegate;
import vn.practicum.field.greencertification.internal.GhgInventoryRules;
import vn.practicum.field.greencertification.internal.GhgTrainingCheckDelegate;
import vn.practicum.field.greencertification.internal.GhgTrainingRules;
import vn.practicum.field.greencertification.internal.ImpartialityCheckDelegate;
import vn.practicum.field.greencertification.internal.ImpartialityRules;

/**
 * Adds the green-certification field when this jar is on the classpath: the {@link FieldPlugin} bean the engine
 * collects, and the delegates its BPMN calls, under the names the BPMN uses ({@code ${greenImpartialityCheck}},
 * {@code ${greenGhgTrainingCheck}}, {@code ${greenGhgInventoryCheck}}). Each bean steps aside for one the
 * application declares itself (the delegates by name, since the BPMN finds them by name).
 */
@AutoConfiguration
public class GreenCertificationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public GreenCertificationField greenCertificationField() {
        return new GreenCertificationField();
    }

    @Bean
    @ConditionalOnMissingBean
    public ImpartialityRules greenImpartialityRules() {
        return new ImpartialityRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public GhgTrainingRules greenGhgTrainingRules() {
        return new GhgTrainingRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public GhgInventoryRules greenGhgInventoryRules() {
        return new GhgInventoryRules();
    }

    @Bean(ImpartialityCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = ImpartialityCheckDelegate.BEAN_NAME)
    public ImpartialityCheckDelegate greenImpartialityCheck(ImpartialityRules rules) {
        return new ImpartialityCheckDelegate(rules);
    }

    @Bean(GhgTrainingCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = GhgTrainingCheckDelegate.BEAN_NAME)
    public GhgTrainingCheckDelegate greenGhgTrainingCheck(GhgTrainingRules rules) {
        return new GhgTrainingCheckDelegate(rules);
    }

    @Bean(GhgInventoryCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = GhgInventoryCheckDelegate.BEAN_NAME)
    public GhgInventoryCheckDelegate greenGhgInventoryCheck(GhgInventoryRules rules) {
        return new GhgInventoryCheckDelegate(rules);
    }
}
