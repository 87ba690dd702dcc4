package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.processes.CoreProcesses.Generic;
import vn.practicum.processes.CoreProcesses.Placement;

/** {@code practicum-placement}: every outcome of its gateways, the parallel signatures and the field's checks. */
class PlacementProcessTest extends CoreProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = engineExtension();

    private static final String OTHER_HOST = "saigontourist";

    private ProcessInstance startPlacement(String studentId) {
        return start(ProcessKeys.PLACEMENT, studentId, practicumStart(studentId, TOURISM, 2)
                .with(PracticumVariables.ENROLMENT_OUTCOME, "ENROLLED"));
    }

    @Test
    void aHostRejectsThenAnotherHostAcceptsAndTheStudentIsPlaced() {
        // given preferences submitted and a first host proposed
        String studentId = "pl-reject-001";
        ProcessInstance placement = startPlacement(studentId);
        assertThat(placement).isWaitingAt(Placement.SUBMIT_PREFERENCES);
        assertThat(task(studentId, Placement.SUBMIT_PREFERENCES)).isAssignedTo(studentId);
        submitPreferences(studentId);
        assertThat(task(studentId, Placement.PROPOSE_HOST)).hasCandidateGroup(coordinators());
        proposeHost(studentId, OTHER_HOST);
        assertThat(task(studentId, Placement.REVIEW_CANDIDATE)).hasCandidateGroup(Groups.businessHr(OTHER_HOST));

        // when that host rejects the student
        hostDecides(studentId, "REJECT");

        // then the coordinator proposes again, and the next host reviews with no decision pre-filled
        assertThat(placement).isWaitingAt(Placement.PROPOSE_HOST);
        proposeHost(studentId, HOST);
        assertThat(placement).isWaitingAt(Placement.REVIEW_CANDIDATE);
        assertThat(task(studentId, Placement.REVIEW_CANDIDATE)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(placement).variables().doesNotContainKey(PracticumVariables.HOST_DECISION.name());

        // when it accepts and the student accepts the offer
        hostDecides(studentId, "ACCEPT");
        assertThat(task(studentId, Placement.ACCEPT_OFFER)).isAssignedTo(studentId);
        answerOffer(studentId, true);

        // then the three parties sign in parallel, and the join waits for all three
        assertThat(placement).isWaitingAt(Placement.SIGN_AGREEMENT_STUDENT, Placement.SIGN_AGREEMENT_HOST,
                Placement.SIGN_AGREEMENT_SCHOOL);
        assertThat(task(studentId, Placement.SIGN_AGREEMENT_HOST)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(task(studentId, Placement.SIGN_AGREEMENT_SCHOOL)).hasCandidateGroup(coordinators());
        signAgreement(studentId);

        // and the field's placement checks run as the generic fragment
        assertThat(placement).isWaitingAt(Placement.FIELD_PLACEMENT_CHECKS);
        assertThat(placement).calledProcessInstance(CoreProcesses.GENERIC_PLACEMENT)
                .isWaitingAt(Generic.SUBMIT_FIELD_DOCUMENTS);
        submitFieldDocuments(studentId);
        verifyFieldDocuments(studentId, true);
        assertThat(task(studentId, Placement.ASSIGN_MENTOR)).hasCandidateGroup(Groups.businessHr(HOST));
        assignMentor(studentId);

        // then the student is placed with the second host
        assertThat(placement).hasPassed(Placement.PLACED).isEnded();
        assertThat(placement).variables()
                .containsEntry(PracticumVariables.PLACEMENT_OUTCOME.name(), "PLACED")
                .containsEntry(PracticumVariables.HOST_CODE.name(), HOST)
                .containsEntry(PracticumVariables.MENTOR_ID.name(), MENTOR)
                .containsEntry(CoreProcesses.Variables.AGREEMENT_SIGNED_BY_SCHOOL.name(), true);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(placement.getId())
                .taskDefinitionKey(Placement.REVIEW_CANDIDATE).count()).isEqualTo(2);
    }

    @Test
    void theStudentDeclinesTheOfferThenNoPlacementIsPossible() {
        // given a host that accepted the student
        String studentId = "pl-decline-001";
        ProcessInstance placement = startPlacement(studentId);
        submitPreferences(studentId);
        proposeHost(studentId, HOST);
        hostDecides(studentId, "ACCEPT");

        // when the student declines the offer
        answerOffer(studentId, false);

        // then the coordinator is asked for another proposal
        assertThat(placement).hasPassed(Placement.ACCEPT_OFFER).isWaitingAt(Placement.PROPOSE_HOST);
        assertThat(placement).variables().containsEntry(PracticumVariables.OFFER_ACCEPTED.name(), false)
                .doesNotContainKey(PracticumVariables.PLACEMENT_POSSIBLE.name());

        // when no other placement is possible
        noPlacementPossible(studentId);

        // then the placement ends NOT_PLACED, without signatures or field checks
        assertThat(placement).hasPassed(Placement.NOT_PLACED)
                .hasNotPassed(Placement.SIGN_AGREEMENT_STUDENT, Placement.FIELD_PLACEMENT_CHECKS).isEnded();
        assertThat(placement).variables().containsEntry(PracticumVariables.PLACEMENT_OUTCOME.name(), "NOT_PLACED");
    }
}
