import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes a new field plugin module from plugins/field-template (Java 17, no build needed):
 *
 * <pre>
 * java plugins/NewField.java water-supply "Cấp nước" "Water supply"            # → plugins/water-supply, listed in plugins/pom.xml
 * java plugins/NewField.java water-supply "Cấp nước" "Water supply" --into DIR  # → DIR/water-supply, nothing else touched
 * </pre>
 *
 * Every occurrence of the template's tokens, in file names and contents, becomes the new field's:
 * {@code field-template} → key, {@code fieldtemplate} → package segment, {@code FieldTemplate} → class prefix,
 * {@code fieldTemplate} → bean prefix, {@code Ngành mẫu} / {@code Template field} → the field's names.
 */
public class NewField {

    static final String KEY = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && !(args.length == 5 && "--into".equals(args[3]))) {
            fail("usage: java plugins/NewField.java <key> \"<Vietnamese name>\" \"<English name>\" [--into <directory>]");
        }
        String key = args[0];
        if (!key.matches(KEY) || key.equals("field-template") || key.length() > 40) {
            fail("key must be lower-case words joined by '-', such as water-supply (at most 40 characters): " + key);
        }
        if (args[1].isBlank() || args[2].isBlank()) {
            fail("both names are needed, Vietnamese first");
        }
        Path template = locateTemplate();
        Path into = args.length == 5 ? Path.of(args[4]).toAbsolutePath() : template.getParent();
        Path target = into.resolve(key);
        if (Files.exists(target)) {
            fail(target + " exists already");
        }
        Map<String, String> tokens = tokens(key, args[1].trim(), args[2].trim());
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !template.relativize(f).startsWith("target")).toList()) {
                Path destination = target.resolve(replace(template.relativize(file).toString(), tokens));
                Files.createDirectories(destination.getParent());
                Files.writeString(destination, replace(Files.readString(file, StandardCharsets.UTF_8), tokens), StandardCharsets.UTF_8);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (into.equals(template.getParent())) {
            listModule(template.getParent().resolve("pom.xml"), key);
        }
        System.out.println("Created " + target + "\nNext: ./mvnw -pl plugins/" + key + " -am verify");
    }

    static Path locateTemplate() {
        for (Path candidate : List.of(Path.of("plugins", "field-template"), Path.of("field-template"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        fail("run from the repository's top folder: plugins/field-template not found");
        return null;
    }

    static Map<String, String> tokens(String key, String vietnamese, String english) {
        String[] words = key.split("-");
        StringBuilder pascal = new StringBuilder();
        for (String word : words) {
            pascal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("FieldTemplate", pascal.toString());
        tokens.put("fieldTemplate", Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1));
        tokens.put("fieldtemplate", key.replace("-", ""));
        tokens.put("field-template", key);
        tokens.put("Ngành mẫu", vietnamese);
        tokens.put("Template field", english);
        return tokens;
    }

    static String replace(String text, Map<String, String> tokens) {
        String result = text;
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            result = result.replace(token.getKey(), token.getValue());
        }
        return result;
    }

    static void listModule(Path pluginsPom, String key) throws IOException {
        String pom = Files.readString(pluginsPom, StandardCharsets.UTF_8);
        if (!pom.contains("<module>" + key + "</module>")) {
            pom = pom.replace("  </modules>", "    <module>" + key + "</module>\n  </modules>");
            Files.writeString(pluginsPom, pom, StandardCharsets.UTF_8);
        }
    }

    static void fail(String message) {
        System.err.println("NewField: " + message);
        System.exit(2);
    }
}
