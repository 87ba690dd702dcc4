package vn.practicum.webapp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of all, before Spring Security and Camunda's filters:
 * <ul>
 *   <li>403 for anything that reaches for the Admin first-run set-up ({@link FirstRunSetupRequestMatcher});</li>
 *   <li>400 for a path with percent-encoded letters, digits or {@code -._~}: no client needs to encode them,
 *       and such paths are read differently by different filters and servlets (path confusion).</li>
 * </ul>
 */
class PathHardeningFilter extends OncePerRequestFilter {

    private static final Pattern ENCODED_UNRESERVED = Pattern.compile("%(?:[46][1-9a-fA-F]|[57][0-9aA]|3[0-9]|2[dDeE]|5[fF]|7[eE])");

    private final FirstRunSetupRequestMatcher setup = new FirstRunSetupRequestMatcher();
    private final JsonErrorResponses errors;

    PathHardeningFilter(JsonErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (setup.matches(request)) {
            errors.write(response, HttpStatus.FORBIDDEN, JsonErrorResponses.DISABLED);
            return;
        }
        String uri = request.getRequestURI();
        if (uri != null && ENCODED_UNRESERVED.matcher(uri).find()) {
            errors.write(response, HttpStatus.BAD_REQUEST, "Đường dẫn không hợp lệ: chữ và số không được mã hóa phần trăm"
                    + " / Invalid path: letters and digits must not be percent-encoded");
            return;
        }
        chain.doFilter(request, response);
    }
}
