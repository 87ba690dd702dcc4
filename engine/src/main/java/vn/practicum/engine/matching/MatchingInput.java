package vn.practicum.engine.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a round's matching depends on: the same input, in any order of its lists, gives the same result.
 *
 * @param offers          the round's offers
 * @param applicants      the students taking part
 * @param hostPreferences at most one per offer; offers without one order their applicants by the default rule
 * @param lotterySeed     the round's published seed for the tie-break among applicants a host did not rank
 *                        ({@link Lottery})
 */
public record MatchingInput(List<Offer> offers, List<Applicant> applicants, List<HostPreferences> hostPreferences,
                            long lotterySeed) {

    public MatchingInput {
        offers = offers == null ? List.of() : List.copyOf(offers);
        applicants = applicants == null ? List.of() : List.copyOf(applicants);
        hostPreferences = hostPreferences == null ? List.of() : List.copyOf(hostPreferences);
    }

    /** Every problem of the input, each naming what is at fault; empty when the round can be matched. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Offer> offersById = new HashMap<>();
        for (Offer offer : offers) {
            if (offer.id() == null || offer.id().isBlank()) {
                problems.add("offer: id required");
                continue;
            }
            if (offersById.putIfAbsent(offer.id(), offer) != null) {
                problems.add("offer " + offer.id() + ": id used twice");
            }
            if (offer.hostCode() == null || offer.hostCode().isBlank()) {
                problems.add("offer " + offer.id() + ": hostCode required");
            }
            if (offer.fieldKey() == null || offer.fieldKey().isBlank()) {
                problems.add("offer " + offer.id() + ": fieldKey required");
            }
            if (offer.capacity() < 0) {
                problems.add("offer " + offer.id() + ": capacity must be 0 or more");
            }
        }
        Set<String> studentIds = new HashSet<>();
        for (Applicant applicant : applicants) {
            if (applicant.studentId() == null || applicant.studentId().isBlank()) {
                problems.add("applicant: studentId required");
                continue;
            }
            String who = "applicant " + applicant.studentId();
            if (!studentIds.add(applicant.studentId())) {
                problems.add(who + ": studentId used twice");
            }
            if (applicant.fieldKey() == null || applicant.fieldKey().isBlank()) {
                problems.add(who + ": fieldKey required");
            }
            List<String> ranked = applicant.rankedOfferIds();
            if (ranked.size() > Applicant.MAX_CHOICES) {
                problems.add(who + ": at most " + Applicant.MAX_CHOICES + " choices, not " + ranked.size());
            }
            if (new HashSet<>(ranked).size() != ranked.size()) {
                problems.add(who + ": an offer ranked twice");
            }
            ranked.stream().filter(id -> !offersById.containsKey(id)).distinct()
                    .forEach(id -> problems.add(who + ": unknown offer " + id));
        }
        Set<String> preferred = new HashSet<>();
        for (HostPreferences preferences : hostPreferences) {
            String which = "host preferences of offer " + preferences.offerId();
            if (!offersById.containsKey(preferences.offerId())) {
                problems.add(which + ": unknown offer");
            }
            if (!preferred.add(preferences.offerId())) {
                problems.add(which + ": given twice");
            }
            if (new HashSet<>(preferences.ranking()).size() != preferences.ranking().size()) {
                problems.add(which + ": a student ranked twice");
            }
            preferences.ranking().stream().filter(preferences.declined()::contains).sorted()
                    .forEach(id -> problems.add(which + ": " + id + " both ranked and declined"));
        }
        return problems;
    }
}
