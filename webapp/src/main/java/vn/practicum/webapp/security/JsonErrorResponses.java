package vn.practicum.webapp.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.practicum.webapp.web.ApiError;

/** Spring Security's refusals written as Practicum's {@link ApiError} JSON. */
class JsonErrorResponses {

    static final String REALM = "Practicum";
    static final String DISABLED = "Chức năng này đã bị tắt / This endpoint is disabled";

    private final ObjectMapper objectMapper;

    JsonErrorResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** 401 with an HTTP Basic challenge: no or wrong credentials on {@code /api/**}. */
    AuthenticationEntryPoint basicChallenge() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            write(response, HttpStatus.UNAUTHORIZED, "Đăng nhập bằng HTTP Basic với tài khoản Practicum (tên đăng nhập và mật khẩu)"
                    + " / Sign in with HTTP Basic using your Practicum user id and password");
        };
    }

    /** 401 without a Basic challenge: the webapps' API wants a session from the webapps' login page. */
    AuthenticationEntryPoint signInToWebapps() {
        return (request, response, exception) -> write(response, HttpStatus.UNAUTHORIZED,
                "Hãy đăng nhập vào Cockpit, Tasklist hoặc Admin trước / Sign in to Cockpit, Tasklist or Admin first");
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                "Bạn không có quyền với tài nguyên này / You may not access this resource");
    }

    /** 403 whoever asks: for endpoints that are closed to everybody. */
    AuthenticationEntryPoint closed() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                "Chức năng này đã bị tắt / This endpoint is disabled");
    }

    AccessDeniedHandler closedForAuthenticated() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                "Chức năng này đã bị tắt / This endpoint is disabled");
    }

    void write(HttpServletResponse response, HttpStatus status, String problem) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), ApiError.of(status, List.of(problem)));
    }
}
