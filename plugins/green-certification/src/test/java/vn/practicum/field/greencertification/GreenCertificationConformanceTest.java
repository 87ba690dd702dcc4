package vn.practicum.field.greencertification;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;
import vn.practicum.field.greencertification.internal.GhgInventoryCheckDelegate;
import vn.practicum.field.greencertification.internal.GhgTrainingCheckDelegate;
import vn.practicum.field.greencertification.internal.ImpartialityCheckDelegate;

/** The project's conventions for every field plugin (bundle, forms, element templates, rubric, boundaries). */
class GreenCertificationConformanceTest extends FieldPluginConformance {

    GreenCertificationConformanceTest() {
        super(new GreenCertificationField(), GreenCertificationVariables.class, Map.of(
                "${" + ImpartialityCheckDelegate.BEAN_NAME + "}", "vn.practicum.green-certification.check-impartiality",
                "${" + GhgTrainingCheckDelegate.BEAN_NAME + "}", "vn.practicum.green-certification.verify-ghg-training",
                "${" + GhgInventoryCheckDelegate.BEAN_NAME + "}", "vn.practicum.green-certification.check-ghg-inventory"));
    }
}
