package vn.practicum.field.strategicmanagement.internal;

/**
 * A strategy analysis as the student submitted it: nothing is parsed yet, so that every problem can be reported.
 *
 * @param title              its title
 * @param externalFramework  a {@link StrategyFramework} of the external environment
 * @param externalFindings   what it found outside
 * @param internalFramework  a {@link StrategyFramework} of the organisation
 * @param internalFindings   what it found inside
 * @param optionsCount       strategic options compared
 * @param optionsEvaluation  how they compare
 * @param recommendation     the option recommended, and how to carry it out
 * @param evidenceSources    the evidence, one source per line
 * @param executiveSummary   the summary for the sponsor and the board
 * @param documentLink       the full analysis
 */
public record StrategyAnalysis(String title, String externalFramework, String externalFindings, String internalFramework,
                               String internalFindings, Number optionsCount, String optionsEvaluation, String recommendation,
                               String evidenceSources, String executiveSummary, String documentLink) {
}
