package vn.practicum.field.digitaldata;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.digitaldata.internal.ArchiveAccessCheckDelegate;
import vn.practicum.field.digitaldata.internal.ArchiveAccessRules;
import vn.practicum.field.digitaldata.internal.DigitisationBatchCheckDelegate;
import vn.practicum.field.digitaldata.internal.DigitisationBatchRules;
import vn.practicum.field.digitaldata.internal.MetadataQaDelegate;
import vn.practicum.field.digitaldata.internal.MetadataQaRules;
import vn.practicum.field.digitaldata.internal.TrainingRecordCheckDelegate;
import vn.practicum.field.digitaldata.internal.TrainingRecordRules;

/**
 * Adds the digital-data field when this jar is on the classpath: the {@link FieldPlugin} bean the engine collects, and
 * the delegates its BPMN calls, under the names the BPMN uses ({@code ${digitalDataTrainingCheck}},
 * {@code ${digitalDataArchiveAccessCheck}}, {@code ${digitalDataBatchCheck}}, {@code ${digitalDataMetadataQaCheck}}).
 * Each bean steps aside for one the application declares itself (the delegates by name, since the BPMN finds them by
 * name).
 */
@AutoConfiguration
public class DigitalDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public DigitalDataField digitalDataField() {
        return new DigitalDataField();
    }

    @Bean
    @ConditionalOnMissingBean
    public TrainingRecordRules digitalDataTrainingRecordRules() {
        return new TrainingRecordRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public ArchiveAccessRules digitalDataArchiveAccessRules() {
        return new ArchiveAccessRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public DigitisationBatchRules digitalDataDigitisationBatchRules() {
        return new DigitisationBatchRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public MetadataQaRules digitalDataMetadataQaRules() {
        return new MetadataQaRules();
    }

    @Bean(TrainingRecordCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = TrainingRecordCheckDelegate.BEAN_NAME)
    public TrainingRecordCheckDelegate digitalDataTrainingCheck(TrainingRecordRules rules) {
        return new TrainingRecordCheckDelegate(rules);
    }

    @Bean(ArchiveAccessCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = ArchiveAccessCheckDelegate.BEAN_NAME)
    public ArchiveAccessCheckDelegate digitalDataArchiveAccessCheck(ArchiveAccessRules rules) {
        return new ArchiveAccessCheckDelegate(rules);
    }

    @Bean(DigitisationBatchCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = DigitisationBatchCheckDelegate.BEAN_NAME)
    public DigitisationBatchCheckDelegate digitalDataBatchCheck(DigitisationBatchRules rules) {
        return new DigitisationBatchCheckDelegate(rules);
    }

    @Bean(MetadataQaDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = MetadataQaDelegate.BEAN_NAME)
    public MetadataQaDelegate digitalDataMetadataQaCheck(MetadataQaRules rules) {
        return new MetadataQaDelegate(rules);
    }
}
