package vn.practicum.engine.config;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.assessment.CertificateIssuerDelegate;
import vn.practicum.engine.assessment.CertificateRegistry;
import vn.practicum.engine.assessment.RubricScoring;
import vn.practicum.engine.assessment.RubricScoringDelegate;
import vn.practicum.engine.deployment.BundleDeployer;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.history.VariableChangeHistoryPlugin;
import vn.practicum.engine.field.FragmentResolver;
import vn.practicum.engine.lifecycle.LifecycleVariableMapping;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.matching.DeferredAcceptance;
import vn.practicum.engine.notification.NotificationRequests;
import vn.practicum.engine.reminder.TaskReminderDelegate;
import vn.practicum.engine.schedule.Deadlines;
import vn.practicum.engine.schedule.PracticumSchedule;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.ResourceBundle;
import vn.practicum.engine.placement.PlacementRoundSteps;
import vn.practicum.engine.placement.PlacementRounds;
import vn.practicum.engine.placement.PlacementStudentData;
import vn.practicum.engine.student.StudentRegister;
import vn.practicum.engine.tracking.StageTrackingEnginePlugin;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.engine.tracking.TrackingPageQueries;
import vn.practicum.engine.party.PartyRegister;

/**
 * Wires the engine library into a Spring Boot application. Every bean can be replaced by declaring
 * one of the same type. Field plugins arrive as {@link FieldPlugin} beans from their own
 * auto-configurations; core resources as {@link ResourceBundle} beans.
 */
@AutoConfiguration(afterName = "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration")
@EnableConfigurationProperties(PracticumProperties.class)
public class PracticumEngineAutoConfiguration {

    @Bean
    @Order(0)
    @ConditionalOnMissingBean
    public PracticumEngineDefaultsPlugin practicumEngineDefaultsPlugin() {
        return new PracticumEngineDefaultsPlugin();
    }

    @Bean
    @Order(1)
    @ConditionalOnMissingBean
    public StageTrackingEnginePlugin stageTrackingEnginePlugin() {
        return new StageTrackingEnginePlugin();
    }

    /** After the tracking plugin: released only once its Flyway migration is done. */
    @Bean
    @Order(2)
    @ConditionalOnMissingBean
    public ClusterStartupLock clusterStartupLock() {
        return new ClusterStartupLock();
    }

    @Bean
    @Order(3)
    @ConditionalOnMissingBean
    public VariableChangeHistoryPlugin variableChangeHistoryPlugin(PracticumProperties properties) {
        return new VariableChangeHistoryPlugin(properties.history().variableChanges());
    }

    @Bean
    @ConditionalOnMissingBean
    public FieldRegistry fieldRegistry(ObjectProvider<FieldPlugin> plugins, PracticumProperties properties) {
        return new FieldRegistry(plugins.orderedStream().toList(), properties.fields().disabled());
    }

    @Bean(FragmentResolver.BEAN_NAME)
    @ConditionalOnMissingBean
    public FragmentResolver fieldFragments(FieldRegistry fields, ObjectProvider<ProcessEngine> processEngine) {
        return new FragmentResolver(fields, processKey -> processEngine.getObject().getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(processKey).count() > 0);
    }

    @Bean(LifecycleVariableMapping.BEAN_NAME)
    @ConditionalOnMissingBean
    public LifecycleVariableMapping lifecycleVariables(FieldRegistry fields) {
        return new LifecycleVariableMapping(fields);
    }

    @Bean(Deadlines.BEAN_NAME)
    @ConditionalOnMissingBean
    public Deadlines deadlines() {
        return new Deadlines();
    }

    @Bean
    @ConditionalOnMissingBean
    public RubricScoring practicumRubricScoring(PracticumProperties properties) {
        return new RubricScoring(properties.assessment().mentorWeight());
    }

    @Bean(RubricScoringDelegate.BEAN_NAME)
    @ConditionalOnMissingBean
    public RubricScoringDelegate rubricScoring(FieldRegistry fields, RubricScoring scoring) {
        return new RubricScoringDelegate(fields, scoring);
    }

    @Bean
    @ConditionalOnMissingBean
    public CertificateRegistry certificateRegistry() {
        return new CertificateRegistry();
    }

    @Bean(CertificateIssuerDelegate.BEAN_NAME)
    @ConditionalOnMissingBean
    public CertificateIssuerDelegate certificateIssuer(CertificateRegistry certificates) {
        return new CertificateIssuerDelegate(certificates);
    }

    @Bean(TaskReminderDelegate.BEAN_NAME)
    @ConditionalOnMissingBean
    public TaskReminderDelegate taskReminder(ObjectProvider<NotificationRequests> notifications) {
        return new TaskReminderDelegate(notifications.getIfAvailable(() -> new NotificationRequests(false)));
    }

    @Bean(PracticumSchedule.BEAN_NAME)
    @ConditionalOnMissingBean
    public PracticumSchedule practicumSchedule(PracticumProperties properties) {
        return properties.schedule().toSchedule();
    }

    @Bean
    @ConditionalOnMissingBean
    public PracticumLifecycle practicumLifecycle(RuntimeService runtimeService, FieldRegistry fields) {
        return new PracticumLifecycle(runtimeService, fields);
    }

    @Bean
    @ConditionalOnMissingBean
    public StudentStageQueries studentStageQueries(DataSource dataSource) {
        return new StudentStageQueries(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    public TrackingPageQueries trackingPageQueries(DataSource dataSource) {
        return new TrackingPageQueries(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    public PartyRegister partyRegister(DataSource dataSource) {
        return new PartyRegister(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    public StudentRegister studentRegister(DataSource dataSource) {
        return new StudentRegister(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    public DeferredAcceptance deferredAcceptance() {
        return new DeferredAcceptance();
    }

    @Bean(PlacementRoundSteps.BEAN_NAME)
    @ConditionalOnMissingBean
    public PlacementRoundSteps placementRoundSteps() {
        return new PlacementRoundSteps();
    }

    @Bean
    @ConditionalOnMissingBean
    public PlacementRounds placementRounds(DataSource dataSource, PlatformTransactionManager transactionManager,
                                           RuntimeService runtimeService, FieldRegistry fields) {
        return new PlacementRounds(dataSource, transactionManager, runtimeService, fields, java.time.Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    public PlacementStudentData placementStudentData(DataSource dataSource) {
        return new PlacementStudentData(dataSource);
    }

    /** Deploys the core bundles, then each field's, once every bean exists and before the application serves. */
    @Bean
    public SmartInitializingSingleton practicumBundleDeployment(ProcessEngine processEngine,
                                                                ObjectProvider<ResourceBundle> coreBundles,
                                                                FieldRegistry fields) {
        return () -> {
            BundleDeployer deployer = new BundleDeployer(processEngine.getRepositoryService(),
                    Thread.currentThread().getContextClassLoader());
            List<ResourceBundle> bundles = new java.util.ArrayList<>(coreBundles.orderedStream().toList());
            fields.fields().forEach(field -> bundles.add(field.bundle()));
            bundles.forEach(deployer::deploy);
        };
    }
}
