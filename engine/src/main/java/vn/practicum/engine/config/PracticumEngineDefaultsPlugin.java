package vn.practicum.engine.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine settings Practicum relies on, whatever the application's configuration says:
 * <ul>
 *   <li>user, group and tenant ids may hold {@code . _ : -} ({@code school:hust:coordinators}), still
 *       starting with a letter or digit, so no id can smuggle markup or a path;</li>
 *   <li>no expressions in ad-hoc queries; stored filters may use them ({@code ${currentUser()}});</li>
 *   <li>no Java serialization of variables.</li>
 * </ul>
 */
public class PracticumEngineDefaultsPlugin extends AbstractProcessEnginePlugin {

    public static final String RESOURCE_ID_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._:-]{0,63}|camunda-admin";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setGeneralResourceWhitelistPattern(RESOURCE_ID_PATTERN);
        configuration.setUserResourceWhitelistPattern(RESOURCE_ID_PATTERN);
        configuration.setGroupResourceWhitelistPattern(RESOURCE_ID_PATTERN);
        configuration.setTenantResourceWhitelistPattern(RESOURCE_ID_PATTERN);
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(true);
        configuration.setJavaSerializationFormatEnabled(false);
    }
}
