package vn.practicum.field.strategicmanagement;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.strategicmanagement.internal.SponsorshipCheckDelegate;
import vn.practicum.field.strategicmanagement.internal.SponsorshipRules;
import vn.practicum.field.strategicmanagement.internal.StrategyAnalysisCheckDelegate;
import vn.practicum.field.strategicmanagement.internal.StrategyAnalysisRules;

/**
 * Adds the strategic-management field when this jar is on the classpath: the {@link FieldPlugin} bean the engine
 * collects, and the delegates its BPMN calls, under the names the BPMN uses ({@code ${strategySponsorshipCheck}},
 * {@code ${strategyAnalysisCheck}}). Each bean steps aside for one the application declares itself (the delegates by
 * name, since the BPMN finds them by name).
 */
@AutoConfiguration
public class StrategicManagementAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public StrategicManagementField strategicManagementField() {
        return new StrategicManagementField();
    }

    @Bean
    @ConditionalOnMissingBean
    public SponsorshipRules strategySponsorshipRules() {
        return new SponsorshipRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public StrategyAnalysisRules strategyAnalysisRules() {
        return new StrategyAnalysisRules();
    }

    @Bean(SponsorshipCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = SponsorshipCheckDelegate.BEAN_NAME)
    public SponsorshipCheckDelegate strategySponsorshipCheck(SponsorshipRules rules) {
        return new SponsorshipCheckDelegate(rules);
    }

    @Bean(StrategyAnalysisCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = StrategyAnalysisCheckDelegate.BEAN_NAME)
    public StrategyAnalysisCheckDelegate strategyAnalysisCheck(StrategyAnalysisRules rules) {
        return new StrategyAnalysisCheckDelegate(rules);
    }
}
