package vn.practicum.webapp.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The body of every error of Practicum's API: {@code {"status":400,"error":"...","problems":["..."]}},
 * Vietnamese first then English, never a stack trace.
 */
public record ApiError(int status, String error, List<String> problems) {

    public ApiError {
        problems = List.copyOf(problems);
    }

    public static ApiError of(HttpStatus status, List<String> problems) {
        return new ApiError(status.value(), title(status), problems);
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Yêu cầu không hợp lệ / Bad request";
            case UNAUTHORIZED -> "Cần đăng nhập / Authentication required";
            case FORBIDDEN -> "Không có quyền / Forbidden";
            case NOT_FOUND -> "Không tìm thấy / Not found";
            case METHOD_NOT_ALLOWED -> "Phương thức không được hỗ trợ / Method not allowed";
            case NOT_ACCEPTABLE -> "Định dạng trả về không được hỗ trợ / Not acceptable";
            case CONFLICT -> "Xung đột với trạng thái hiện tại / Conflict";
            case UNSUPPORTED_MEDIA_TYPE -> "Kiểu nội dung không được hỗ trợ / Unsupported media type";
            case PAYLOAD_TOO_LARGE -> "Nội dung quá lớn / Payload too large";
            default -> status.is5xxServerError() ? "Lỗi hệ thống / Internal error" : status.getReasonPhrase();
        };
    }
}
