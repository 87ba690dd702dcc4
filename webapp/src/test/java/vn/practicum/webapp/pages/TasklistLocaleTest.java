package vn.practicum.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Tasklist's Vietnamese locale translates every key of the English one shipped in the Camunda 7.24 webjar. */
class TasklistLocaleTest {

    static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}");

    @Test
    void everyEnglishKeyHasAVietnameseTextWithTheSamePlaceholders() throws IOException {
        JsonNode english = read("en.json");
        JsonNode vietnamese = read("vi.json");

        List<String> missing = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        compare("", english, vietnamese, missing, placeholders);

        assertThat(english.path("labels").size()).isGreaterThan(400);
        assertThat(missing).isEmpty();
        assertThat(placeholders).isEmpty();
        assertThat(vietnamese.path("labels").path("PAGE_LOGIN_USERNAME").asText()).isEqualTo("Tên đăng nhập");
        assertThat(vietnamese.path("dateLocales").path("longDateFormat").path("L").asText()).isEqualTo("DD/MM/YYYY");
    }

    private static void compare(String path, JsonNode english, JsonNode vietnamese, List<String> missing,
                                List<String> placeholders) {
        if (english.isObject()) {
            Iterator<String> names = english.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!vietnamese.has(name)) {
                    missing.add(path + name);
                } else {
                    compare(path + name + ".", english.get(name), vietnamese.get(name), missing, placeholders);
                }
            }
        } else if (english.isArray()) {
            if (vietnamese.size() != english.size()) {
                missing.add(path + "[" + english.size() + "]");
            }
        } else if (english.isTextual() && !placeholdersOf(english.asText()).equals(placeholdersOf(vietnamese.asText()))) {
            placeholders.add(path);
        }
    }

    private static List<String> placeholdersOf(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        return found.stream().sorted().toList();
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = TasklistLocaleTest.class.getClassLoader().getResourceAsStream(LOCALES + file)) {
            assertThat(in).as(LOCALES + file + " on the classpath").isNotNull();
            // the stock file starts with a byte order mark
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return new ObjectMapper().readTree(text);
        }
    }
}
