package vn.practicum.webapp.storage;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start-up where the H2 database files are, so nobody has to guess the working directory. */
@Component
class DataDirectoryReport implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryReport.class);

    private final Environment environment;

    DataDirectoryReport(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:file:")) {
            String directory = environment.getProperty(DataDirectoryEnvironmentPostProcessor.PROPERTY, "");
            LOG.info("Practicum data directory (H2 database files): {}", Path.of(directory).toAbsolutePath().normalize());
        } else {
            LOG.info("Practicum database: {}", url.replaceAll("(?i)(password=)[^;&]*", "$1****"));
        }
    }
}
