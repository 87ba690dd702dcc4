package vn.practicum.engine.placement;

import java.time.Instant;

/**
 * A placement round of one cohort.
 *
 * @param roundId       such as {@code 2026-hk2}
 * @param cohort        the cohort it places, such as {@code 2026}; at most one open round per cohort
 * @param status        open or closed
 * @param lotterySeed   the published seed of the tie-break among applicants a host did not rank
 * @param openedBy      who opened it
 * @param openedAt      when
 * @param closedBy      who closed it, or null
 * @param closedAt      when, or null
 * @param placed        students placed, once closed (else null)
 * @param unplaced      students not placed, once closed (else null)
 */
public record Round(String roundId, String cohort, RoundStatus status, long lotterySeed, String openedBy,
                    Instant openedAt, String closedBy, Instant closedAt, Integer placed, Integer unplaced) {
}
