package vn.practicum.field.informationtechnology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.practicum.field.informationtechnology.internal.SecurityDossierCheckDelegate;
import vn.practicum.field.informationtechnology.internal.TrainingCertificateCheckDelegate;

/**
 * The Camunda Modeler element templates of this field are valid against the official element-templates JSON
 * schema ({@code @camunda/element-templates-json-schema}, copied to {@code src/test/resources/element-templates-schema}),
 * and bind the delegates this jar registers.
 */
class ElementTemplatesSchemaTest {

    static final String SCHEMA_VERSION = "0.22.1";
    static final String SCHEMA_BASE = "https://unpkg.com/@camunda/element-templates-json-schema@" + SCHEMA_VERSION + "/resources/";
    static final String SCHEMA_URL = SCHEMA_BASE + "schema.json";

    static final Map<String, String> DELEGATE_OF_TEMPLATE = Map.of(
            "vn.practicum.information-technology.verify-training-certificates", "${" + TrainingCertificateCheckDelegate.BEAN_NAME + "}",
            "vn.practicum.information-technology.check-security-dossier", "${" + SecurityDossierCheckDelegate.BEAN_NAME + "}");

    static final ObjectMapper JSON = new ObjectMapper();
    static JsonSchema schema;

    @BeforeAll
    static void loadTheOfficialSchema() {
        // the URL the templates pin in $schema, served from the copy in the test resources: the build stays offline
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:element-templates-schema/")));
        schema = factory.getSchema(SchemaLocation.of(SCHEMA_URL));
    }

    static Stream<Resource> templates() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:element-templates/*.json");
        return Arrays.stream(found);
    }

    @Test
    void bothServiceTasksHaveATemplate() throws IOException {
        assertThat(templates().map(Resource::getFilename)).containsExactlyInAnyOrder(
                "information-technology-verify-training-certificates.json",
                "information-technology-check-security-dossier.json");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void isValidAgainstTheOfficialSchema(Resource template) throws IOException {
        JsonNode json = read(template);

        Set<ValidationMessage> messages = schema.validate(json);

        assertThat(messages).as("schema violations of %s", template.getFilename()).isEmpty();
        assertThat(json.path("$schema").asText()).isEqualTo(SCHEMA_URL);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void isAVersionedServiceTaskTemplate_bindingOurDelegate_hiddenFromTheUser(Resource template) throws IOException {
        JsonNode json = read(template);

        String id = json.path("id").asText();
        assertThat(id).matches("vn\\.practicum\\.information-technology\\.[a-z-]+");
        assertThat(template.getFilename()).isEqualTo("information-technology-" + id.substring(id.lastIndexOf('.') + 1) + ".json");
        assertThat(json.path("version").isInt()).isTrue();
        assertThat(json.path("name").asText()).startsWith("Công nghệ thông tin: ").contains(" / IT: ");
        assertThat(json.path("appliesTo")).extracting(JsonNode::asText).containsExactly("bpmn:ServiceTask");

        List<JsonNode> properties = new ArrayList<>();
        json.path("properties").forEach(properties::add);
        assertThat(properties).filteredOn(p -> "camunda:delegateExpression".equals(p.path("binding").path("name").asText()))
                .singleElement().satisfies(delegate -> {
                    assertThat(delegate.path("type").asText()).isEqualTo("Hidden");
                    assertThat(delegate.path("value").asText()).isEqualTo(DELEGATE_OF_TEMPLATE.get(id));
                });
        assertThat(properties).anySatisfy(p -> assertThat(p.path("binding").path("name").asText()).isEqualTo("camunda:asyncBefore"));
        assertThat(properties).filteredOn(p -> "camunda:inputParameter".equals(p.path("binding").path("type").asText()))
                .isNotEmpty()
                .allSatisfy(input -> assertThat(input.path("constraints").path("notEmpty").asBoolean()).isTrue());
    }

    @Test
    void aBrokenTemplate_isRefused() throws IOException {
        // the validator really validates: no appliesTo, and a binding type Camunda 7 does not know
        ObjectNode broken = (ObjectNode) read(templates().findFirst().orElseThrow());
        broken.remove("appliesTo");
        ((ObjectNode) broken.path("properties").get(0).path("binding")).put("type", "zeebe:taskDefinition");

        Set<ValidationMessage> messages = schema.validate(broken);

        assertThat(messages).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("required property 'appliesTo' not found"))
                .anySatisfy(message -> assertThat(message).startsWith("$.properties[0].binding.type:")
                        .contains("does not have a value in the enumeration"));
    }

    private static JsonNode read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readTree(in);
        }
    }
}
