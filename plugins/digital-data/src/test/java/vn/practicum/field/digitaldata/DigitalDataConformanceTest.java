package vn.practicum.field.digitaldata;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;

/** What every field plugin must be, checked the shared way (bundle, forms, element templates, rubric, boundaries). */
class DigitalDataConformanceTest extends FieldPluginConformance {

    DigitalDataConformanceTest() {
        super(new DigitalDataField(), DigitalDataVariables.class, Map.of(
                "${digitalDataTrainingCheck}", "vn.practicum.digital-data.verify-training-records",
                "${digitalDataArchiveAccessCheck}", "vn.practicum.digital-data.check-archive-access",
                "${digitalDataBatchCheck}", "vn.practicum.digital-data.check-digitisation-batch",
                "${digitalDataMetadataQaCheck}", "vn.practicum.digital-data.evaluate-metadata-qa"));
    }
}
