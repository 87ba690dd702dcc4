package vn.practicum.engine.lifecycle;

import vn.practicum.engine.spi.Stage;

/** Process ids of the core lifecycle and the fragment naming rule. */
public final class ProcessKeys {

    private ProcessKeys() {
    }

    public static final String PRACTICUM = "practicum";
    public static final String ENROLMENT = "practicum-enrolment";
    public static final String PLACEMENT = "practicum-placement";
    public static final String MENTORING = "practicum-mentoring";
    public static final String ASSESSMENT = "practicum-assessment";

    /** The key under which the generic fragments are deployed: {@code generic-placement} and so on. */
    public static final String GENERIC_FIELD = "generic";

    public static final String ELIGIBILITY_DECISION = "practicum-eligibility";
    public static final String FINAL_GRADE_DECISION = "practicum-final-grade";

    /** {@code <fieldKey>-<stage>}, such as {@code information-technology-placement}. */
    public static String fragment(String fieldKey, Stage stage) {
        return fieldKey + "-" + stage.processSuffix();
    }
}
