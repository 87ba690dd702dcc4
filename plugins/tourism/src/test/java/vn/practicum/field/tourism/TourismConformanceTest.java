package vn.practicum.field.tourism;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;
import vn.practicum.field.tourism.internal.CustomerFeedbackCheckDelegate;
import vn.practicum.field.tourism.internal.GuideCardCheckDelegate;
import vn.practicum.field.tourism.internal.LanguageLevelCheckDelegate;

/** The project's conventions for every field plugin (bundle, forms, element templates, rubric, boundaries). */
class TourismConformanceTest extends FieldPluginConformance {

    TourismConformanceTest() {
        super(new TourismField(), TourismVariables.class, Map.of(
                "${" + GuideCardCheckDelegate.BEAN_NAME + "}", "vn.practicum.tourism.verify-guide-card",
                "${" + LanguageLevelCheckDelegate.BEAN_NAME + "}", "vn.practicum.tourism.check-language-level",
                "${" + CustomerFeedbackCheckDelegate.BEAN_NAME + "}", "vn.practicum.tourism.check-customer-feedback"));
    }
}
