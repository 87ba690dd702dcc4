package vn.practicum.field.fieldtemplate;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;
import vn.practicum.field.fieldtemplate.internal.DocumentCheckDelegate;

/** The plugin keeps the conventions every field plugin keeps (bundle, forms, element templates, rubric, boundaries). */
class FieldTemplateConformanceTest extends FieldPluginConformance {

    // FIELD AUTHOR: each delegate expression of your BPMN → the id of the element template that binds it.
    FieldTemplateConformanceTest() {
        super(new FieldTemplateField(), FieldTemplateVariables.class, Map.of(
                "${" + DocumentCheckDelegate.BEAN_NAME + "}", "vn.practicum.field-template.check-field-document"));
    }
}
