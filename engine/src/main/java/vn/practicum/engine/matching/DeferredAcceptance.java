package vn.practicum.engine.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Student-proposing deferred acceptance with capacities: each student proposes to their choices in order; each
 * offer holds the best applicants so far, up to its capacity, in its host's order, and rejects the rest; a rejected
 * student proposes to their next choice. It ends when no student has a choice left to try. The result is the
 * student-optimal stable matching (see the package documentation for the rules). Stateless and thread-safe.
 *
 * <p>Cost: each student proposes at most {@link Applicant#MAX_CHOICES} times, each proposal costs a heap
 * operation, so a round of n students runs in O(n log c) after O(n + offers) set-up.
 */
public final class DeferredAcceptance {

    /** Matches the round; refuses an input with problems ({@link MatchingInput#problems()}). */
    public MatchingResult match(MatchingInput input) {
        List<String> problems = input.problems();
        if (!problems.isEmpty()) {
            throw new InvalidMatchingInputException(problems);
        }
        Map<String, Integer> offerIndex = new HashMap<>();
        Offer[] offers = input.offers().toArray(Offer[]::new);
        for (int o = 0; o < offers.length; o++) {
            offerIndex.put(offers[o].id(), o);
        }
        Applicant[] applicants = input.applicants().toArray(Applicant[]::new);
        long[] lottery = new long[applicants.length];
        for (int a = 0; a < applicants.length; a++) {
            lottery[a] = Lottery.number(input.lotterySeed(), applicants[a].studentId());
        }

        // each host's explicit ranking and declines, by offer
        List<Map<String, Integer>> explicitRank = new ArrayList<>(offers.length);
        List<Set<String>> declined = new ArrayList<>(offers.length);
        for (int o = 0; o < offers.length; o++) {
            explicitRank.add(Map.of());
            declined.add(Set.of());
        }
        for (HostPreferences preferences : input.hostPreferences()) {
            int o = offerIndex.get(preferences.offerId());
            Map<String, Integer> ranks = new HashMap<>();
            for (int i = 0; i < preferences.ranking().size(); i++) {
                ranks.put(preferences.ranking().get(i), i);
            }
            explicitRank.set(o, ranks);
            declined.set(o, preferences.declined());
        }

        // the default order, which is also the order of proposing: priority first, then lottery, then id
        Comparator<Integer> defaultOrder = Comparator
                .<Integer, Boolean>comparing(a -> !applicants[a].priority())
                .thenComparingLong(a -> lottery[a])
                .thenComparing(a -> applicants[a].studentId());

        // what each student may propose to, and what became of the choices that cannot take them at all
        int[][] acceptable = new int[applicants.length][];
        ChoiceOutcome[][] choices = new ChoiceOutcome[applicants.length][];
        for (int a = 0; a < applicants.length; a++) {
            Applicant applicant = applicants[a];
            List<String> ranked = applicant.rankedOfferIds();
            choices[a] = new ChoiceOutcome[ranked.size()];
            int[] open = new int[ranked.size()];
            int count = 0;
            for (int r = 0; r < ranked.size(); r++) {
                int o = offerIndex.get(ranked.get(r));
                Offer offer = offers[o];
                if (!offer.fieldKey().equals(applicant.fieldKey())) {
                    choices[a][r] = new ChoiceOutcome(r + 1, offer.id(), ChoiceStatus.WRONG_FIELD, Set.of());
                } else if (!applicant.qualifications().containsAll(offer.requirements())) {
                    Set<String> missing = new HashSet<>(offer.requirements());
                    missing.removeAll(applicant.qualifications());
                    choices[a][r] = new ChoiceOutcome(r + 1, offer.id(), ChoiceStatus.REQUIREMENTS_NOT_MET, missing);
                } else if (declined.get(o).contains(applicant.studentId())) {
                    choices[a][r] = new ChoiceOutcome(r + 1, offer.id(), ChoiceStatus.DECLINED_BY_HOST, Set.of());
                } else {
                    open[count++] = r;
                }
            }
            acceptable[a] = Arrays.copyOf(open, count);
        }

        // each offer's held applicants: a heap with the one its host likes least on top
        List<PriorityQueue<Integer>> held = new ArrayList<>(offers.length);
        for (int o = 0; o < offers.length; o++) {
            Comparator<Integer> hostOrder = hostOrder(applicants, explicitRank.get(o), defaultOrder);
            held.add(new PriorityQueue<>(Math.max(1, offers[o].capacity()), hostOrder.reversed()));
        }

        int[] next = new int[applicants.length]; // index into acceptable[a] of the next choice to try
        int[] heldAt = new int[applicants.length]; // index into acceptable[a] of where the student is held, or -1
        Arrays.fill(heldAt, -1);
        Integer[] proposing = new Integer[applicants.length];
        for (int a = 0; a < applicants.length; a++) {
            proposing[a] = a;
        }
        Arrays.sort(proposing, defaultOrder);
        Deque<Integer> free = new ArrayDeque<>(Arrays.asList(proposing));
        while (!free.isEmpty()) {
            int a = free.pollFirst();
            while (heldAt[a] < 0 && next[a] < acceptable[a].length) {
                int choice = next[a]++;
                int o = offerIndex.get(applicants[a].rankedOfferIds().get(acceptable[a][choice]));
                PriorityQueue<Integer> queue = held.get(o);
                if (offers[o].capacity() == 0) {
                    continue;
                }
                if (queue.size() < offers[o].capacity()) {
                    queue.add(a);
                    heldAt[a] = choice;
                } else if (queue.comparator().compare(a, queue.peek()) > 0) {
                    int displaced = queue.poll();
                    heldAt[displaced] = -1;
                    free.addFirst(displaced);
                    queue.add(a);
                    heldAt[a] = choice;
                }
            }
        }

        TreeMap<String, StudentOutcome> outcomes = new TreeMap<>();
        for (int a = 0; a < applicants.length; a++) {
            outcomes.put(applicants[a].studentId(), outcome(applicants[a], offers, offerIndex, acceptable[a],
                    choices[a], heldAt[a]));
        }
        TreeMap<String, List<String>> placements = new TreeMap<>();
        for (int o = 0; o < offers.length; o++) {
            List<Integer> students = new ArrayList<>(held.get(o));
            students.sort(held.get(o).comparator().reversed());
            placements.put(offers[o].id(), students.stream().map(a -> applicants[a].studentId()).toList());
        }
        return new MatchingResult(outcomes, placements);
    }

    /** The host's order over its applicants, best first: explicitly ranked ones in the host's order, then the default. */
    private static Comparator<Integer> hostOrder(Applicant[] applicants, Map<String, Integer> explicitRank,
                                                Comparator<Integer> defaultOrder) {
        if (explicitRank.isEmpty()) {
            return defaultOrder;
        }
        return Comparator.<Integer>comparingInt(a -> explicitRank.getOrDefault(applicants[a].studentId(), Integer.MAX_VALUE))
                .thenComparing(defaultOrder);
    }

    private static StudentOutcome outcome(Applicant applicant, Offer[] offers, Map<String, Integer> offerIndex,
                                          int[] acceptable, ChoiceOutcome[] refused, int heldAt) {
        List<String> ranked = applicant.rankedOfferIds();
        ChoiceOutcome[] choices = refused.clone();
        int placedRank = heldAt < 0 ? -1 : acceptable[heldAt];
        for (int r = 0; r < ranked.size(); r++) {
            if (choices[r] == null) {
                ChoiceStatus status = r == placedRank ? ChoiceStatus.PLACED
                        : placedRank >= 0 && r > placedRank ? ChoiceStatus.NOT_NEEDED : ChoiceStatus.FULL;
                choices[r] = new ChoiceOutcome(r + 1, ranked.get(r), status, Set.of());
            } else if (placedRank >= 0 && r > placedRank) {
                choices[r] = new ChoiceOutcome(r + 1, ranked.get(r), ChoiceStatus.NOT_NEEDED, Set.of());
            }
        }
        List<ChoiceOutcome> all = List.of(choices);
        if (placedRank < 0) {
            return new StudentOutcome(applicant.studentId(), null, null, 0, all, OutcomeTexts.notPlaced(all));
        }
        Offer offer = offers[offerIndex.get(ranked.get(placedRank))];
        return new StudentOutcome(applicant.studentId(), offer.id(), offer.hostCode(), placedRank + 1, all,
                OutcomeTexts.placed(placedRank + 1, offer));
    }
}
