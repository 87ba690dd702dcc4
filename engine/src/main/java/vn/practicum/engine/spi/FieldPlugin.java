package vn.practicum.engine.spi;

import java.util.List;
import java.util.Set;

/**
 * A specialist field, delivered as a jar: registered as a Spring bean through the
 * plugin's own auto-configuration, collected by the engine as {@code List<FieldPlugin>}.
 *
 * <p>Adding the jar adds the field; removing it removes the field. The engine deploys the
 * plugin's {@link #bundle() resources} as a deployment of their own and calls its stage
 * fragments ({@code <key>-<stage>}) from the core lifecycle.
 */
public interface FieldPlugin {

    /** Field key, such as {@code information-technology}; also the prefix of its fragment process ids. */
    String key();

    /** Human names of the field, Vietnamese first. */
    LocalizedText name();

    /** Documents a student must hold before the placement starts. */
    List<RequiredDocument> requiredDocuments();

    /** Competencies the field's practicum develops. */
    List<LocalizedText> competencies();

    /** The assessment rubric: criteria and weights that add up to 1. */
    Rubric rubric();

    /** The stages whose fragment this field supplies; others fall back to the generic fragment. */
    Set<Stage> customisedStages();

    /** Classpath resources (BPMN, DMN, forms) deployed as this plugin's own deployment. */
    ResourceBundle bundle();

    /**
     * Variables that one of this field's fragments sets and a later one reads (say, the data scope a host grants at
     * placement, checked against the experiment report during mentoring). A fragment gets the student's context from
     * its stage and these; nothing else of the earlier stages. Default: none.
     */
    default Set<String> carriedVariables() {
        return Set.of();
    }

    /** Answers to this field's own tasks for demo cohorts, end-to-end tests and benchmarks. */
    default SampleAnswers sampleAnswers() {
        return SampleAnswers.NONE;
    }
}
