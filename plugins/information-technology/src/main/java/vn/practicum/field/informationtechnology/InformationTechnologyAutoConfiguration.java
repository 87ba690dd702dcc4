package vn.practicum.field.informationtechnology;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.informationtechnology.internal.SecurityDossierCheckDelegate;
import vn.practicum.field.informationtechnology.internal.SecurityDossierRules;
import vn.practicum.field.informationtechnology.internal.TrainingCertificateCheckDelegate;
import vn.practicum.field.informationtechnology.internal.TrainingCertificateRules;

/**
 * Adds the information-technology field when this jar is on the classpath: the {@link FieldPlugin} bean the
 * engine collects, and the delegates its BPMN calls, under the names the BPMN uses
 * ({@code ${itTrainingCertificateCheck}}, {@code ${itSecurityDossierCheck}}). Each bean steps aside for one the
 * application declares itself (the delegates by name, since the BPMN finds them by name).
 */
@AutoConfiguration
public class InformationTechnologyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public InformationTechnologyField informationTechnologyField() {
        return new InformationTechnologyField();
    }

    @Bean
    @ConditionalOnMissingBean
    public TrainingCertificateRules itTrainingCertificateRules() {
        return new TrainingCertificateRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public SecurityDossierRules itSecurityDossierRules() {
        return new SecurityDossierRules();
    }

    @Bean(TrainingCertificateCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = TrainingCertificateCheckDelegate.BEAN_NAME)
    public TrainingCertificateCheckDelegate itTrainingCertificateCheck(TrainingCertificateRules rules) {
        return new TrainingCertificateCheckDelegate(rules);
    }

    @Bean(SecurityDossierCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = SecurityDossierCheckDelegate.BEAN_NAME)
    public SecurityDossierCheckDelegate itSecurityDossierCheck(SecurityDossierRules rules) {
        return new SecurityDossierCheckDelegate(rules);
    }
}
