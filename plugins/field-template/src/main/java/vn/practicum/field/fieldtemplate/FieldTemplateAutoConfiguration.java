package vn.practicum.field.fieldtemplate;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.fieldtemplate.internal.DocumentCheckDelegate;
import vn.practicum.field.fieldtemplate.internal.FieldDocumentRules;

/**
 * Adds the field when this jar is on the classpath: the {@link FieldPlugin} bean the engine collects, and the
 * delegate its BPMN calls, under the name the BPMN uses ({@code ${fieldTemplateDocumentCheck}}). Each bean steps
 * aside for one the application declares itself (the delegate by name, since the BPMN finds it by name).
 *
 * <p>Listed in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 */
@AutoConfiguration
public class FieldTemplateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FieldTemplateField fieldTemplateField() {
        return new FieldTemplateField();
    }

    @Bean
    @ConditionalOnMissingBean
    public FieldDocumentRules fieldTemplateDocumentRules() {
        return new FieldDocumentRules();
    }

    // FIELD AUTHOR: one bean per delegate of your BPMN, named as in camunda:delegateExpression and prefixed with
    // the field's bean prefix, so that two fields' delegates never clash.
    @Bean(DocumentCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = DocumentCheckDelegate.BEAN_NAME)
    public DocumentCheckDelegate fieldTemplateDocumentCheck(FieldDocumentRules rules) {
        return new DocumentCheckDelegate(rules);
    }
}
