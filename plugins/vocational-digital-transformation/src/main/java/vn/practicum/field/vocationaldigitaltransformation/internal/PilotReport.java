package vn.practicum.field.vocationaldigitaltransformation.internal;

/**
 * The pilot of the course module with learners, as the student reported it from the LMS's analytics.
 *
 * @param startedOn          first day of the pilot, {@code yyyy-MM-dd}
 * @param endedOn            last day of the pilot, {@code yyyy-MM-dd}
 * @param enrolled           learners enrolled
 * @param active             learners who opened at least one activity
 * @param completed          learners who completed the module
 * @param averageScore       average score of the module's assessment, 0 to 100
 * @param satisfaction       learners' average satisfaction, 1 to 5
 * @param analyticsSummary   what the analytics show
 * @param improvementActions what changes because of them
 */
public record PilotReport(String startedOn, String endedOn, Number enrolled, Number active, Number completed,
                          Number averageScore, Number satisfaction, String analyticsSummary, String improvementActions) {
}
