package vn.practicum.webapp;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.practicum.webapp.access.ApplicationAccess;
import vn.practicum.webapp.admin.AdministratorInitializer;
import vn.practicum.webapp.tasklist.TaskFilters;

/**
 * The start-up set-up, in order, before the server takes requests: the administrator (or stop),
 * the applications' access, the Tasklist's shared filters. Every step is idempotent.
 *
 * <p>Nodes of a cluster starting at the same moment would otherwise both find a group, grant or filter missing
 * and both create it (a unique-key violation that stops the second node, or a duplicate filter that has no
 * unique key at all): the set-up runs in one transaction that first locks the {@code startup-setup} row of
 * {@code practicum_lock} (Flyway V6), so the second node waits for the first to commit and then finds
 * everything there. The engine's commands join this transaction (Spring-managed transactions).
 */
@Component
class PracticumSetup implements SmartInitializingSingleton {

    static final String LOCK = "startup-setup";

    private final AdministratorInitializer administrator;
    private final ApplicationAccess applicationAccess;
    private final TaskFilters taskFilters;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    PracticumSetup(AdministratorInitializer administrator, ApplicationAccess applicationAccess, TaskFilters taskFilters,
                   JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.administrator = administrator;
        this.applicationAccess = applicationAccess;
        this.taskFilters = taskFilters;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select name from practicum_lock where name = ? for update", String.class, LOCK);
            administrator.ensureAdministrator();
            applicationAccess.ensureDefaults();
            taskFilters.ensureFilters(administrator.administratorId());
        });
    }
}
