package vn.practicum.engine.tracking;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.student.StudentRegister;

/**
 * Keeps the stage-tracking read model: creates or migrates its tables (Flyway) once the engine's own
 * schema exists, and attaches the listeners that write it in the engine's transactions.
 */
public class StageTrackingEnginePlugin extends AbstractProcessEnginePlugin {

    private DataSource dataSource;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new StageTrackingParseListener(new StageTrackingWriter()));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        dataSource = configuration.getDataSource();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        migrate(dataSource);
        new StudentRegister(new JdbcTemplate(dataSource)).fillMissingNameKeys();
    }

    /** Brings the tracking tables up to date; safe to run on every start and from several nodes. */
    public static void migrate(DataSource dataSource) {
        // MyBatis' pool (a standalone engine) hands out connections Flyway cannot close cleanly: use what it pools
        DataSource target = dataSource instanceof PooledDataSource pooled
                ? new UnpooledDataSource(pooled.getDriver(), pooled.getUrl(), pooled.getUsername(), pooled.getPassword())
                : dataSource;
        Flyway.configure()
                .dataSource(target)
                .locations("classpath:db/practicum")
                .table("practicum_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
