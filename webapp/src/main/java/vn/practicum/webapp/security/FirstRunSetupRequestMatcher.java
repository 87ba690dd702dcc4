package vn.practicum.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches every request that could reach the Admin webapp's first-run set-up ({@code .../api/admin/setup/...}),
 * whatever the spelling: any method, upper or lower case, percent-encoded characters (decoded repeatedly),
 * {@code ;} path parameters, doubled slashes, {@code .} and {@code ..} segments, trailing slashes.
 * Deliberately broad: nothing legitimate lives under that path.
 */
class FirstRunSetupRequestMatcher implements RequestMatcher {

    static final String SETUP_PATH = "/api/admin/setup";

    @Override
    public boolean matches(HttpServletRequest request) {
        return isSetupPath(request.getRequestURI())
                || isSetupPath(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }

    static boolean isSetupPath(String rawPath) {
        String path = normalize(rawPath);
        return path.contains(SETUP_PATH);
    }

    /** Decoded, lower-case, without path parameters, empty, {@code .} or {@code ..} segments. */
    static String normalize(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        for (int round = 0; round < 4; round++) {
            String decoded;
            try {
                decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                break;
            }
            if (decoded.equals(path)) {
                break;
            }
            path = decoded;
        }
        path = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            int parameters = segment.indexOf(';');
            String name = (parameters >= 0 ? segment.substring(0, parameters) : segment).trim();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments);
    }
}
