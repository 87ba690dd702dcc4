package vn.practicum.engine.placement;

import java.util.Set;
import java.util.TreeSet;

/**
 * An offer published in a round.
 *
 * @param offerId      unique, such as {@code fsoft-it-01}
 * @param roundId      the round
 * @param hostCode     the business that offers it
 * @param fieldKey     the field it is for
 * @param capacity     places, 1 to 500
 * @param requirements what every student placed here must hold
 * @param titleVi      the title in Vietnamese
 * @param titleEn      the title in English
 */
public record RoundOffer(String offerId, String roundId, String hostCode, String fieldKey, int capacity,
                         Set<String> requirements, String titleVi, String titleEn) {

    public RoundOffer {
        requirements = requirements == null ? Set.of() : Set.copyOf(requirements);
    }

    String requirementsColumn() {
        return String.join(",", new TreeSet<>(requirements));
    }
}
