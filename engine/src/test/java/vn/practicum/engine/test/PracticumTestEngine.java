package vn.practicum.engine.test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.assessment.CertificateIssuerDelegate;
import vn.practicum.engine.assessment.CertificateRegistry;
import vn.practicum.engine.assessment.RubricScoring;
import vn.practicum.engine.assessment.RubricScoringDelegate;
import vn.practicum.engine.config.PracticumEngineDefaultsPlugin;
import vn.practicum.engine.history.VariableChangeHistoryPlugin;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.field.FragmentResolver;
import vn.practicum.engine.lifecycle.LifecycleVariableMapping;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.placement.PlacementRoundSteps;
import vn.practicum.engine.reminder.TaskReminderDelegate;
import vn.practicum.engine.schedule.Deadlines;
import vn.practicum.engine.schedule.PracticumSchedule;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.tracking.StageTrackingEnginePlugin;
import vn.practicum.engine.tracking.StudentStageQueries;

/**
 * A process engine for process tests: in-memory H2 (or a fresh PostgreSQL database, see {@link TestDatabase}), full history, no job executor (tests execute
 * jobs themselves), Practicum's engine plugins and the beans the processes call, with the field
 * plugins given. One engine per set of plugins and extra beans, shared by the tests of a JVM.
 *
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineExtension engine = ProcessEngineExtension.builder()
 *         .useProcessEngine(PracticumTestEngine.withFields(new InformationTechnologyField()))
 *         .build();
 * </pre>
 */
public final class PracticumTestEngine {

    private static final Map<String, ProcessEngine> ENGINES = new ConcurrentHashMap<>();

    private PracticumTestEngine() {
    }

    /** An engine with these field plugins and no extra beans. */
    public static ProcessEngine withFields(FieldPlugin... plugins) {
        return with(List.of(plugins), Map.of());
    }

    /**
     * An engine with these field plugins and extra beans for expressions and delegate expressions
     * (for example a plugin's delegates, by the names its BPMN uses). Engines are cached by plugin keys
     * and bean names and identities: the same plugins with other bean instances build another engine.
     */
    public static synchronized ProcessEngine with(List<FieldPlugin> plugins, Map<String, Object> extraBeans) {
        String key = plugins.stream().map(FieldPlugin::key).sorted().toList() + "|" + extraBeans.entrySet().stream()
                .map(bean -> bean.getKey() + "@" + System.identityHashCode(bean.getValue())).sorted().toList();
        return ENGINES.computeIfAbsent(key, k -> build(plugins, extraBeans));
    }

    private static ProcessEngine build(List<FieldPlugin> plugins, Map<String, Object> extraBeans) {
        FieldRegistry fields = new FieldRegistry(plugins);
        Map<Object, Object> beans = new HashMap<>();
        beans.put(FragmentResolver.BEAN_NAME, new FragmentResolver(fields));
        beans.put(LifecycleVariableMapping.BEAN_NAME, new LifecycleVariableMapping(fields));
        beans.put(Deadlines.BEAN_NAME, new Deadlines());
        beans.put(PracticumSchedule.BEAN_NAME, PracticumSchedule.defaults());
        beans.put(RubricScoringDelegate.BEAN_NAME, new RubricScoringDelegate(fields, new RubricScoring(new BigDecimal("0.6"))));
        beans.put(CertificateIssuerDelegate.BEAN_NAME, new CertificateIssuerDelegate(new CertificateRegistry()));
        beans.put(TaskReminderDelegate.BEAN_NAME, new TaskReminderDelegate());
        beans.put(PlacementRoundSteps.BEAN_NAME, new PlacementRoundSteps());
        beans.put(FieldRegistry.class.getSimpleName(), fields);
        beans.putAll(extraBeans);

        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("practicum-test-" + UUID.randomUUID());
        TestDatabase.configure(configuration);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setBeans(beans);
        configuration.getProcessEnginePlugins().add(new PracticumEngineDefaultsPlugin());
        configuration.getProcessEnginePlugins().add(new StageTrackingEnginePlugin());
        configuration.getProcessEnginePlugins().add(new vn.practicum.engine.privacy.PrivacyEnginePlugin());
        configuration.getProcessEnginePlugins().add(new VariableChangeHistoryPlugin(false)); // as the application
        ProcessEngine engine = configuration.buildProcessEngine();
        if (TestDatabase.postgres()) {
            // closes the pool before TestDatabase's own hook drops the database (which forces any leftover out)
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "close " + engine.getName()));
        }
        return engine;
    }

    /** The tracking model of this engine's database. */
    public static StudentStageQueries tracking(ProcessEngine engine) {
        return new StudentStageQueries(jdbc(engine));
    }

    public static JdbcTemplate jdbc(ProcessEngine engine) {
        return new JdbcTemplate(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
    }

    /** The lifecycle service of this engine, with the default schedule. */
    public static PracticumLifecycle lifecycle(ProcessEngine engine, FieldPlugin... plugins) {
        return new PracticumLifecycle(engine.getRuntimeService(), new FieldRegistry(List.of(plugins)));
    }

    /** A student who meets every eligibility rule, placed from 1 February to 30 April of next year. */
    public static PracticumStart eligibleStudent(String studentId, String schoolCode, String fieldKey) {
        int year = LocalDate.now().getYear() + 1;
        return new PracticumStart(studentId, schoolCode, fieldKey, "sup." + schoolCode, 120, true,
                LocalDate.of(year, 2, 1), LocalDate.of(year, 4, 30));
    }
}
