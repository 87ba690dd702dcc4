package vn.practicum.webapp.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refusal of the API with its status and the problems, each Vietnamese then English. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<String> problems;

    public ApiException(HttpStatus status, List<String> problems) {
        super(status + ": " + String.join("; ", problems));
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public static ApiException badRequest(List<String> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, problems);
    }

    public static ApiException forbidden(String problem) {
        return new ApiException(HttpStatus.FORBIDDEN, List.of(problem));
    }

    public static ApiException notFound(String problem) {
        return new ApiException(HttpStatus.NOT_FOUND, List.of(problem));
    }

    public HttpStatus status() {
        return status;
    }

    public List<String> problems() {
        return problems;
    }
}
