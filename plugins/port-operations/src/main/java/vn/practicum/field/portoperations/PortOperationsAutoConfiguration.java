package vn.practicum.field.portoperations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.portoperations.internal.RestrictedAreaPassCheckDelegate;
import vn.practicum.field.portoperations.internal.RestrictedAreaPassRules;
import vn.practicum.field.portoperations.internal.SafetyCertificateCheckDelegate;
import vn.practicum.field.portoperations.internal.SafetyCertificateRules;
import vn.practicum.field.portoperations.internal.ShiftLogCheckDelegate;
import vn.practicum.field.portoperations.internal.ShiftLogRules;

/**
 * Adds the port-operations field when this jar is on the classpath: the {@link FieldPlugin} bean the engine
 * collects, and the delegates its BPMN calls, under the names the BPMN uses ({@code ${portSafetyCertificateCheck}},
 * {@code ${portRestrictedAreaPassCheck}}, {@code ${portShiftLogCheck}}). Each bean steps aside for one the
 * application declares itself (the delegates by name, since the BPMN finds them by name).
 */
@AutoConfiguration
public class PortOperationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PortOperationsField portOperationsField() {
        return new PortOperationsField();
    }

    @Bean
    @ConditionalOnMissingBean
    public SafetyCertificateRules portSafetyCertificateRules() {
        return new SafetyCertificateRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public RestrictedAreaPassRules portRestrictedAreaPassRules() {
        return new RestrictedAreaPassRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public ShiftLogRules portShiftLogRules() {
        return new ShiftLogRules();
    }

    @Bean(SafetyCertificateCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = SafetyCertificateCheckDelegate.BEAN_NAME)
    public SafetyCertificateCheckDelegate portSafetyCertificateCheck(SafetyCertificateRules rules) {
        return new SafetyCertificateCheckDelegate(rules);
    }

    @Bean(RestrictedAreaPassCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = RestrictedAreaPassCheckDelegate.BEAN_NAME)
    public RestrictedAreaPassCheckDelegate portRestrictedAreaPassCheck(RestrictedAreaPassRules rules) {
        return new RestrictedAreaPassCheckDelegate(rules);
    }

    @Bean(ShiftLogCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = ShiftLogCheckDelegate.BEAN_NAME)
    public ShiftLogCheckDelegate portShiftLogCheck(ShiftLogRules rules) {
        return new ShiftLogCheckDelegate(rules);
    }
}
