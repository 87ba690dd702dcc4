package vn.practicum.field.ecommerce;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.ecommerce.internal.CampaignMetricsCheckDelegate;
import vn.practicum.field.ecommerce.internal.CampaignMetricsRules;
import vn.practicum.field.ecommerce.internal.StorefrontDossierCheckDelegate;
import vn.practicum.field.ecommerce.internal.StorefrontDossierRules;

/**
 * Adds the e-commerce field when this jar is on the classpath: the {@link FieldPlugin} bean the engine collects, and
 * the delegates its BPMN calls, under the names the BPMN uses ({@code ${ecommerceStorefrontCheck}},
 * {@code ${ecommerceCampaignMetricsCheck}}). Each bean steps aside for one the application declares itself (the
 * delegates by name, since the BPMN finds them by name).
 */
@AutoConfiguration
public class ECommerceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ECommerceField eCommerceField() {
        return new ECommerceField();
    }

    @Bean
    @ConditionalOnMissingBean
    public StorefrontDossierRules ecommerceStorefrontDossierRules() {
        return new StorefrontDossierRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public CampaignMetricsRules ecommerceCampaignMetricsRules() {
        return new CampaignMetricsRules();
    }

    @Bean(StorefrontDossierCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = StorefrontDossierCheckDelegate.BEAN_NAME)
    public StorefrontDossierCheckDelegate ecommerceStorefrontCheck(StorefrontDossierRules rules) {
        return new StorefrontDossierCheckDelegate(rules);
    }

    @Bean(CampaignMetricsCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = CampaignMetricsCheckDelegate.BEAN_NAME)
    public CampaignMetricsCheckDelegate ecommerceCampaignMetricsCheck(CampaignMetricsRules rules) {
        return new CampaignMetricsCheckDelegate(rules);
    }
}
