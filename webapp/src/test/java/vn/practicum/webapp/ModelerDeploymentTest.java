package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Camunda Modeler's "Deploy" dialog: a multipart POST to /engine-rest/deployment/create with HTTP Basic. */
class ModelerDeploymentTest extends WebappTestSupport {

    @Test
    void administratorDeploysAValidModel() {
        Http.Response response = admin().postMultipart("/engine-rest/deployment/create",
                modelerFields("test-mentoring (Modeler)"),
                Map.of("test-mentoring.bpmn", resource("bpmn/test-mentoring.bpmn"),
                        "test-review-work.form", resource("bpmn/test-review-work.form")));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("name").asText()).isEqualTo("test-mentoring (Modeler)");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(TEST_PROCESS).count()).isPositive();
    }

    @Test
    void aSequenceFlowToAMissingTargetIsRefusedWithTheParseError() {
        Http.Response response = admin().postMultipart("/engine-rest/deployment/create", modelerFields("broken flow"),
                Map.of("test-broken-flow.bpmn", resource("bpmn/test-broken-flow.bpmn")));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("type").asText()).isEqualTo("ParseException");
        assertThat(response.json().path("message").asText()).contains("EndEvent_Missing");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("test-broken-flow").count()).isZero();
    }

    @Test
    void aProcessWithoutHistoryTimeToLiveIsRefusedWithTheParseError() {
        Http.Response response = admin().postMultipart("/engine-rest/deployment/create", modelerFields("no ttl"),
                Map.of("test-no-ttl.bpmn", resource("bpmn/test-no-ttl.bpmn")));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).containsIgnoringCase("History Time To Live");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("test-no-ttl").count()).isZero();
    }

    @Test
    void aUserWithoutDeploymentRightsCannotDeploy() {
        user("dep-mentor", "business:dephost:mentors");

        Http.Response response = as("dep-mentor").postMultipart("/engine-rest/deployment/create", modelerFields("not mine"),
                Map.of("test-mentoring.bpmn", resource("bpmn/test-mentoring.bpmn")));

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(anonymous().postMultipart("/engine-rest/deployment/create", modelerFields("anonymous"),
                Map.of("test-mentoring.bpmn", resource("bpmn/test-mentoring.bpmn"))).status()).isEqualTo(401);
    }

    /** The fields Camunda Modeler sends with the files. */
    private static Map<String, String> modelerFields(String deploymentName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", deploymentName);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "true");
        return fields;
    }

    private static byte[] resource(String path) {
        try (InputStream in = ModelerDeploymentTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
