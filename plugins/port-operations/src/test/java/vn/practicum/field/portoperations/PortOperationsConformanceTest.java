package vn.practicum.field.portoperations;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;
import vn.practicum.field.portoperations.internal.RestrictedAreaPassCheckDelegate;
import vn.practicum.field.portoperations.internal.SafetyCertificateCheckDelegate;
import vn.practicum.field.portoperations.internal.ShiftLogCheckDelegate;

/** The project's conventions for every field plugin (bundle, forms, element templates, rubric, boundaries). */
class PortOperationsConformanceTest extends FieldPluginConformance {

    PortOperationsConformanceTest() {
        super(new PortOperationsField(), PortOperationsVariables.class, Map.of(
                "${" + SafetyCertificateCheckDelegate.BEAN_NAME + "}", "vn.practicum.port-operations.verify-safety-certificate",
                "${" + RestrictedAreaPassCheckDelegate.BEAN_NAME + "}", "vn.practicum.port-operations.verify-restricted-area-pass",
                "${" + ShiftLogCheckDelegate.BEAN_NAME + "}", "vn.practicum.port-operations.check-shift-log"));
    }
}
