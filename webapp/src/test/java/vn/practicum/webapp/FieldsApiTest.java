package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields offered to new students, with what each asks of them. */
class FieldsApiTest extends WebappTestSupport {

    @Test
    void lists_the_ten_programme_fields_with_the_plugins_own_rubric_and_documents() {
        Http.Response response = admin().get("/api/fields");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        response.json().forEach(field -> keys.add(field.path("key").asText()));
        assertThat(keys).contains("information-technology", "tourism", "port-operations", "green-certification",
                "digital-business", "fintech", "vocational-digital-transformation", "digital-data",
                "strategic-management", "e-commerce");
        JsonNode it = find(response.json(), "information-technology");
        assertThat(it.path("plugin").asBoolean()).isTrue();
        assertThat(it.path("name").path("vi").asText()).isEqualTo("Công nghệ thông tin");
        assertThat(it.path("requiredDocuments")).isNotEmpty();
        assertThat(it.path("rubric")).extracting(c -> c.path("key").asText()).contains("technicalQuality", "securityPractice");
    }

    @Test
    void needs_a_signed_in_user() {
        assertThat(anonymous().get("/api/fields").status()).isEqualTo(401);
    }

    private static JsonNode find(JsonNode fields, String key) {
        for (JsonNode field : fields) {
            if (key.equals(field.path("key").asText())) {
                return field;
            }
        }
        throw new AssertionError("no field " + key);
    }
}
