package vn.practicum.field.strategicmanagement;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;

/** What every field plugin must be, checked the shared way (bundle, forms, element templates, rubric, boundaries). */
class StrategicManagementConformanceTest extends FieldPluginConformance {

    StrategicManagementConformanceTest() {
        super(new StrategicManagementField(), StrategicManagementVariables.class, Map.of(
                "${strategySponsorshipCheck}", "vn.practicum.strategic-management.check-sponsorship",
                "${strategyAnalysisCheck}", "vn.practicum.strategic-management.check-strategy-analysis"));
    }
}
