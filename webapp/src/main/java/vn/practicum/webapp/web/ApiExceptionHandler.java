package vn.practicum.webapp.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.practicum.engine.lifecycle.PracticumLifecycle.InvalidLifecycleRequestException;
import vn.practicum.engine.lifecycle.PracticumLifecycle.LifecycleConflictException;

/** Every failure of Practicum's own API as an {@link ApiError}: a status, a title and the problems, no stack trace. */
@RestControllerAdvice(basePackages = "vn.practicum.webapp")
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return error(e.status(), e.problems());
    }

    @ExceptionHandler(InvalidLifecycleRequestException.class)
    ResponseEntity<ApiError> invalidLifecycleRequest(InvalidLifecycleRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.problems());
    }

    @ExceptionHandler(LifecycleConflictException.class)
    ResponseEntity<ApiError> lifecycleConflict(LifecycleConflictException e) {
        return error(HttpStatus.CONFLICT, List.of(e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, List.of(JsonProblems.describe(e)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of("Gửi nội dung dạng application/json, không phải "
                + e.getContentType() + " / Send the body as application/json, not " + e.getContentType()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return error(HttpStatus.NOT_ACCEPTABLE, List.of("API chỉ trả về application/json / The API answers in application/json only"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, List.of(e.getName() + ": giá trị '" + e.getValue() + "' không hợp lệ"
                + " / " + e.getName() + ": '" + e.getValue() + "' is not a valid value"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, List.of(e.getParameterName() + ": bắt buộc / " + e.getParameterName() + ": required"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, List.of("Không hỗ trợ " + e.getMethod() + " ở địa chỉ này / "
                + e.getMethod() + " is not supported here"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchEndpoint(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, List.of("Không có địa chỉ này trong API / No such API endpoint"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            // a refusal Spring MVC names itself (missing header, unreadable part, unsupported type...): stays a 4xx
            HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
            return error(status, List.of(ApiError.title(status)));
        }
        LOG.error("Unexpected failure of an API call", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, List.of("Đã ghi lại lỗi; xin thử lại sau"
                + " / The error was logged; please try again later"));
    }

    static ResponseEntity<ApiError> error(HttpStatus status, List<String> problems) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(status, problems));
    }
}
