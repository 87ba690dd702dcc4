package vn.practicum.engine.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import vn.practicum.engine.spi.ResourceBundle;

/**
 * Deploys each bundle (the core processes, each field plugin) as a deployment of its own, named
 * after it. Duplicate filtering keeps unchanged resources at their version, so a restart deploys
 * nothing new and a changed plugin jar deploys only what changed.
 */
public class BundleDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(BundleDeployer.class);

    private final RepositoryService repositoryService;
    private final ResourcePatternResolver resolver;

    public BundleDeployer(RepositoryService repositoryService, ClassLoader classLoader) {
        this.repositoryService = repositoryService;
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    public void deploy(ResourceBundle bundle) {
        Map<String, Resource> resources = resolve(bundle);
        if (resources.isEmpty()) {
            throw new IllegalStateException("Bundle '" + bundle.deploymentName() + "' has no resources at "
                    + bundle.resourcePatterns());
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(bundle.deploymentName())
                .source("practicum")
                .enableDuplicateFiltering(true);
        resources.forEach((name, resource) -> {
            try (InputStream in = resource.getInputStream()) {
                builder.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + resource, e);
            }
        });
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        int processes = deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size();
        LOG.info("Deployment '{}': {} resources, {} new process definition versions",
                bundle.deploymentName(), resources.size(), processes);
    }

    /** Resource name (file name) to resource, in a stable order; two resources with one name are refused. */
    Map<String, Resource> resolve(ResourceBundle bundle) {
        Map<String, Resource> byName = new LinkedHashMap<>();
        for (String pattern : bundle.resourcePatterns()) {
            try {
                List<Resource> found = Arrays.stream(resolver.getResources(pattern))
                        .filter(Resource::isReadable)
                        .sorted(Comparator.comparing(Resource::getFilename))
                        .toList();
                for (Resource resource : found) {
                    Resource previous = byName.putIfAbsent(resource.getFilename(), resource);
                    if (previous != null && !previous.getURL().equals(resource.getURL())) {
                        throw new IllegalStateException("Bundle '" + bundle.deploymentName() + "' has two resources named "
                                + resource.getFilename() + ": " + previous + " and " + resource);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot list " + pattern, e);
            }
        }
        return byName;
    }
}
