package vn.practicum.webapp.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers two kinds of bad input to Camunda's REST APIs ({@code /engine-rest}, {@code /camunda/api/engine})
 * with a 400 and a readable message, where the engine would refuse them too but with a 500:
 * <ul>
 *   <li>a variable in Java serialization format ({@code application/x-java-serialized-object}): the engine
 *       has Java serialization switched off;</li>
 *   <li>a new or changed password that does not meet the password policy (the violated rules are named).</li>
 * </ul>
 * Only JSON bodies of POST, PUT and PATCH requests are read, at most {@value #MAX_BODY} bytes.
 */
class EngineRequestBodyFilter extends OncePerRequestFilter {

    static final int MAX_BODY = 10 * 1024 * 1024;
    private static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
    private static final Pattern USER_CREATE = Pattern.compile(".*/user/create/?");
    private static final Pattern USER_CREDENTIALS = Pattern.compile(".*/user/([^/]+)/credentials/?");

    private final IdentityService identityService;
    private final ObjectMapper objectMapper;
    private final JsonErrorResponses errors;

    EngineRequestBodyFilter(IdentityService identityService, ObjectMapper objectMapper, JsonErrorResponses errors) {
        this.identityService = identityService;
        this.objectMapper = objectMapper;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String type = request.getContentType();
        return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
                || type == null || !type.toLowerCase(Locale.ROOT).contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            errors.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Nội dung quá lớn (tối đa 10 MB) / Request body too large (10 MB at most)");
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED)) {
            errors.write(response, HttpStatus.BAD_REQUEST, "Không chấp nhận biến tuần tự hóa Java (" + JAVA_SERIALIZED
                    + "); hãy dùng JSON / Java-serialized variables are not accepted; use JSON");
            return;
        }
        List<String> weak = passwordProblems(request.getRequestURI(), text);
        if (!weak.isEmpty()) {
            errors.write(response, HttpStatus.BAD_REQUEST, "Mật khẩu không đạt chính sách mật khẩu: " + String.join(", ", weak)
                    + " / The password does not meet the password policy: " + String.join(", ", weak));
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** The violated policy rules of the password a user creation or password change sets; empty if none. */
    private List<String> passwordProblems(String uri, String text) {
        Matcher credentials = USER_CREDENTIALS.matcher(uri);
        boolean create = USER_CREATE.matcher(uri).matches();
        if (!create && !credentials.matches()) {
            return List.of();
        }
        JsonNode json;
        try {
            json = objectMapper.readTree(text);
        } catch (IOException malformed) {
            return List.of(); // Camunda answers malformed JSON itself, with a 400
        }
        if (json == null) {
            return List.of();
        }
        String password;
        User user;
        if (create) {
            password = json.path("credentials").path("password").asText(null);
            JsonNode profile = json.path("profile");
            UserEntity entity = new UserEntity(profile.path("id").asText(null));
            entity.setFirstName(profile.path("firstName").asText(null));
            entity.setLastName(profile.path("lastName").asText(null));
            entity.setEmail(profile.path("email").asText(null));
            user = entity;
        } else {
            password = json.path("password").asText(null);
            user = identityService.createUserQuery().userId(java.net.URLDecoder.decode(credentials.group(1), StandardCharsets.UTF_8))
                    .singleResult();
        }
        if (password == null) {
            return List.of();
        }
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, user);
        return result.isValid() ? List.of() : result.getViolatedRules().stream().map(rule -> rule.getPlaceholder()
                + (rule.getParameters() == null || rule.getParameters().isEmpty() ? "" : rule.getParameters().toString())).toList();
    }

    /** The request with its body read once and replayed to the servlet. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
