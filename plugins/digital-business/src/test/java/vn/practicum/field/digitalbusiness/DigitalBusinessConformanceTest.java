package vn.practicum.field.digitalbusiness;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;

/** The checks every field plugin passes: bundle, BPMN, forms, element templates, rubric, code boundaries. */
class DigitalBusinessConformanceTest extends FieldPluginConformance {

    DigitalBusinessConformanceTest() {
        super(new DigitalBusinessField(), DigitalBusinessVariables.class, Map.of(
                "${digitalBusinessContractCheck}", "vn.practicum.digital-business.verify-electronic-contract",
                "${digitalBusinessDataAccessCheck}", "vn.practicum.digital-business.check-data-access-agreement",
                "${digitalBusinessProcessMapCheck}", "vn.practicum.digital-business.check-process-map",
                "${digitalBusinessKpiDashboardCheck}", "vn.practicum.digital-business.check-kpi-dashboard"));
    }
}
