package vn.practicum.engine.spi;

import java.util.List;

/**
 * Process resources deployed together as one Camunda deployment named {@link #deploymentName()}.
 * Only changed resources make a new version (duplicate filtering).
 *
 * @param deploymentName   the deployment's name, such as {@code practicum-field-information-technology}
 * @param resourcePatterns Spring resource patterns, such as {@code classpath*:practicum/fields/information-technology/*.bpmn}
 */
public record ResourceBundle(String deploymentName, List<String> resourcePatterns) {

    public ResourceBundle {
        resourcePatterns = List.copyOf(resourcePatterns);
    }

    /** The BPMN, DMN and form files under one classpath folder. */
    public static ResourceBundle folder(String deploymentName, String classpathFolder) {
        String base = "classpath*:" + classpathFolder + "/";
        return new ResourceBundle(deploymentName, List.of(base + "*.bpmn", base + "*.dmn", base + "*.form"));
    }
}
