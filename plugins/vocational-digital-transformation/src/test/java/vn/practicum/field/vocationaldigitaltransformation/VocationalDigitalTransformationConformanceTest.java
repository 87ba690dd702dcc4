package vn.practicum.field.vocationaldigitaltransformation;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;

/** The checks every field plugin passes: bundle, BPMN, forms, element templates, rubric, code boundaries. */
class VocationalDigitalTransformationConformanceTest extends FieldPluginConformance {

    VocationalDigitalTransformationConformanceTest() {
        super(new VocationalDigitalTransformationField(), VocationalDigitalTransformationVariables.class, Map.of(
                "${vocationalLmsAccessCheck}", "vn.practicum.vocational-digital-transformation.check-lms-access",
                "${vocationalPilotAnalyticsCheck}", "vn.practicum.vocational-digital-transformation.check-pilot-analytics"));
    }
}
