package vn.practicum.webapp.reliability;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/** Camunda's {@link RestExceptionHandler}, except that a lost race is a 409 ({@link ConcurrentChangeResponses}). */
final class RestExceptionMapper implements ExceptionMapper<RestException> {

    private final ConcurrentChangeResponses conflicts;
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Context
    private UriInfo uriInfo;

    RestExceptionMapper(ConcurrentChangeResponses conflicts) {
        this.conflicts = conflicts;
    }

    @Override
    public Response toResponse(RestException exception) {
        return conflicts.conflict(exception, uriInfo == null ? null : uriInfo.getPath())
                .orElseGet(() -> camunda.toResponse(exception));
    }
}
