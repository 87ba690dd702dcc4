package vn.practicum.webapp.reliability;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;

/** A lost race that reaches the REST layer unwrapped: 409, never Camunda's 500. */
final class OptimisticLockingExceptionMapper implements ExceptionMapper<OptimisticLockingException> {

    private final ConcurrentChangeResponses conflicts;

    OptimisticLockingExceptionMapper(ConcurrentChangeResponses conflicts) {
        this.conflicts = conflicts;
    }

    @Override
    public Response toResponse(OptimisticLockingException exception) {
        return conflicts.conflict(exception, null).orElseThrow();
    }
}
