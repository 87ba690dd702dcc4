package vn.practicum.webapp.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine's security settings, whatever the application's configuration says:
 * <ul>
 *   <li>Camunda's built-in password policy (at least 10 characters, upper and lower case, a digit, a
 *       special character, not containing the user's id, names or e-mail);</li>
 *   <li>login throttling: each wrong password locks the user for {@code 3 × 2^(n-1)} seconds (at most
 *       60 s), after {@value #LOGIN_MAX_ATTEMPTS} wrong passwords in a row until an administrator unlocks
 *       them. It applies to every login, since the webapps, {@code /engine-rest} and {@code /api} all check
 *       passwords through {@code IdentityService.checkPassword};</li>
 *   <li>authorizations on historic process instances, so a school sees only its students' history;</li>
 *   <li>the first-run set-up guard ({@link FirstRunSetupGuard});</li>
 *   <li>no expressions in ad-hoc task queries, nested or-queries included ({@link AdhocQueryExpressionGuard}).</li>
 * </ul>
 */
class SecurityEnginePlugin extends AbstractProcessEnginePlugin {

    static final int LOGIN_MAX_ATTEMPTS = 10;
    static final int LOGIN_DELAY_BASE_SECONDS = 3;
    static final int LOGIN_DELAY_FACTOR = 2;
    static final int LOGIN_DELAY_MAX_SECONDS = 60;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setLoginMaxAttempts(LOGIN_MAX_ATTEMPTS);
        configuration.setLoginDelayBase(LOGIN_DELAY_BASE_SECONDS);
        configuration.setLoginDelayFactor(LOGIN_DELAY_FACTOR);
        configuration.setLoginDelayMaxTime(LOGIN_DELAY_MAX_SECONDS);
        configuration.setEnableHistoricInstancePermissions(true);
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withGuards(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withGuards(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withGuards(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(new FirstRunSetupGuard());
        all.add(new AdhocQueryExpressionGuard());
        return all;
    }
}
