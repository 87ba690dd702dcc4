package vn.practicum.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.ResourceBundle;
import vn.practicum.engine.test.PracticumTestEngine;

class BundleDeployerTest {

    private final ProcessEngine engine = PracticumTestEngine.withFields();
    private final RepositoryService repository = engine.getRepositoryService();
    private final BundleDeployer deployer = new BundleDeployer(repository, getClass().getClassLoader());

    @AfterEach
    void removeDeployments() {
        repository.createDeploymentQuery().deploymentName("sample-field").list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void deploys_a_bundle_under_its_own_name_and_nothing_new_when_unchanged() {
        ResourceBundle bundle = ResourceBundle.folder("sample-field", "bundle-a");

        deployer.deploy(bundle);
        deployer.deploy(bundle);

        assertThat(repository.createDeploymentQuery().deploymentName("sample-field").count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("sample-bundle").count()).isEqualTo(1);
    }

    @Test
    void refuses_a_bundle_with_no_resources() {
        assertThatThrownBy(() -> deployer.deploy(ResourceBundle.folder("empty-field", "no-such-folder")))
                .hasMessageContaining("has no resources");
    }
}
