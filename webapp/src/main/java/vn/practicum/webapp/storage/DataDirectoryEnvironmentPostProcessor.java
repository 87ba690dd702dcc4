package vn.practicum.webapp.storage;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code practicum.data-dir} (default {@code ./data}, from the working directory) to an absolute,
 * normalised path once, at start-up, so the H2 files never depend on where a later call runs from.
 * {@code application.yaml} builds the H2 URL from it; {@link DataDirectoryReport} logs where it is.
 */
public class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "practicum.data-dir";
    static final String PROPERTY_SOURCE = "practicumDataDirectory";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        Path directory = Path.of(configured == null || configured.isBlank()
                ? System.getProperty("user.dir") + "/data" : configured).toAbsolutePath().normalize();
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE,
                Map.of(PROPERTY, directory.toString())));
    }

    /** After the configuration files are read, so {@code practicum.data-dir} from any source is seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
