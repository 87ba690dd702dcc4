package vn.practicum.webapp.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import vn.practicum.engine.lifecycle.Groups;

/**
 * Who guards what.
 * <ul>
 *   <li>{@code /engine-rest/**} (Camunda Modeler, scripts): HTTP Basic checked by Camunda's own
 *       {@link ProcessEngineAuthenticationFilter}, so the engine's authorizations apply to every call.</li>
 *   <li>{@code /camunda/**} (Cockpit, Tasklist, Admin): Camunda's session login and CSRF token; the webapps'
 *       API ({@code /camunda/api/**}) also needs a signed-in session here; the Admin's first-run set-up is
 *       closed to everybody in every spelling of its path (and refused by the engine too,
 *       {@link FirstRunSetupGuard}): the administrator is created at start-up only.</li>
 *   <li>{@code /api/**} (Practicum's API): Spring Security, HTTP Basic against Camunda's users, stateless.</li>
 * </ul>
 */
@Configuration
class SecurityConfiguration {

    private final String webappPath;
    private final String restPath;

    SecurityConfiguration(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
                          @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        this.webappPath = trimSlash(webappPath);
        this.restPath = trimSlash(restPath);
    }

    @Bean
    CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identityService) {
        return new CamundaIdentityAuthenticationProvider(identityService);
    }

    @Bean
    JsonErrorResponses jsonErrorResponses(ObjectMapper objectMapper) {
        return new JsonErrorResponses(objectMapper);
    }

    /** Before every other filter: the set-up path in any spelling, and percent-encoded letters in paths. */
    @Bean
    FilterRegistrationBean<PathHardeningFilter> pathHardening(JsonErrorResponses errors) {
        FilterRegistrationBean<PathHardeningFilter> registration = new FilterRegistrationBean<>(new PathHardeningFilter(errors));
        registration.setName("practicum-path-hardening");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Java-serialized variables and weak passwords sent to Camunda's REST APIs: 400 instead of the engine's 500. */
    @Bean
    FilterRegistrationBean<EngineRequestBodyFilter> engineRequestBodies(IdentityService identityService,
                                                                        ObjectMapper objectMapper, JsonErrorResponses errors) {
        FilterRegistrationBean<EngineRequestBodyFilter> registration =
                new FilterRegistrationBean<>(new EngineRequestBodyFilter(identityService, objectMapper, errors));
        registration.setName("practicum-engine-request-bodies");
        registration.addUrlPatterns(restPath + "/*", webappPath + "/api/engine/*");
        // after authentication: an anonymous caller gets 401 whatever the body
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 50);
        return registration;
    }

    /** Camunda's REST authentication, as the REST API reference describes it. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        registration.addUrlPatterns(restPath + "/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        return registration;
    }

    /** The engine's security settings and the engine-level guard of the first-run set-up. */
    @Bean
    static SecurityEnginePlugin securityEnginePlugin() {
        return new SecurityEnginePlugin();
    }

    /** CVE-2026-77226: the first-run set-up, closed to everybody in every spelling of its path. */
    @Bean
    @Order(0)
    SecurityFilterChain closedSetupEndpoint(HttpSecurity http, JsonErrorResponses errors) throws Exception {
        return http
                .securityMatcher(new FirstRunSetupRequestMatcher())
                .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(errors.closed())
                        .accessDeniedHandler(errors.closedForAuthenticated()))
                .build();
    }

    /**
     * The webapps' own API ({@code /camunda/api/**}): only a signed-in webapp session passes, except what the
     * login page needs before anyone is signed in (log in, log out, "who am I", the engine names, plugins'
     * static scripts). Camunda's own SecurityFilter then checks the user's application and engine rights.
     */
    @Bean
    @Order(1)
    SecurityFilterChain webappApi(HttpSecurity http, JsonErrorResponses errors) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        String api = webappPath + "/api";
        return http
                .securityMatcher(paths.matcher(api + "/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher(HttpMethod.POST, api + "/admin/auth/user/{engine}/login/{app}"),
                                paths.matcher(HttpMethod.POST, api + "/admin/auth/user/{engine}/logout"),
                                paths.matcher(HttpMethod.GET, api + "/admin/auth/user/{engine}"),
                                paths.matcher(HttpMethod.GET, api + "/engine/engine"),
                                paths.matcher(HttpMethod.GET, api + "/engine/engine/"),
                                paths.matcher(HttpMethod.GET, api + "/{app}/plugin/{plugin}/static/**")).permitAll()
                        .anyRequest().access((authentication, context) ->
                                new AuthorizationDecision(WebappSessions.isSignedIn(context.getRequest()))))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.disable())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(errors.signInToWebapps())
                        .accessDeniedHandler((request, response, denied) -> errors.signInToWebapps().commence(request, response, null)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain practicumApi(HttpSecurity http, JsonErrorResponses errors,
                                     CamundaIdentityAuthenticationProvider camundaUsers) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .authenticationProvider(camundaUsers)
                .httpBasic(basic -> basic.realmName(JsonErrorResponses.REALM).authenticationEntryPoint(errors.basicChallenge()))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(errors.basicChallenge())
                        .accessDeniedHandler(errors.accessDenied()))
                .build();
    }

    /**
     * Operations: {@code /actuator/health} public (load balancers; no details), the metrics endpoints for
     * programme administrators (HTTP Basic against Camunda's users), anything else under /actuator refused.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, JsonErrorResponses errors,
                                   CamundaIdentityAuthenticationProvider camundaUsers) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/health")).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"),
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/metrics/**"),
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/metrics"))
                        .hasAuthority(Groups.PROGRAMME_ADMINS)
                        .anyRequest().denyAll())
                .authenticationProvider(camundaUsers)
                .httpBasic(basic -> basic.realmName(JsonErrorResponses.REALM).authenticationEntryPoint(errors.basicChallenge()))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(errors.basicChallenge())
                        .accessDeniedHandler(errors.accessDenied()))
                .build();
    }

    /**
     * The one engine REST path Camunda's filter lets through without credentials (the list of engine names):
     * here it needs a signed-in user too.
     */
    @Bean
    @Order(3)
    SecurityFilterChain engineRestEngineNames(HttpSecurity http, JsonErrorResponses errors,
                                              CamundaIdentityAuthenticationProvider camundaUsers) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(new OrRequestMatcher(paths.matcher(restPath + "/engine"), paths.matcher(restPath + "/engine/")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .authenticationProvider(camundaUsers)
                .httpBasic(basic -> basic.realmName(JsonErrorResponses.REALM).authenticationEntryPoint(errors.basicChallenge()))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(errors.basicChallenge())
                        .accessDeniedHandler(errors.accessDenied()))
                .build();
    }

    /** The engine's REST API authenticates itself (filter above); Spring Security only adds its headers. */
    @Bean
    @Order(4)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(restPath + "/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The webapps and everything else: Camunda's AuthenticationFilter, CsrfPreventionFilter and
     * HttpHeaderSecurityFilter guard {@code /camunda/**}; Spring Security stays out of their way.
     */
    @Bean
    @Order(5)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .build();
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
