package vn.practicum.engine.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The record of notifications sent ({@code practicum_notification}), one row per notification key and recipient.
 * It is written on a connection of its own, committed at once, outside the job's transaction: a mail sent stays
 * recorded even if the job then fails or its node dies, so a retry, or another node of the cluster, never sends it
 * again. A node claims a key before sending (the primary key lets only one claim win) and marks it sent after;
 * a claim left by a node that died is taken over after {@link #lease}. The one case that may still send twice:
 * a node dies after the SMTP server accepted the message and before it recorded that (a few milliseconds).
 */
public class NotificationLedger implements AutoCloseable {

    public enum Claim { GRANTED, ALREADY_DONE, BUSY }

    static final String CLAIMED = "CLAIMED";
    static final String SENT = "SENT";
    static final String NO_ADDRESS = "NO_ADDRESS";

    private final DataSource dataSource;
    private final Duration lease;
    private final HikariDataSource ownPool;

    public NotificationLedger(DataSource dataSource, Duration lease) {
        this(dataSource, lease, null);
    }

    private NotificationLedger(DataSource dataSource, Duration lease, HikariDataSource ownPool) {
        // never join the engine's transaction: that is the point of this table
        this.dataSource = dataSource instanceof TransactionAwareDataSourceProxy proxy ? proxy.getTargetDataSource() : dataSource;
        this.lease = lease;
        this.ownPool = ownPool;
    }

    /**
     * A ledger with a small connection pool of its own, to the same database as the application's Hikari pool. A
     * notification job holds one connection of the application's pool for its transaction and needs another for
     * the ledger: were both taken from one pool, as many jobs at once as the pool has connections would wait for
     * each other until they time out. Any other data source is used as it is.
     */
    public static NotificationLedger withOwnPool(DataSource dataSource, Duration lease) {
        if (dataSource instanceof HikariDataSource application) {
            HikariConfig config = new HikariConfig();
            application.copyStateTo(config);
            config.setPoolName("practicum-notification-ledger");
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(0);
            config.setAutoCommit(true);
            config.setMetricRegistry(null);
            config.setMetricsTrackerFactory(null);
            HikariDataSource own = new HikariDataSource(config);
            return new NotificationLedger(own, lease, own);
        }
        return new NotificationLedger(dataSource, lease);
    }

    @Override
    public void close() {
        if (ownPool != null) {
            ownPool.close();
        }
    }

    /** Claims the key for sending now: granted, done already (sent or no address), or busy on another node. */
    public Claim claim(String key, NotificationKind kind, String recipientId, String taskId, Instant now) {
        try (Connection connection = connection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into practicum_notification (notification_key, kind, recipient_id, task_id, status, claimed_at)
                    values (?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, key);
                insert.setString(2, kind.name());
                insert.setString(3, recipientId);
                insert.setString(4, taskId);
                insert.setString(5, CLAIMED);
                insert.setTimestamp(6, Timestamp.from(now));
                insert.executeUpdate();
                return Claim.GRANTED;
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
            }
            return existing(connection, key, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim notification " + key, e);
        }
    }

    private Claim existing(Connection connection, String key, Instant now) throws SQLException {
        String status;
        Timestamp claimedAt;
        try (PreparedStatement select = connection.prepareStatement(
                "select status, claimed_at from practicum_notification where notification_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Claim.BUSY; // released between our insert and select: the retry will claim it
                }
                status = row.getString(1);
                claimedAt = row.getTimestamp(2);
            }
        }
        if (!CLAIMED.equals(status)) {
            return Claim.ALREADY_DONE;
        }
        if (claimedAt.toInstant().plus(lease).isAfter(now)) {
            return Claim.BUSY;
        }
        try (PreparedStatement takeOver = connection.prepareStatement("""
                update practicum_notification set claimed_at = ?
                where notification_key = ? and status = ? and claimed_at = ?""")) {
            takeOver.setTimestamp(1, Timestamp.from(now));
            takeOver.setString(2, key);
            takeOver.setString(3, CLAIMED);
            takeOver.setTimestamp(4, claimedAt);
            return takeOver.executeUpdate() == 1 ? Claim.GRANTED : Claim.BUSY;
        }
    }

    public void sent(String key, Instant now) {
        finish(key, SENT, now);
    }

    /** The recipient has no e-mail address: recorded, and not tried again. */
    public void noAddress(String key, Instant now) {
        finish(key, NO_ADDRESS, now);
    }

    /** Sending failed: the claim is dropped so that the job's retry claims it again. */
    public void release(String key) {
        update("delete from practicum_notification where notification_key = ? and status = '" + CLAIMED + "'", key, null);
    }

    /** The status of a key, or null if it was never claimed (for operators and tests). */
    public String status(String key) {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement(
                     "select status from practicum_notification where notification_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read notification " + key, e);
        }
    }

    private void finish(String key, String status, Instant now) {
        update("update practicum_notification set status = '" + status + "', sent_at = ? where notification_key = ?", key, now);
    }

    private void update(String sql, String key, Instant now) {
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (now != null) {
                statement.setTimestamp(index++, Timestamp.from(now));
            }
            statement.setString(index, key);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record notification " + key, e);
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        return connection;
    }
}
