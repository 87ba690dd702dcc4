package vn.practicum.field.vocationaldigitaltransformation.internal;

/**
 * The pilot's adoption metrics, in per cent of the learners enrolled, one decimal.
 *
 * @param activationRate learners who opened at least one activity
 * @param completionRate learners who completed the module
 */
public record PilotMetrics(double activationRate, double completionRate) {
}
