package vn.practicum.engine.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nodes of a cluster starting at the same moment on an empty PostgreSQL database would both create Camunda's schema
 * (the second fails: "relation act_ge_property already exists") and both run Flyway: this plugin makes the engine
 * start-ups of all nodes take turns. It holds a PostgreSQL session-level advisory lock from after the configuration
 * is initialised (before the engine's schema operations) until the engine is built and the tracking tables migrated
 * (registered after {@code StageTrackingEnginePlugin}). A node that dies while holding it releases it with its
 * connection. Other databases (H2 for a single node) are left alone.
 */
public class ClusterStartupLock extends AbstractProcessEnginePlugin {

    /** The advisory lock's key: "PRACTICUM" in ASCII, 64 bits. */
    static final long KEY = 0x5052414354494355L;

    private static final Logger LOG = LoggerFactory.getLogger(ClusterStartupLock.class);

    private Connection held;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!"postgres".equals(configuration.getDatabaseType())) {
            return;
        }
        DataSource dataSource = configuration.getDataSource();
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            }
            held = connection;
            LOG.info("Holding the cluster start-up lock (waited {} ms)", (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not take the cluster start-up lock", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        Connection connection = held;
        held = null;
        if (connection == null) {
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // closing the session releases the lock anyway
            LOG.warn("Could not release the cluster start-up lock explicitly: {}", e.getMessage());
        }
    }
}
