package vn.practicum.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.practicum.engine.notification.NotificationLedger.Claim;

/** {@code practicum_notification}: who may send a notification, so that it is sent once across retries and nodes. */
class NotificationLedgerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static JdbcDataSource database;

    @BeforeAll
    static void migrate() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        // the V9 migration alone (the earlier ones need the engine's tables)
        new ResourceDatabasePopulator(new ClassPathResource("db/practicum/V9__notification_ledger.sql")).execute(database);
    }

    private final NotificationLedger ledger = new NotificationLedger(database, Duration.ofMinutes(10));

    private static String key() {
        return "assigned:" + UUID.randomUUID() + ":mentor.a";
    }

    @Test
    void theFirstClaimWinsAndASecondNodeWaits() {
        // given a node claimed the notification
        String key = key();
        assertThat(ledger.claim(key, NotificationKind.ASSIGNED, "mentor.a", "task-1", NOW)).isEqualTo(Claim.GRANTED);

        // when another node claims it while the first is sending
        Claim second = ledger.claim(key, NotificationKind.ASSIGNED, "mentor.a", "task-1", NOW.plusSeconds(5));

        // then it must wait (its job retries later)
        assertThat(second).isEqualTo(Claim.BUSY);
        assertThat(ledger.status(key)).isEqualTo("CLAIMED");
    }

    @Test
    void aSentNotificationIsNeverClaimedAgain() {
        // given a notification sent
        String key = key();
        ledger.claim(key, NotificationKind.ASSIGNED, "mentor.a", "task-1", NOW);
        ledger.sent(key, NOW.plusSeconds(1));

        // when a retry, or another node, claims it, even much later
        Claim again = ledger.claim(key, NotificationKind.ASSIGNED, "mentor.a", "task-1", NOW.plus(Duration.ofDays(2)));

        // then it is done already
        assertThat(again).isEqualTo(Claim.ALREADY_DONE);
        assertThat(ledger.status(key)).isEqualTo("SENT");
    }

    @Test
    void aFailedSendIsReleasedForTheRetry() {
        // given a claim whose send failed
        String key = key();
        ledger.claim(key, NotificationKind.REMINDER, "mentor.a", "task-1", NOW);
        ledger.release(key);

        // when the job retries
        Claim retry = ledger.claim(key, NotificationKind.REMINDER, "mentor.a", "task-1", NOW.plusSeconds(60));

        // then it may send
        assertThat(retry).isEqualTo(Claim.GRANTED);
    }

    @Test
    void theClaimOfANodeThatDiedIsTakenOverAfterTheLease() {
        // given a node claimed the notification and died before sending
        String key = key();
        ledger.claim(key, NotificationKind.DIGEST, "mentor.a", null, NOW);

        // when another node claims it within the lease, then after it
        Claim within = ledger.claim(key, NotificationKind.DIGEST, "mentor.a", null, NOW.plus(Duration.ofMinutes(9)));
        Claim after = ledger.claim(key, NotificationKind.DIGEST, "mentor.a", null, NOW.plus(Duration.ofMinutes(11)));

        // then it waits, then takes over, once
        assertThat(within).isEqualTo(Claim.BUSY);
        assertThat(after).isEqualTo(Claim.GRANTED);
        assertThat(ledger.claim(key, NotificationKind.DIGEST, "mentor.a", null, NOW.plus(Duration.ofMinutes(12))))
                .isEqualTo(Claim.BUSY);
    }

    @Test
    void nextToAHikariPoolTheLedgerKeepsAPoolOfItsOwnToTheSameDatabase() throws Exception {
        // given the application's Hikari pool, in use
        HikariConfig config = new HikariConfig();
        config.setDataSource(database);
        config.setPoolName("application");
        config.setMaximumPoolSize(1);
        try (HikariDataSource application = new HikariDataSource(config);
             java.sql.Connection held = application.getConnection();
             NotificationLedger own = NotificationLedger.withOwnPool(application, Duration.ofMinutes(10))) {
            // when the only connection of the application's pool is held (a job's transaction) and the ledger works
            String key = key();
            Claim claim = own.claim(key, NotificationKind.ASSIGNED, "mentor.a", "task-1", NOW);
            own.sent(key, NOW);

            // then it did not wait for the application's pool, and wrote to the same database
            assertThat(held.isClosed()).isFalse();
            assertThat(claim).isEqualTo(Claim.GRANTED);
            assertThat(ledger.status(key)).isEqualTo("SENT");
        }
    }

    @Test
    void aUserWithoutAddressIsRecordedAndNotTriedAgain() {
        String key = key();
        ledger.claim(key, NotificationKind.ASSIGNED, "mentor.a", "task-1", NOW);
        ledger.noAddress(key, NOW);

        assertThat(ledger.claim(key, NotificationKind.ASSIGNED, "mentor.a", "task-1", NOW.plusSeconds(60)))
                .isEqualTo(Claim.ALREADY_DONE);
        assertThat(ledger.status(key)).isEqualTo("NO_ADDRESS");
    }
}
