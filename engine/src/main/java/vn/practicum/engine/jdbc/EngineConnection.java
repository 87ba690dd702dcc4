package vn.practicum.engine.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The JDBC connection of the engine command that is running now. Statements on it commit or roll
 * back together with the engine's own changes, with or without Spring managing the transaction.
 */
public final class EngineConnection {

    private EngineConnection() {
    }

    public static Connection current() {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext == null) {
            throw new IllegalStateException("Called outside an engine command: there is no engine transaction to join");
        }
        Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
        if (!Context.getProcessEngineConfiguration().isTransactionsExternallyManaged()) {
            // The engine manages the transaction itself (no Spring). MyBatis rolls back only what went
            // through its own statements and, on closing, switches auto-commit back on, which would commit
            // ours: roll them back explicitly when the engine rolls back.
            commandContext.getTransactionContext().addTransactionListener(TransactionState.ROLLINGBACK,
                    context -> rollback(connection));
        }
        return connection;
    }

    private static void rollback(Connection connection) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not roll back the tracking changes", e);
        }
    }

    /** The user the engine acts for in this command, or null when the engine acts on its own (jobs, Java API). */
    public static String authenticatedUserId() {
        CommandContext commandContext = Context.getCommandContext();
        return commandContext == null ? null : commandContext.getAuthenticatedUserId();
    }
}
