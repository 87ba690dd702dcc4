package vn.practicum.field.fintech;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.fintech.internal.AmlTrainingCheckDelegate;
import vn.practicum.field.fintech.internal.AmlTrainingRules;
import vn.practicum.field.fintech.internal.ExperimentReportCheckDelegate;
import vn.practicum.field.fintech.internal.ExperimentReportRules;
import vn.practicum.field.fintech.internal.SandboxAccessCheckDelegate;
import vn.practicum.field.fintech.internal.SandboxAccessRules;

/**
 * Adds the fintech field when this jar is on the classpath: the {@link FieldPlugin} bean the engine collects, and
 * the delegates its BPMN calls, under the names the BPMN uses ({@code ${fintechAmlTrainingCheck}},
 * {@code ${fintechSandboxAccessCheck}}, {@code ${fintechExperimentReportCheck}}). Each bean steps aside for one the
 * application declares itself (the delegates by name, since the BPMN finds them by name).
 */
@AutoConfiguration
public class FintechAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FintechField fintechField() {
        return new FintechField();
    }

    @Bean
    @ConditionalOnMissingBean
    public AmlTrainingRules fintechAmlTrainingRules() {
        return new AmlTrainingRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public SandboxAccessRules fintechSandboxAccessRules() {
        return new SandboxAccessRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public ExperimentReportRules fintechExperimentReportRules() {
        return new ExperimentReportRules();
    }

    @Bean(AmlTrainingCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = AmlTrainingCheckDelegate.BEAN_NAME)
    public AmlTrainingCheckDelegate fintechAmlTrainingCheck(AmlTrainingRules rules) {
        return new AmlTrainingCheckDelegate(rules);
    }

    @Bean(SandboxAccessCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = SandboxAccessCheckDelegate.BEAN_NAME)
    public SandboxAccessCheckDelegate fintechSandboxAccessCheck(SandboxAccessRules rules) {
        return new SandboxAccessCheckDelegate(rules);
    }

    @Bean(ExperimentReportCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = ExperimentReportCheckDelegate.BEAN_NAME)
    public ExperimentReportCheckDelegate fintechExperimentReportCheck(ExperimentReportRules rules) {
        return new ExperimentReportCheckDelegate(rules);
    }
}
