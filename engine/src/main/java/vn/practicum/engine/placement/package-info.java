/**
 * The placement round: the programme office opens a round per cohort, hosts publish offers, students rank up to
 * five offers of their field, hosts rank or decline applicants, and closing the round runs the matching
 * ({@link vn.practicum.engine.matching.DeferredAcceptance}, with the round's published seed), stores each student's
 * result (tables of Flyway V5) and moves every waiting student's lifecycle on, asynchronously, through a Camunda
 * batch ({@link vn.practicum.engine.placement.PlacementRounds#close}).
 *
 * <p>In {@code practicum-placement}, after the student's preferences {@code ${placementRound.join(execution)}} puts
 * the student into the open round they ranked offers in (or leaves them on the manual way); the student then waits
 * at {@code Event_RoundClosed} for the message {@code PlacementRoundClosed}, and
 * {@code ${placementRound.applyResult(execution)}} sets the host, the offer and the outcome in words.
 */
package vn.practicum.engine.placement;
