package vn.practicum.webapp.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The API's errors that never reach a controller (no such endpoint, wrong method, wrong content type, a
 * failure in a filter) go through Spring Boot's {@code /error}: under {@code /api/} its body is shaped like
 * {@link ApiError} too. Other paths keep Spring Boot's default body; neither ever holds a stack trace.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
        Object path = attributes.get("path");
        if (!(path instanceof String requested) || !requested.startsWith("/api/")) {
            return attributes;
        }
        HttpStatus status = HttpStatus.resolve(attributes.get("status") instanceof Integer code ? code : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ApiError error = ApiError.of(status, List.of(problem(status)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", error.status());
        body.put("error", error.error());
        body.put("problems", error.problems());
        return body;
    }

    private static String problem(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Không có địa chỉ này trong API / No such API endpoint";
            case METHOD_NOT_ALLOWED -> "Địa chỉ này không nhận phương thức HTTP đó / This endpoint does not take that HTTP method";
            case UNSUPPORTED_MEDIA_TYPE -> "Gửi nội dung dạng application/json / Send the body as application/json";
            case NOT_ACCEPTABLE -> "API chỉ trả về application/json / The API answers in application/json only";
            case BAD_REQUEST -> "Yêu cầu không đọc được / The request could not be read";
            case UNAUTHORIZED -> "Cần đăng nhập bằng HTTP Basic / Sign in with HTTP Basic";
            case FORBIDDEN -> "Bạn không có quyền với tài nguyên này / You may not access this resource";
            default -> status.is5xxServerError()
                    ? "Đã ghi lại lỗi; xin thử lại sau / The error was logged; please try again later"
                    : status.getReasonPhrase();
        };
    }
}
