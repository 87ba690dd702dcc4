package vn.practicum.engine.placement;

/**
 * What closing a round did.
 *
 * @param round        the round, closed
 * @param closedNow    false when it was closed before (closing again matches nothing again)
 * @param waiting      lifecycles waiting for this round that the batch moves on (those not moved yet)
 * @param batchId      the Camunda batch that moves them, or null when nobody is waiting
 */
public record CloseSummary(Round round, boolean closedNow, long waiting, String batchId) {
}
