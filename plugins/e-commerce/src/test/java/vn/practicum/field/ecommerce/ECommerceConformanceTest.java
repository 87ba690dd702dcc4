package vn.practicum.field.ecommerce;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;

/** What every field plugin must be, checked the shared way (bundle, forms, element templates, rubric, boundaries). */
class ECommerceConformanceTest extends FieldPluginConformance {

    ECommerceConformanceTest() {
        super(new ECommerceField(), ECommerceVariables.class, Map.of(
                "${ecommerceStorefrontCheck}", "vn.practicum.e-commerce.check-storefront-dossier",
                "${ecommerceCampaignMetricsCheck}", "vn.practicum.e-commerce.check-campaign-metrics"));
    }
}
