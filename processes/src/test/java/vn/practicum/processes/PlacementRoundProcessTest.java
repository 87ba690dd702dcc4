package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.placement.CloseSummary;
import vn.practicum.engine.placement.PlacementRequestException;
import vn.practicum.engine.placement.PlacementRounds;
import vn.practicum.engine.placement.RoundOffer;
import vn.practicum.engine.placement.RoundResult;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.processes.CoreProcesses.Placement;

/**
 * {@code practicum-placement} with a placement round: students who ranked offers of an open round wait for it to
 * close; closing moves them on (placed → the host's review, not placed → the coordinator), once only.
 */
class PlacementRoundProcessTest extends CoreProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = engineExtension();

    private static final String OTHER_HOST = "vietravel";

    PlacementRounds rounds;
    String round;

    @BeforeEach
    void openRound() {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        rounds = new PlacementRounds(dataSource, new DataSourceTransactionManager(dataSource), runtimeService,
                new FieldRegistry(List.of()), Clock.systemUTC());
        round = "r-" + UUID.randomUUID().toString().substring(0, 8);
        rounds.open(round, "cohort-" + round, 2026L, "admin");
    }

    private String offer(String suffix, String hostCode, String fieldKey, int capacity, Set<String> requirements) {
        String offerId = round + "-" + suffix;
        rounds.publish(new RoundOffer(offerId, round, hostCode, fieldKey, capacity, requirements,
                "Hướng dẫn viên " + suffix, "Tour guide " + suffix), "hr." + hostCode);
        return offerId;
    }

    private ProcessInstance startPlacement(String studentId) {
        return start(ProcessKeys.PLACEMENT, studentId, practicumStart(studentId, TOURISM, 2)
                .with(PracticumVariables.ENROLMENT_OUTCOME, "ENROLLED"));
    }

    private void rankInTasklist(String studentId, String choices) {
        complete(studentId, Placement.SUBMIT_PREFERENCES, vars().with(PracticumVariables.ROUND_CHOICES, choices));
    }

    /** Runs the close's batch as the job executor would: the seed job, then every correlation job. */
    private void runBatch(CloseSummary closed) {
        Batch batch = managementService.createBatchQuery().batchId(closed.batchId()).singleResult();
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId())) {
            List<Job> jobs;
            while (!(jobs = managementService.createJobQuery().jobDefinitionId(definition).list()).isEmpty()) {
                jobs.forEach(this::execute);
            }
        }
    }

    @Test
    void aStudentPlacedByTheRoundGoesStraightToTheHostsReviewWithTheOutcomeInWords() {
        // given two offers and a student who ranks them in the Tasklist, second choice first free
        String full = offer("full", OTHER_HOST, TOURISM, 1, Set.of());
        String free = offer("free", HOST, TOURISM, 2, Set.of());
        String rival = "pr-rival-" + round;
        ProcessInstance rivalPlacement = startPlacement(rival);
        rankInTasklist(rival, full);
        String studentId = "pr-placed-" + round;
        ProcessInstance placement = startPlacement(studentId);
        rounds.markApplicant(round, rival, true, Set.of()); // the rival's school marks priority: they take "full"

        // when the student ranks both offers
        rankInTasklist(studentId, full + ", " + free);

        // then the student waits for the round, and the tracking model says so
        assertThat(placement).hasPassed(Placement.JOIN_ROUND).isWaitingAt(Placement.ROUND_CLOSED);
        assertThat(placement).variables().containsEntry(PracticumVariables.PLACEMENT_ROUND_ID.name(), round);
        assertThat(PracticumTestEngine.tracking(engine).find(studentId).orElseThrow().stepId()).isEqualTo(Placement.ROUND_CLOSED);

        // when the programme office closes the round and the batch runs
        CloseSummary closed = rounds.close(round, "admin");
        assertThat(closed.closedNow()).isTrue();
        assertThat(closed.waiting()).isEqualTo(2);
        assertThat(placement).isWaitingAt(Placement.ROUND_CLOSED); // nothing moves in the closing transaction
        runBatch(closed);

        // then the student is at the host's review of their second choice, told so in words
        assertThat(placement).hasPassed(Placement.APPLY_ROUND_RESULT).isWaitingAt(Placement.REVIEW_CANDIDATE);
        assertThat(task(studentId, Placement.REVIEW_CANDIDATE)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(placement).variables()
                .containsEntry(PracticumVariables.HOST_CODE.name(), HOST)
                .containsEntry(PracticumVariables.ROUND_PLACED.name(), true)
                .containsEntry(PracticumVariables.ROUND_OFFER_ID.name(), free);
        assertThat((String) runtimeService.getVariable(placement.getId(), PracticumVariables.ROUND_OUTCOME_EN.name()))
                .startsWith("placed at your 2nd choice");
        assertThat((String) runtimeService.getVariable(placement.getId(), PracticumVariables.ROUND_OUTCOME.name()))
                .startsWith("Đã xếp chỗ theo nguyện vọng 2");
        StudentStage tracked = PracticumTestEngine.tracking(engine).find(studentId).orElseThrow();
        assertThat(tracked.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(tracked.stepId()).isEqualTo(Placement.REVIEW_CANDIDATE);
        assertThat(tracked.hostCode()).isEqualTo(HOST);
        assertThat(tracked.outcome()).startsWith("Đã xếp chỗ theo nguyện vọng 2");
        // and the priority rival got their only choice
        assertThat(rivalPlacement).isWaitingAt(Placement.REVIEW_CANDIDATE);
        assertThat(task(rival, Placement.REVIEW_CANDIDATE)).hasCandidateGroup(Groups.businessHr(OTHER_HOST));

        // and the rest of placement goes on as before
        hostDecides(studentId, "ACCEPT");
        assertThat(placement).isWaitingAt(Placement.ACCEPT_OFFER);
    }

    @Test
    void aStudentTheRoundCannotPlaceGoesToTheCoordinatorAndClosingTwiceMovesNobodyTwice() {
        // given one place and two students who want it, the school marking one as priority
        String only = offer("only", HOST, TOURISM, 1, Set.of());
        String first = "pr-first-" + round;
        String second = "pr-second-" + round;
        ProcessInstance firstPlacement = startPlacement(first);
        ProcessInstance secondPlacement = startPlacement(second);
        rankInTasklist(first, only);
        rankInTasklist(second, only);
        rounds.markApplicant(round, first, true, Set.of());

        // when the round closes
        CloseSummary closed = rounds.close(round, "admin");
        runBatch(closed);

        // then the priority student is placed, the other goes to the coordinator's manual placement, told why
        assertThat(firstPlacement).isWaitingAt(Placement.REVIEW_CANDIDATE);
        assertThat(secondPlacement).hasPassed(Placement.APPLY_ROUND_RESULT).isWaitingAt(Placement.PROPOSE_HOST);
        assertThat(task(second, Placement.PROPOSE_HOST)).hasCandidateGroup(coordinators());
        assertThat(secondPlacement).variables().containsEntry(PracticumVariables.ROUND_PLACED.name(), false)
                .containsEntry(PracticumVariables.ROUND_OUTCOME_EN.name(), "not placed: all your choices are full")
                .doesNotContainKey(PracticumVariables.HOST_CODE.name());
        assertThat(PracticumTestEngine.tracking(engine).find(second).orElseThrow().outcome())
                .isEqualTo("Chưa được xếp chỗ: tất cả nguyện vọng của bạn đã đủ chỗ");

        // when the round is closed again
        CloseSummary again = rounds.close(round, "admin");

        // then nothing is matched or moved again
        assertThat(again.closedNow()).isFalse();
        assertThat(again.waiting()).isZero();
        assertThat(again.batchId()).isNull();
        assertThat(rounds.results(round)).hasSize(2);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(firstPlacement.getId())
                .taskDefinitionKey(Placement.REVIEW_CANDIDATE).count()).isEqualTo(1);
        // and the coordinator places the student by hand as before
        proposeHost(second, OTHER_HOST);
        assertThat(task(second, Placement.REVIEW_CANDIDATE)).hasCandidateGroup(Groups.businessHr(OTHER_HOST));
    }

    @Test
    void aStudentWhoRankedThroughTheApiJoinsTheRoundWhenSubmittingPreferences() {
        // given a student who ranked an offer through the API before reaching the preferences
        String offerId = offer("api", HOST, TOURISM, 3, Set.of());
        String studentId = "pr-api-" + round;
        ProcessInstance placement = startPlacement(studentId);
        rounds.rank(round, studentId, SCHOOL, TOURISM, List.of(offerId));

        // when they submit the preferences form without choosing offers there
        submitPreferences(studentId);

        // then they wait for the round
        assertThat(placement).isWaitingAt(Placement.ROUND_CLOSED);
        assertThat(rounds.waiting(round)).isEqualTo(1);
    }

    @Test
    void aStudentOutsideAnyRoundGoesTheManualWay() {
        // given a student who ranked nothing
        String studentId = "pr-manual-" + round;
        ProcessInstance placement = startPlacement(studentId);

        // when they submit their preferred hosts only
        submitPreferences(studentId);

        // then the coordinator proposes a host, as before rounds existed
        assertThat(placement).hasPassed(Placement.JOIN_ROUND).isWaitingAt(Placement.PROPOSE_HOST);
        assertThat(placement).variables().containsEntry(PracticumVariables.PLACEMENT_ROUND_ID.name(), null);
    }

    @Test
    void choicesOfAnotherFieldOrUnknownOffersRefuseTheFormAndLeaveTheTaskOpen() {
        // given an offer of another field
        String itOffer = offer("it", HOST, "information-technology", 2, Set.of());
        String studentId = "pr-wrong-" + round;
        ProcessInstance placement = startPlacement(studentId);

        // when the tourism student ranks it, or an offer that does not exist
        assertThatThrownBy(() -> rankInTasklist(studentId, itOffer))
                .hasRootCauseInstanceOf(PlacementRequestException.class).hasMessageContaining("is in another field");
        assertThatThrownBy(() -> rankInTasklist(studentId, "no-such-offer"))
                .hasRootCauseInstanceOf(PlacementRequestException.class).hasMessageContaining("no offer no-such-offer");

        // then the student still has the form to fill
        assertThat(placement).isWaitingAt(Placement.SUBMIT_PREFERENCES);
        assertThat(rounds.applicant(round, studentId)).isEmpty();
    }

    @Test
    void theSameInputAlwaysGivesTheSameResult() {
        // given two rounds with the same seed, offers, requirements, rankings, host preferences and priorities
        String other = "r-" + UUID.randomUUID().toString().substring(0, 8);
        rounds.open(other, "cohort-" + other, 2026L, "admin");
        Map<String, Map<String, String>> byRound = new TreeMap<>();
        for (String r : List.of(round, other)) {
            for (int o = 0; o < 4; o++) {
                rounds.publish(new RoundOffer(r + "-o" + o, r, "host" + o, TOURISM, 1 + o % 2,
                        o == 3 ? Set.of("english-b2") : Set.of(), "Vị trí " + o, "Offer " + o), "hr");
            }
            for (int s = 0; s < 12; s++) {
                String studentId = "same-" + s;
                rounds.rank(r, studentId, SCHOOL, TOURISM, List.of(r + "-o" + (s % 3), r + "-o" + ((s + 1) % 3), r + "-o3"));
                if (s % 5 == 0) {
                    rounds.markApplicant(r, studentId, true, Set.of("english-b2"));
                }
            }
            rounds.preferences(r + "-o1", List.of("same-4"), Set.of("same-0"));
            rounds.close(r, "admin");
            Map<String, String> outcome = new TreeMap<>();
            for (RoundResult result : rounds.results(r)) {
                outcome.put(result.studentId(), result.placed() ? result.hostCode() + "#" + result.choiceRank() : result.outcome().en());
            }
            byRound.put(r, outcome);
        }

        // then both rounds placed every student alike
        assertThat(byRound.get(round)).hasSize(12).isEqualTo(byRound.get(other));
        assertThat(byRound.get(round).values()).anyMatch(v -> v.startsWith("host")).anyMatch(v -> v.startsWith("not placed"));
    }
}
