package vn.practicum.field.fintech;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;

/** The checks every field plugin passes: bundle, BPMN, forms, element templates, rubric, code boundaries. */
class FintechConformanceTest extends FieldPluginConformance {

    FintechConformanceTest() {
        super(new FintechField(), FintechVariables.class, Map.of(
                "${fintechAmlTrainingCheck}", "vn.practicum.fintech.verify-aml-training",
                "${fintechSandboxAccessCheck}", "vn.practicum.fintech.check-sandbox-access",
                "${fintechExperimentReportCheck}", "vn.practicum.fintech.check-experiment-report"));
    }
}
