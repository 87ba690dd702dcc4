package vn.practicum.engine.matching;

import java.util.Set;

/**
 * A host's offer of placements in one field for one round.
 *
 * @param id           unique within the round, such as {@code fpt-it-2026-01}
 * @param hostCode     the business, such as {@code fpt}
 * @param fieldKey     the specialist field the offer is for; only students of that field are placed at it
 * @param capacity     how many students the host takes, 0 or more
 * @param requirements what every student placed here must hold (for example {@code cybersecurity-training});
 *                     compared with {@link Applicant#qualifications()}
 */
public record Offer(String id, String hostCode, String fieldKey, int capacity, Set<String> requirements) {

    public Offer {
        requirements = requirements == null ? Set.of() : Set.copyOf(requirements);
    }
}
