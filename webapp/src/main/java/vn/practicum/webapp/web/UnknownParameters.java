package vn.practicum.webapp.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Refuses a query parameter that Practicum's API does not know (a typo such as {@code ?stgae=MENTORING} would
 * otherwise be ignored and the answer look right): 400 naming it and the parameters the endpoint takes.
 */
@Configuration(proxyBeanMethods = false)
class UnknownParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final org.springframework.core.ParameterNameDiscoverer NAMES =
            new org.springframework.core.DefaultParameterNameDiscoverer();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method) || bindsAnyParameter(method)) {
            return true;
        }
        Set<String> known = known(method);
        Set<String> sent;
        try {
            sent = UriComponentsBuilder.fromUriString("/?" + query).build().getQueryParams().keySet();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(List.of("Địa chỉ có tham số không đọc được / The query string cannot be read"));
        }
        Set<String> unknown = new TreeSet<>(sent);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            String names = String.join(", ", unknown);
            String allowed = known.isEmpty() ? "(không có / none)" : String.join(", ", new TreeSet<>(known));
            throw ApiException.badRequest(List.of("Tham số không được hỗ trợ: " + names + "; các tham số là: " + allowed
                    + " / Unknown parameters: " + names + "; the parameters are: " + allowed));
        }
        return true;
    }

    /** A handler that takes all parameters as a map, or binds them to an object, decides itself what it accepts. */
    private static boolean bindsAnyParameter(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters()).anyMatch(parameter ->
                (parameter.hasParameterAnnotation(RequestParam.class) && java.util.Map.class.isAssignableFrom(parameter.getParameterType()))
                        || parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class)
                        || parameter.getParameterType().isRecord());
    }

    private static Set<String> known(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(RequestParam.class) == null ? null : name(parameter))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static String name(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (!annotation.name().isEmpty()) {
            return annotation.name();
        }
        if (!annotation.value().isEmpty()) {
            return annotation.value();
        }
        // the handler has not run yet, so its parameters do not know their names: look them up as Spring MVC will
        parameter.initParameterNameDiscovery(NAMES);
        return parameter.getParameterName();
    }
}
