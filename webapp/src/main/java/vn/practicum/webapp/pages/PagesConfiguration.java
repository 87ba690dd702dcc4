package vn.practicum.webapp.pages;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The tracking pages under {@code /pages}: a session login form against Camunda's users (the same users and groups
 * as the API, CSRF-protected), Vietnamese by default, English by the {@code ?lang=en} link, which a cookie keeps.
 */
@Configuration
class PagesConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String LANGUAGE_COOKIE = "practicum-lang";

    /** Before the catch-all chain of the webapps (order 4); its own path only. */
    @Bean
    @Order(3)
    SecurityFilterChain trackingPages(HttpSecurity http,
                                      @Qualifier("camundaIdentityAuthenticationProvider") AuthenticationProvider camundaUsers)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(paths.matcher("/pages/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher("/pages/login"), paths.matcher("/pages/pages.css")).permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(camundaUsers)
                .formLogin(form -> form.loginPage("/pages/login").loginProcessingUrl("/pages/login")
                        .defaultSuccessUrl("/pages", false).failureUrl("/pages/login?error"))
                .logout(logout -> logout.logoutUrl("/pages/logout").logoutSuccessUrl("/pages/login?logout"))
                .httpBasic(basic -> basic.disable())
                .build();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).addPathPatterns("/pages/**");
    }

    /** messages_vi and messages_en under pages/; anything else falls back to Vietnamese, not the server's locale. */
    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:pages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(VIETNAMESE);
        return messages;
    }
}
