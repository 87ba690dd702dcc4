package vn.practicum.engine.placement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.practicum.engine.jdbc.EngineConnection;
import vn.practicum.engine.lifecycle.PracticumVariables;

/**
 * The placement round's two steps in {@code practicum-placement}, called as expressions on the bean
 * {@value #BEAN_NAME}. Thin: they read and write the round's tables on the engine command's own connection (so they
 * commit or roll back with the step) and map the result to process variables.
 */
public class PlacementRoundSteps {

    public static final String BEAN_NAME = "placementRound";

    /**
     * After the student's preferences: the student takes part in a round when they chose offers in the Tasklist
     * form ({@code roundChoices}: offer ids, best first) or ranked offers of an open round through the API before.
     * Sets {@code placementRoundId} to that round, or to null (the manual way: the coordinator proposes a host).
     * Refuses choices that are not offers of an open round of the student's field, naming each problem.
     */
    public void join(DelegateExecution execution) {
        PlacementStore store = store();
        String studentId = execution.getProcessBusinessKey();
        String choices = PracticumVariables.ROUND_CHOICES.from(execution);
        String roundId = null;
        if (choices != null && !choices.isBlank()) {
            List<String> offerIds = Arrays.stream(choices.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            RoundOffer first = store.offer(offerIds.get(0)).orElseThrow(() -> new PlacementRequestException(
                    "roundChoices: không có vị trí " + offerIds.get(0) + " / no offer " + offerIds.get(0)));
            PlacementRounds.rank(store, first.roundId(), studentId, PracticumVariables.SCHOOL_CODE.require(execution),
                    PracticumVariables.FIELD_KEY.require(execution), offerIds, ClockUtil.getCurrentTime().toInstant());
            roundId = first.roundId();
        } else {
            Optional<String> open = store.openRoundOf(studentId);
            if (open.isPresent()) {
                // locked: a round closing now either sees this student waiting, or this student sees it closed
                Round round = store.lockRound(open.get()).orElseThrow();
                roundId = round.status() == RoundStatus.OPEN ? round.roundId() : null;
            }
        }
        PracticumVariables.PLACEMENT_ROUND_ID.set(execution, roundId);
    }

    /**
     * Once the round closed: the student's result. Placed: {@code hostCode} and {@code roundOfferId} are set and
     * the host reviews the candidate; not placed: the coordinator places the student by hand. Either way
     * {@code roundOutcome} (Vietnamese) and {@code roundOutcomeEn} say it in words.
     */
    public void applyResult(DelegateExecution execution) {
        String roundId = PracticumVariables.PLACEMENT_ROUND_ID.require(execution);
        Optional<RoundResult> found = store().result(roundId, execution.getProcessBusinessKey());
        boolean placed = found.map(RoundResult::placed).orElse(false);
        PracticumVariables.ROUND_PLACED.set(execution, placed);
        PracticumVariables.ROUND_OFFER_ID.set(execution, found.map(RoundResult::offerId).orElse(null));
        if (placed) {
            PracticumVariables.HOST_CODE.set(execution, found.get().hostCode());
        }
        PracticumVariables.ROUND_OUTCOME.set(execution, found.map(r -> r.outcome().vi())
                .orElse("Chưa được xếp chỗ: đợt " + roundId + " không có kết quả cho bạn"));
        PracticumVariables.ROUND_OUTCOME_EN.set(execution, found.map(r -> r.outcome().en())
                .orElse("not placed: round " + roundId + " has no result for you"));
    }

    private static PlacementStore store() {
        return new PlacementStore(new JdbcTemplate(new SingleConnectionDataSource(EngineConnection.current(), true)));
    }
}
