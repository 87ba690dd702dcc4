package vn.practicum.engine.matching;

import java.util.List;
import java.util.Set;

/**
 * What a host said about the applicants of one of its offers. Both parts are optional: a host that says nothing
 * takes its applicants in the round's default order (priority students first, then by lottery).
 *
 * @param offerId  the offer
 * @param ranking  student ids the host ranked, best first; they come before every applicant the host did not rank.
 *                 Students who did not apply are ignored.
 * @param declined student ids the host will not take for this offer, whatever their rank
 */
public record HostPreferences(String offerId, List<String> ranking, Set<String> declined) {

    public HostPreferences {
        ranking = ranking == null ? List.of() : List.copyOf(ranking);
        declined = declined == null ? Set.of() : Set.copyOf(declined);
    }

    public static HostPreferences ranking(String offerId, String... studentIds) {
        return new HostPreferences(offerId, List.of(studentIds), Set.of());
    }

    public static HostPreferences declining(String offerId, String... studentIds) {
        return new HostPreferences(offerId, List.of(), Set.of(studentIds));
    }
}
