package vn.practicum.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The guarantees of the package documentation, checked on random rounds: a second, naive reading of the rules
 * (the oracle below) judges what {@link DeferredAcceptance} did.
 */
class DeferredAcceptancePropertyTest {

    static final List<String> FIELDS = List.of("information-technology", "tourism");
    static final List<String> REQUIREMENTS = List.of("cybersecurity-training", "nda", "english-b2");

    final DeferredAcceptance matcher = new DeferredAcceptance();

    @Property(tries = 250)
    void no_offer_holds_more_students_than_its_capacity(@ForAll("rounds") MatchingInput round) {
        MatchingResult result = matcher.match(round);

        for (Offer offer : round.offers()) {
            assertThat(result.placements().get(offer.id())).hasSizeLessThanOrEqualTo(offer.capacity());
        }
    }

    @Property(tries = 250)
    void students_are_placed_only_at_offers_they_ranked_of_their_field_whose_requirements_they_meet(
            @ForAll("rounds") MatchingInput round) {
        MatchingResult result = matcher.match(round);
        Oracle oracle = new Oracle(round);

        assertThat(result.outcomes()).hasSize(round.applicants().size());
        for (Applicant applicant : round.applicants()) {
            StudentOutcome outcome = result.outcome(applicant.studentId()).orElseThrow();
            if (outcome.placed()) {
                Offer offer = oracle.offers.get(outcome.offerId());
                assertThat(applicant.rankedOfferIds()).contains(offer.id());
                assertThat(outcome.rank()).isEqualTo(applicant.rankOf(offer.id()));
                assertThat(outcome.hostCode()).isEqualTo(offer.hostCode());
                assertThat(offer.fieldKey()).isEqualTo(applicant.fieldKey());
                assertThat(applicant.qualifications()).containsAll(offer.requirements());
                assertThat(oracle.declined(offer, applicant)).isFalse();
                assertThat(result.placements().get(offer.id())).contains(applicant.studentId());
            } else {
                assertThat(outcome.rank()).isZero();
                assertThat(result.placements().values()).noneMatch(students -> students.contains(applicant.studentId()));
            }
            assertThat(outcome.choices()).extracting(ChoiceOutcome::offerId).containsExactlyElementsOf(applicant.rankedOfferIds());
        }
    }

    @Property(tries = 250)
    void no_blocking_pair_exists(@ForAll("rounds") MatchingInput round) {
        MatchingResult result = matcher.match(round);
        Oracle oracle = new Oracle(round);

        List<String> blocking = new ArrayList<>();
        for (Applicant applicant : round.applicants()) {
            StudentOutcome outcome = result.outcome(applicant.studentId()).orElseThrow();
            int better = outcome.placed() ? outcome.rank() - 1 : applicant.rankedOfferIds().size();
            for (String offerId : applicant.rankedOfferIds().subList(0, better)) {
                Offer offer = oracle.offers.get(offerId);
                if (!oracle.acceptable(offer, applicant)) {
                    continue;
                }
                List<String> held = result.placements().get(offerId);
                if (held.size() < offer.capacity()) {
                    blocking.add(applicant.studentId() + " would rather be at " + offerId + ", which has a free place");
                }
                held.stream().filter(other -> !oracle.prefers(offer, other, applicant.studentId()))
                        .forEach(other -> blocking.add(applicant.studentId() + " would rather be at " + offerId
                                + ", whose host prefers them to " + other));
            }
        }
        assertThat(blocking).isEmpty();
    }

    @Property(tries = 250)
    void a_priority_student_never_loses_a_place_the_host_left_unranked_to_a_non_priority_student(
            @ForAll("rounds") MatchingInput round) {
        MatchingResult result = matcher.match(round);
        Oracle oracle = new Oracle(round);

        for (Applicant priority : round.applicants().stream().filter(Applicant::priority).toList()) {
            StudentOutcome outcome = result.outcome(priority.studentId()).orElseThrow();
            int better = outcome.placed() ? outcome.rank() - 1 : priority.rankedOfferIds().size();
            for (String offerId : priority.rankedOfferIds().subList(0, better)) {
                Offer offer = oracle.offers.get(offerId);
                if (!oracle.acceptable(offer, priority) || oracle.explicitRank(offer, priority.studentId()) < Integer.MAX_VALUE) {
                    continue;
                }
                assertThat(result.placements().get(offerId))
                        .noneMatch(other -> !oracle.applicants.get(other).priority()
                                && oracle.explicitRank(offer, other) == Integer.MAX_VALUE);
            }
        }
    }

    @Property(tries = 250)
    void the_same_input_in_any_order_gives_the_same_result(@ForAll("rounds") MatchingInput round, @ForAll Random random) {
        MatchingInput shuffled = new MatchingInput(shuffle(round.offers(), random), shuffle(round.applicants(), random),
                shuffle(round.hostPreferences(), random), round.lotterySeed());

        assertThat(matcher.match(shuffled)).isEqualTo(matcher.match(round));
    }

    @Property(tries = 250)
    void every_student_reads_their_outcome_in_words(@ForAll("rounds") MatchingInput round) {
        for (StudentOutcome outcome : matcher.match(round).outcomes().values()) {
            if (outcome.placed()) {
                assertThat(outcome.text().en()).startsWith("placed at your " + OutcomeTexts.ordinal(outcome.rank()) + " choice");
                assertThat(outcome.text().vi()).startsWith("Đã xếp chỗ theo nguyện vọng " + outcome.rank());
            } else {
                assertThat(outcome.text().en()).startsWith("not placed: ");
                assertThat(outcome.text().vi()).startsWith("Chưa được xếp chỗ: ");
            }
        }
    }

    /** On rounds small enough to list every matching: the result is stable, and no stable matching is better for any student. */
    @Property(tries = 200)
    void the_result_is_the_student_optimal_stable_matching(@ForAll("smallRounds") MatchingInput round) {
        MatchingResult result = matcher.match(round);
        Oracle oracle = new Oracle(round);
        List<Applicant> applicants = round.applicants();
        Map<String, Integer> obtained = new HashMap<>();
        result.outcomes().forEach((id, outcome) -> obtained.put(id, outcome.placed() ? outcome.rank() : Integer.MAX_VALUE));

        boolean[] foundResult = {false};
        oracle.stableMatchings(applicants).forEach(matching -> {
            Map<String, Integer> ranks = new HashMap<>();
            for (int a = 0; a < applicants.size(); a++) {
                String offer = matching[a];
                ranks.put(applicants.get(a).studentId(), offer == null ? Integer.MAX_VALUE : applicants.get(a).rankOf(offer));
            }
            if (ranks.equals(obtained)) {
                foundResult[0] = true;
            }
            ranks.forEach((student, rank) -> assertThat(obtained.get(student))
                    .as("a stable matching places %s better", student).isLessThanOrEqualTo(rank));
        });
        assertThat(foundResult[0]).as("the result is among the stable matchings").isTrue();
    }

    @Provide
    Arbitrary<MatchingInput> rounds() {
        return rounds(12, 40);
    }

    @Provide
    Arbitrary<MatchingInput> smallRounds() {
        return rounds(3, 5);
    }

    static Arbitrary<MatchingInput> rounds(int maxOffers, int maxApplicants) {
        Arbitrary<Offer> offer = Combinators.combine(
                Arbitraries.of("fpt", "vng", "viettel", "vietravel"),
                Arbitraries.of(FIELDS),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(REQUIREMENTS).set().ofMaxSize(2))
                .as((host, field, capacity, requirements) -> new Offer("?", host, field, capacity, requirements));
        return offer.list().ofMinSize(1).ofMaxSize(maxOffers).map(DeferredAcceptancePropertyTest::numberOffers)
                .flatMap(offers -> applicants(offers, maxApplicants).flatMap(applicants ->
                        hostPreferences(offers, applicants).flatMap(preferences -> Arbitraries.longs()
                                .map(seed -> new MatchingInput(offers, applicants, preferences, seed)))));
    }

    static List<Offer> numberOffers(List<Offer> offers) {
        return IntStream.range(0, offers.size()).mapToObj(i -> {
            Offer o = offers.get(i);
            return new Offer("o" + i, o.hostCode(), o.fieldKey(), o.capacity(), o.requirements());
        }).toList();
    }

    static Arbitrary<List<Applicant>> applicants(List<Offer> offers, int maxApplicants) {
        Arbitrary<Applicant> applicant = Combinators.combine(
                Arbitraries.of(FIELDS),
                Arbitraries.of(true, false),
                Arbitraries.of(REQUIREMENTS).set(),
                Arbitraries.of(offers.stream().map(Offer::id).toList()).list().uniqueElements()
                        .ofMaxSize(Math.min(Applicant.MAX_CHOICES, offers.size())))
                .as((field, priority, qualifications, ranking) -> new Applicant("?", field, priority, qualifications, ranking));
        return applicant.list().ofMaxSize(maxApplicants).map(list -> IntStream.range(0, list.size()).mapToObj(i -> {
            Applicant a = list.get(i);
            return new Applicant("s" + i, a.fieldKey(), a.priority(), a.qualifications(), a.rankedOfferIds());
        }).toList());
    }

    /** For some offers, a host ranking of some applicants and declines of others. */
    static Arbitrary<List<HostPreferences>> hostPreferences(List<Offer> offers, List<Applicant> applicants) {
        if (applicants.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        List<String> ids = applicants.stream().map(Applicant::studentId).toList();
        Arbitrary<HostPreferences> oneOffer = Combinators.combine(
                Arbitraries.of(offers.stream().map(Offer::id).toList()),
                Arbitraries.of(ids).list().uniqueElements().ofMaxSize(ids.size()),
                Arbitraries.of(ids).set().ofMaxSize(Math.max(1, ids.size() / 4)))
                .as((offerId, ranking, declined) -> {
                    Set<String> notRanked = new java.util.HashSet<>(declined);
                    ranking.forEach(notRanked::remove);
                    return new HostPreferences(offerId, ranking, notRanked);
                });
        return oneOffer.list().ofMaxSize(offers.size()).uniqueElements(HostPreferences::offerId);
    }

    static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** The rules of the package documentation, read naively. */
    static final class Oracle {

        final Map<String, Offer> offers = new HashMap<>();
        final Map<String, Applicant> applicants = new HashMap<>();
        final Map<String, HostPreferences> preferences = new HashMap<>();
        final long seed;

        Oracle(MatchingInput round) {
            round.offers().forEach(o -> offers.put(o.id(), o));
            round.applicants().forEach(a -> applicants.put(a.studentId(), a));
            round.hostPreferences().forEach(p -> preferences.put(p.offerId(), p));
            seed = round.lotterySeed();
        }

        boolean declined(Offer offer, Applicant applicant) {
            HostPreferences p = preferences.get(offer.id());
            return p != null && p.declined().contains(applicant.studentId());
        }

        boolean acceptable(Offer offer, Applicant applicant) {
            return applicant.rankedOfferIds().contains(offer.id()) && offer.fieldKey().equals(applicant.fieldKey())
                    && applicant.qualifications().containsAll(offer.requirements()) && !declined(offer, applicant);
        }

        int explicitRank(Offer offer, String studentId) {
            HostPreferences p = preferences.get(offer.id());
            int index = p == null ? -1 : p.ranking().indexOf(studentId);
            return index < 0 ? Integer.MAX_VALUE : index;
        }

        /** Whether the offer's host orders {@code a} above {@code b}. */
        boolean prefers(Offer offer, String a, String b) {
            Comparator<String> order = Comparator.<String>comparingInt(id -> explicitRank(offer, id))
                    .thenComparing(id -> !applicants.get(id).priority())
                    .thenComparingLong(id -> Lottery.number(seed, id))
                    .thenComparing(Comparator.naturalOrder());
            return order.compare(a, b) < 0;
        }

        /** Every stable matching: each applicant's offer id or null, listed by brute force. */
        List<String[]> stableMatchings(List<Applicant> list) {
            List<String[]> stable = new ArrayList<>();
            enumerate(list, 0, new String[list.size()], stable);
            return stable;
        }

        private void enumerate(List<Applicant> list, int a, String[] matching, List<String[]> stable) {
            if (a == list.size()) {
                if (isStable(list, matching)) {
                    stable.add(matching.clone());
                }
                return;
            }
            matching[a] = null;
            enumerate(list, a + 1, matching, stable);
            for (String offerId : list.get(a).rankedOfferIds()) {
                Offer offer = offers.get(offerId);
                if (acceptable(offer, list.get(a)) && count(matching, a, offerId) < offer.capacity()) {
                    matching[a] = offerId;
                    enumerate(list, a + 1, matching, stable);
                }
            }
            matching[a] = null;
        }

        private static long count(String[] matching, int upTo, String offerId) {
            return IntStream.range(0, upTo).filter(i -> offerId.equals(matching[i])).count();
        }

        private boolean isStable(List<Applicant> list, String[] matching) {
            for (int a = 0; a < list.size(); a++) {
                Applicant applicant = list.get(a);
                int current = matching[a] == null ? Integer.MAX_VALUE : applicant.rankOf(matching[a]);
                for (String offerId : applicant.rankedOfferIds()) {
                    Offer offer = offers.get(offerId);
                    if (applicant.rankOf(offerId) >= current || !acceptable(offer, applicant)) {
                        continue;
                    }
                    List<String> held = new ArrayList<>();
                    for (int b = 0; b < list.size(); b++) {
                        if (offerId.equals(matching[b])) {
                            held.add(list.get(b).studentId());
                        }
                    }
                    if (held.size() < offer.capacity()
                            || held.stream().anyMatch(other -> prefers(offer, applicant.studentId(), other))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
