package vn.practicum.field.digitalbusiness;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.field.digitalbusiness.internal.DataAccessAgreementCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.DataAccessAgreementRules;
import vn.practicum.field.digitalbusiness.internal.ElectronicContractCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.ElectronicContractRules;
import vn.practicum.field.digitalbusiness.internal.KpiDashboardCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.KpiDashboardRules;
import vn.practicum.field.digitalbusiness.internal.ProcessMapCheckDelegate;
import vn.practicum.field.digitalbusiness.internal.ProcessMapRules;

/**
 * Adds the digital-business field when this jar is on the classpath: the {@link FieldPlugin} bean the engine
 * collects, and the delegates its BPMN calls, under the names the BPMN uses ({@code ${digitalBusinessContractCheck}},
 * {@code ${digitalBusinessDataAccessCheck}}, {@code ${digitalBusinessProcessMapCheck}},
 * {@code ${digitalBusinessKpiDashboardCheck}}). Each bean steps aside for one the application declares itself (the
 * delegates by name, since the BPMN finds them by name).
 */
@AutoConfiguration
public class DigitalBusinessAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public DigitalBusinessField digitalBusinessField() {
        return new DigitalBusinessField();
    }

    @Bean
    @ConditionalOnMissingBean
    public ElectronicContractRules digitalBusinessContractRules() {
        return new ElectronicContractRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public DataAccessAgreementRules digitalBusinessDataAccessRules() {
        return new DataAccessAgreementRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public ProcessMapRules digitalBusinessProcessMapRules() {
        return new ProcessMapRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public KpiDashboardRules digitalBusinessKpiDashboardRules() {
        return new KpiDashboardRules();
    }

    @Bean(ElectronicContractCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = ElectronicContractCheckDelegate.BEAN_NAME)
    public ElectronicContractCheckDelegate digitalBusinessContractCheck(ElectronicContractRules rules) {
        return new ElectronicContractCheckDelegate(rules);
    }

    @Bean(DataAccessAgreementCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = DataAccessAgreementCheckDelegate.BEAN_NAME)
    public DataAccessAgreementCheckDelegate digitalBusinessDataAccessCheck(DataAccessAgreementRules rules) {
        return new DataAccessAgreementCheckDelegate(rules);
    }

    @Bean(ProcessMapCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = ProcessMapCheckDelegate.BEAN_NAME)
    public ProcessMapCheckDelegate digitalBusinessProcessMapCheck(ProcessMapRules rules) {
        return new ProcessMapCheckDelegate(rules);
    }

    @Bean(KpiDashboardCheckDelegate.BEAN_NAME)
    @ConditionalOnMissingBean(name = KpiDashboardCheckDelegate.BEAN_NAME)
    public KpiDashboardCheckDelegate digitalBusinessKpiDashboardCheck(KpiDashboardRules rules) {
        return new KpiDashboardCheckDelegate(rules);
    }
}
