package vn.practicum.engine.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Where the test engines keep their data: in-memory H2 (the default), or a fresh PostgreSQL database per engine
 * when the system property {@code practicum.test.database} is {@code postgres} (the build's second surefire
 * execution sets it). A PostgreSQL database is named {@code <prefix>_<random>} and dropped when the JVM ends.
 *
 * <ul>
 *   <li>{@code practicum.test.postgres.url}: the server, default {@code jdbc:postgresql://127.0.0.1:5432/}</li>
 *   <li>{@code practicum.test.postgres.user} / {@code .password}: default {@code postgres} / empty (trust)</li>
 *   <li>{@code practicum.test.postgres.prefix}: the database name's prefix, default {@code practicum_test}</li>
 * </ul>
 * An unreachable server fails the test run with a message that says so: the PostgreSQL run is never skipped
 * silently.
 */
public final class TestDatabase {

    public static final String DATABASE_PROPERTY = "practicum.test.database";

    private TestDatabase() {
    }

    /** True when the tests of this JVM run on PostgreSQL. */
    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(DATABASE_PROPERTY, "h2").trim());
    }

    /** Points the configuration at a fresh database of the selected kind. */
    static void configure(ProcessEngineConfigurationImpl configuration) {
        if (!postgres()) {
            configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            return;
        }
        String server = serverUrl();
        String name = freshDatabase();
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUrl(server + name);
        configuration.setJdbcUsername(user());
        configuration.setJdbcPassword(password());
    }

    /**
     * Creates an empty PostgreSQL database with a random name, dropped (with any connection still open) when the
     * JVM ends. Also used by the cluster test and the benchmark.
     */
    public static String freshDatabase() {
        String prefix = System.getProperty("practicum.test.postgres.prefix", "practicum_test").trim().toLowerCase(Locale.ROOT);
        if (!prefix.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalStateException("practicum.test.postgres.prefix must be letters, digits and _: " + prefix);
        }
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop " + name));
        return name;
    }

    /** The JDBC URL of a database on the test server. */
    public static String url(String database) {
        return serverUrl() + database;
    }

    public static String user() {
        return System.getProperty("practicum.test.postgres.user", "postgres");
    }

    public static String password() {
        return System.getProperty("practicum.test.postgres.password", "");
    }

    /** Drops a database made by {@link #freshDatabase()}, closing whatever still holds a connection to it. */
    public static void drop(String database) {
        try {
            execute("drop database if exists " + database + " with (force)");
        } catch (IllegalStateException e) {
            System.err.println("could not drop test database " + database + ": " + e.getMessage());
        }
    }

    private static String serverUrl() {
        String url = System.getProperty("practicum.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
        return url.endsWith("/") ? url : url + "/";
    }

    private static void execute(String sql) {
        String maintenance = serverUrl() + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + maintenance + " (user " + user() + ") refused '" + sql
                    + "': " + e.getMessage().replaceAll("\\.$", "") + ". The tests run on PostgreSQL because " + DATABASE_PROPERTY + "=postgres"
                    + " (the build's 'postgres' surefire execution): start PostgreSQL there, point"
                    + " -Dpracticum.test.postgres.url/.user/.password at one, or leave that run out with"
                    + " -Dpracticum.test.postgres.skip=true.", e);
        }
    }
}
