package vn.practicum.field.tourism;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.tourism.internal.CustomerFeedbackCheckDelegate;
import vn.practicum.field.tourism.internal.CustomerFeedbackRules;
import vn.practicum.field.tourism.internal.GuideCardCheckDelegate;
import vn.practicum.field.tourism.internal.GuideCardRules;
import vn.practicum.field.tourism.internal.LanguageLevelCheckDelegate;
import vn.practicum.field.tourism.internal.LanguageLevelRules;

/**
 * Adds the tourism field when this jar is on the classpath: the {@link FieldPlugin} bean the engine collects, and
 * the delegates its BPMN calls, under the names the BPMN uses ({@code ${tourismGuideCardCheck}},
 * {@code ${tourismLanguageLevelCheck}}, {@code ${tourismCustomerFeedbackCheck}}). Each bean steps aside for one the
 * application declares itself (the delegates by name, since the BPMN finds them by name).
 */
@AutoConfiguration
public class TourismAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TourismField tourismField() {
        return new TourismField();
    }

    @Bean
    @ConditionalOnMissingBean
    public GuideCardRules tourismGuideCardRules() {
        return new GuideCardRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public LanguageLevelRules tourismLanguageLevelRules() {
        return new LanguageLevelRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public CustomerFeedbackRules tourismCustomerFeedbackRules() {
        return new CustomerFeedbackRules();
    }

    @Bean(GuideCardCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = GuideCardCheckDelegate.BEAN_NAME)
    public GuideCardCheckDelegate tourismGuideCardCheck(GuideCardRules rules) {
        return new GuideCardCheckDelegate(rules);
    }

    @Bean(LanguageLevelCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = LanguageLevelCheckDelegate.BEAN_NAME)
    public LanguageLevelCheckDelegate tourismLanguageLevelCheck(LanguageLevelRules rules) {
        return new LanguageLevelCheckDelegate(rules);
    }

    @Bean(CustomerFeedbackCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = CustomerFeedbackCheckDelegate.BEAN_NAME)
    public CustomerFeedbackCheckDelegate tourismCustomerFeedbackCheck(CustomerFeedbackRules rules) {
        return new CustomerFeedbackCheckDelegate(rules);
    }
}
