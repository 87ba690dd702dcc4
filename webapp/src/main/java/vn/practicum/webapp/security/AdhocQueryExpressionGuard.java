package vn.practicum.webapp.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * No expressions in ad-hoc task queries, including their nested {@code orQueries}. With
 * {@code enableExpressionsInAdhocQueries=false} Camunda 7.24 refuses an expression at the top of a task query
 * but evaluates one inside an or-query ({@code POST /engine-rest/task {"orQueries":[{"assigneeExpression":
 * "${...}"}]}}), and the same holds for a query extending a stored filter. This interceptor refuses both
 * before they run. Stored filters keep their expressions ({@code ${currentUser()}}): they are executed by the
 * filter command itself, not as ad-hoc queries.
 */
class AdhocQueryExpressionGuard extends CommandInterceptor {

    private static final Field EXTENDING_QUERY = extendingQueryField();

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof TaskQueryImpl query) {
            refuseExpressions(query);
        } else if (command instanceof AbstractExecuteFilterCmd filterCommand && extendingQuery(filterCommand) instanceof TaskQueryImpl query) {
            refuseExpressions(query);
        }
        return next.execute(command);
    }

    private static void refuseExpressions(TaskQueryImpl query) {
        for (TaskQueryImpl part : query.getQueries()) {
            if (part.getExpressions() != null && !part.getExpressions().isEmpty()) {
                throw new BadUserRequestException("Truy vấn không được chứa biểu thức (" + String.join(", ", part.getExpressions().keySet())
                        + ") / Expressions are not allowed in ad-hoc queries, nor in their orQueries: "
                        + String.join(", ", part.getExpressions().keySet()));
            }
        }
    }

    private static Object extendingQuery(AbstractExecuteFilterCmd command) {
        try {
            return EXTENDING_QUERY.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot inspect the query extending a filter", e);
        }
    }

    private static Field extendingQueryField() {
        try {
            Field field = AbstractExecuteFilterCmd.class.getDeclaredField("extendingQuery");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's AbstractExecuteFilterCmd has no extendingQuery field any more", e);
        }
    }
}
