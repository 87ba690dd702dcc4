package vn.practicum.engine.placement;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.matching.Applicant;
import vn.practicum.engine.matching.DeferredAcceptance;
import vn.practicum.engine.matching.HostPreferences;
import vn.practicum.engine.matching.MatchingInput;
import vn.practicum.engine.matching.MatchingResult;
import vn.practicum.engine.matching.Offer;
import vn.practicum.engine.matching.StudentOutcome;

/**
 * The placement round's service: open, publish offers, rank, mark applicants, rank or decline applicants, close.
 * Who may do what is the caller's business (the web layer checks the user's groups); this class checks the input
 * and the round's state. Every refusal names the problem in Vietnamese, then English.
 *
 * <p>Closing is idempotent and never one giant transaction: one transaction locks the round, matches it and stores
 * every result; after it commits, a Camunda batch ({@code correlateAllAsync}) correlates the round's message to
 * each lifecycle still waiting for the round, one small job per student, retried and then raised as an incident by
 * the job executor. Closing again matches nothing again and moves only students still waiting (for example after a
 * crash between the two steps); a student moved already waits no more and is not moved twice.
 */
public class PlacementRounds {

    /** The wait state of {@code practicum-placement} where a student waits for their round. */
    public static final String WAIT_ACTIVITY = "Event_RoundClosed";

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int MAX_CAPACITY = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RuntimeService runtimeService;
    private final FieldRegistry fields;
    private final Clock clock;
    private final DeferredAcceptance matcher = new DeferredAcceptance();
    private final SecureRandom seeds = new SecureRandom();

    public PlacementRounds(DataSource dataSource, PlatformTransactionManager transactionManager,
                           RuntimeService runtimeService, FieldRegistry fields, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.runtimeService = runtimeService;
        this.fields = fields;
        this.clock = clock;
    }

    private PlacementStore store() {
        return new PlacementStore(jdbc);
    }

    /** Opens a round for the cohort; the seed is drawn at random unless given, and published with the round. */
    public Round open(String roundId, String cohort, Long lotterySeed, String by) {
        List<String> problems = new ArrayList<>();
        code(problems, "roundId", roundId);
        code(problems, "cohort", cohort);
        if (!problems.isEmpty()) {
            throw new PlacementRequestException(problems);
        }
        Round round = new Round(roundId, cohort, RoundStatus.OPEN, lotterySeed != null ? lotterySeed : seeds.nextLong(),
                by, clock.instant(), null, null, null, null);
        return transaction.execute(status -> {
            PlacementStore store = store();
            if (store.round(roundId).isPresent()) {
                throw new PlacementConflictException("Đợt " + roundId + " đã tồn tại / round " + roundId + " exists already");
            }
            if (store.openRoundOfCohort(cohort)) {
                throw new PlacementConflictException("Khóa " + cohort + " đang có một đợt xếp chỗ mở / cohort " + cohort
                        + " has an open round already");
            }
            store.insertRound(round);
            return round;
        });
    }

    public Optional<Round> round(String roundId) {
        return store().round(roundId);
    }

    public List<Round> rounds() {
        return store().rounds();
    }

    /** Publishes an offer in an open round. */
    public RoundOffer publish(RoundOffer offer, String by) {
        List<String> problems = new ArrayList<>();
        code(problems, "offerId", offer.offerId());
        code(problems, "hostCode", offer.hostCode());
        if (offer.fieldKey() == null || !fields.isOffered(offer.fieldKey())) {
            problems.add("fieldKey: ngành không có / unknown field '" + offer.fieldKey() + "'");
        }
        if (offer.capacity() < 1 || offer.capacity() > MAX_CAPACITY) {
            problems.add("capacity: từ 1 đến " + MAX_CAPACITY + " / 1 to " + MAX_CAPACITY);
        }
        if (offer.requirements().size() > 10) {
            problems.add("requirements: tối đa 10 / at most 10");
        }
        offer.requirements().stream().filter(r -> r == null || !CODE.matcher(r).matches()).sorted().forEach(r ->
                problems.add("requirements: '" + r + "' không hợp lệ (chữ thường, số, '-') / not valid (lower-case letters, digits, '-')"));
        text(problems, "titleVi", offer.titleVi());
        text(problems, "titleEn", offer.titleEn());
        if (!problems.isEmpty()) {
            throw new PlacementRequestException(problems);
        }
        return transaction.execute(status -> {
            PlacementStore store = store();
            openRound(store, offer.roundId(), false);
            if (store.offer(offer.offerId()).isPresent()) {
                throw new PlacementConflictException("Vị trí " + offer.offerId() + " đã tồn tại / offer "
                        + offer.offerId() + " exists already");
            }
            store.insertOffer(offer, by, clock.instant());
            return offer;
        });
    }

    public Optional<RoundOffer> offer(String offerId) {
        return store().offer(offerId);
    }

    /** The round's offers, of one field and/or one host when given. */
    public List<RoundOffer> offers(String roundId, String fieldKey, String hostCode) {
        return store().offers(roundId, fieldKey, hostCode);
    }

    /**
     * Records the student's choices (one to five offers of the student's field in the open round, best first),
     * replacing earlier ones; the student takes part in the round from now on.
     */
    public RoundApplicant rank(String roundId, String studentId, String schoolCode, String fieldKey, List<String> offerIds) {
        return transaction.execute(status -> rank(store(), roundId, studentId, schoolCode, fieldKey, offerIds, clock.instant()));
    }

    static RoundApplicant rank(PlacementStore store, String roundId, String studentId, String schoolCode, String fieldKey,
                               List<String> offerIds, Instant now) {
        openRound(store, roundId, true);
        List<String> problems = new ArrayList<>();
        if (offerIds == null || offerIds.isEmpty() || offerIds.size() > Applicant.MAX_CHOICES) {
            problems.add("offers: từ 1 đến " + Applicant.MAX_CHOICES + " nguyện vọng / 1 to " + Applicant.MAX_CHOICES + " choices");
        } else {
            if (new HashSet<>(offerIds).size() != offerIds.size()) {
                problems.add("offers: một vị trí được chọn hai lần / an offer is ranked twice");
            }
            for (String offerId : offerIds) {
                Optional<RoundOffer> offer = offerId == null ? Optional.empty() : store.offer(offerId);
                if (offer.isEmpty() || !offer.get().roundId().equals(roundId)) {
                    problems.add("offers: không có vị trí " + offerId + " trong đợt " + roundId + " / no offer " + offerId
                            + " in round " + roundId);
                } else if (!offer.get().fieldKey().equals(fieldKey)) {
                    problems.add("offers: vị trí " + offerId + " thuộc ngành khác / offer " + offerId + " is in another field");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PlacementRequestException(problems);
        }
        store.saveChoices(roundId, studentId, schoolCode, fieldKey, store.registeredPriority(studentId), offerIds, now);
        return store.applicant(roundId, studentId).orElseThrow();
    }

    public Optional<RoundApplicant> applicant(String roundId, String studentId) {
        return store().applicant(roundId, studentId);
    }

    /** The school marks an applicant as priority and records what they hold (compared with offers' requirements). */
    public RoundApplicant markApplicant(String roundId, String studentId, boolean priority, Set<String> qualifications) {
        Set<String> holds = qualifications == null ? Set.of() : qualifications;
        List<String> problems = new ArrayList<>();
        holds.stream().filter(q -> q == null || !CODE.matcher(q).matches()).sorted().forEach(q ->
                problems.add("qualifications: '" + q + "' không hợp lệ / not valid"));
        if (holds.size() > 20) {
            problems.add("qualifications: tối đa 20 / at most 20");
        }
        if (!problems.isEmpty()) {
            throw new PlacementRequestException(problems);
        }
        return transaction.execute(status -> {
            PlacementStore store = store();
            openRound(store, roundId, false);
            if (!store.markApplicant(roundId, studentId, priority, holds)) {
                throw new PlacementNotFoundException("Sinh viên " + studentId + " chưa tham gia đợt " + roundId
                        + " / student " + studentId + " takes no part in round " + roundId);
            }
            return store.applicant(roundId, studentId).orElseThrow();
        });
    }

    /** The applicants of an offer: who ranked it, and what its host said about them. */
    public List<OfferApplicant> applicants(String offerId) {
        return store().offerApplicants(offerId);
    }

    /** The host ranks (best first) and/or declines applicants of its offer, replacing what it said before. */
    public List<OfferApplicant> preferences(String offerId, List<String> ranking, Set<String> declined) {
        List<String> ranked = ranking == null ? List.of() : ranking;
        Set<String> refused = declined == null ? Set.of() : declined;
        return transaction.execute(status -> {
            PlacementStore store = store();
            RoundOffer offer = store.offer(offerId).orElseThrow(() -> new PlacementNotFoundException(
                    "Không có vị trí " + offerId + " / no offer " + offerId));
            openRound(store, offer.roundId(), false);
            Set<String> applicants = new HashSet<>();
            store.offerApplicants(offerId).forEach(a -> applicants.add(a.studentId()));
            List<String> problems = new ArrayList<>();
            if (new HashSet<>(ranked).size() != ranked.size()) {
                problems.add("ranking: một sinh viên được xếp hai lần / a student is ranked twice");
            }
            ranked.stream().filter(refused::contains).sorted().forEach(id ->
                    problems.add("ranking, declined: " + id + " vừa được xếp hạng vừa bị từ chối / both ranked and declined"));
            java.util.stream.Stream.concat(ranked.stream(), refused.stream()).filter(id -> !applicants.contains(id))
                    .distinct().sorted().forEach(id -> problems.add("sinh viên " + id + " không đăng ký vị trí này / student "
                            + id + " did not apply to this offer"));
            if (!problems.isEmpty()) {
                throw new PlacementRequestException(problems);
            }
            store.saveHostChoices(offerId, ranked, refused);
            return store.offerApplicants(offerId);
        });
    }

    /**
     * Closes the round: matches it with its seed, stores each student's result, and starts a batch that moves every
     * lifecycle waiting for this round on. Idempotent (see the class documentation).
     */
    public CloseSummary close(String roundId, String by) {
        boolean[] closedNow = {false};
        Round round = transaction.execute(status -> {
            PlacementStore store = store();
            Round locked = store.lockRound(roundId).orElseThrow(() -> notFound(roundId));
            if (locked.status() == RoundStatus.CLOSED) {
                return locked;
            }
            MatchingResult result = matcher.match(input(store, locked));
            List<RoundResult> results = result.outcomes().values().stream().map(outcome -> resultOf(roundId, outcome)).toList();
            store.insertResults(results);
            store.markClosed(roundId, by, clock.instant(), result.placed().size(), result.unplaced().size());
            closedNow[0] = true;
            return store.round(roundId).orElseThrow();
        });
        ProcessInstanceQuery waiting = waitingFor(roundId);
        long count = waiting.count();
        String batchId = null;
        if (count > 0) {
            Batch batch = runtimeService.createMessageCorrelationAsync(PracticumVariables.ROUND_CLOSED_MESSAGE)
                    .processInstanceQuery(waitingFor(roundId))
                    .correlateAllAsync();
            batchId = batch.getId();
        }
        return new CloseSummary(round, closedNow[0], count, batchId);
    }

    /** The lifecycles waiting for this round now. */
    public long waiting(String roundId) {
        return waitingFor(roundId).count();
    }

    public List<RoundResult> results(String roundId) {
        return store().results(roundId);
    }

    public Optional<RoundResult> result(String roundId, String studentId) {
        return store().result(roundId, studentId);
    }

    private ProcessInstanceQuery waitingFor(String roundId) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.PLACEMENT)
                .activityIdIn(WAIT_ACTIVITY)
                .variableValueEquals(PracticumVariables.PLACEMENT_ROUND_ID.name(), roundId);
    }

    static MatchingInput input(PlacementStore store, Round round) {
        List<Offer> offers = store.offers(round.roundId(), null, null).stream()
                .map(o -> new Offer(o.offerId(), o.hostCode(), o.fieldKey(), o.capacity(), o.requirements())).toList();
        List<Applicant> applicants = store.applicants(round.roundId()).stream()
                .map(a -> new Applicant(a.studentId(), a.fieldKey(), a.priority(), a.qualifications(), a.choices())).toList();
        List<HostPreferences> preferences = new ArrayList<>();
        for (Map.Entry<String, PlacementStore.HostChoices> entry : store.hostChoices(round.roundId()).entrySet()) {
            preferences.add(new HostPreferences(entry.getKey(), entry.getValue().ranking(), entry.getValue().declined()));
        }
        return new MatchingInput(offers, applicants, preferences, round.lotterySeed());
    }

    private static RoundResult resultOf(String roundId, StudentOutcome outcome) {
        return new RoundResult(roundId, outcome.studentId(), outcome.offerId(), outcome.hostCode(), outcome.rank(),
                outcome.text());
    }

    /** The round, which must exist and be open; locked when joining so that closing waits for the join. */
    static Round openRound(PlacementStore store, String roundId, boolean lock) {
        Round round = (lock ? store.lockRound(roundId) : store.round(roundId)).orElseThrow(() -> notFound(roundId));
        if (round.status() != RoundStatus.OPEN) {
            throw new PlacementConflictException("Đợt " + roundId + " đã đóng / round " + roundId + " is closed");
        }
        return round;
    }

    static PlacementNotFoundException notFound(String roundId) {
        return new PlacementNotFoundException("Không có đợt xếp chỗ " + roundId + " / no placement round " + roundId);
    }

    private static void code(List<String> problems, String name, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            problems.add(name + ": bắt buộc; chữ thường, số hoặc '-', tối đa 64 ký tự / required; lower-case letters,"
                    + " digits or '-', at most 64");
        }
    }

    private static void text(List<String> problems, String name, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            problems.add(name + ": bắt buộc, tối đa 200 ký tự / required, at most 200 characters");
        }
    }
}
