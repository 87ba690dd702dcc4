package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many people acting on the same thing at the same moment over {@code /engine-rest}: exactly one wins, every other
 * request gets 409 with a message in Vietnamese and English, and nothing acknowledged is lost.
 */
class ConcurrentCompletionTest extends WebappTestSupport {

    static final int CLIENTS = 200;

    @Autowired HistoryService historyService;
    @Autowired TaskService taskService;

    @RepeatedTest(3)
    void two_hundred_concurrent_completions_of_one_task_one_succeeds_the_others_get_409_and_the_winners_variables_are_kept() throws Exception {
        // given a mentor's review task
        deployTestProcess();
        ProcessInstance instance = startMentoring("conc-001", "concsch", "information-technology", "conchost", "mentor.conc");
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        // when 200 clients complete it at once, each with variables of its own
        List<Http.Response> responses = concurrently(CLIENTS, i -> admin().postJson("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"reviewedBy\":{\"value\":\"client-" + i + "\"},\"reviewScore\":{\"value\":" + i
                        + ",\"type\":\"Integer\"},\"note" + i + "\":{\"value\":\"from client " + i + "\"}}}"));

        // then exactly one succeeds and the others are told, readably, that they lost the race
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            Http.Response response = responses.get(i);
            if (response.status() == 204) {
                winners.add(i);
            } else {
                assertThat(response.status()).as(response.body()).isEqualTo(409);
                assertThat(response.json().path("type").asText()).isIn("TaskAlreadyCompleted", "ConcurrentChange");
                assertThat(response.json().path("message").asText()).contains(" / ").doesNotContain("Exception");
            }
        }
        assertThat(winners).hasSize(1);
        int winner = winners.get(0);
        // and every variable of the winner is there, none of any loser
        assertThat(historicValue(instance.getId(), "reviewedBy")).isEqualTo("client-" + winner);
        assertThat(historicValue(instance.getId(), "reviewScore")).isEqualTo(winner);
        assertThat(historicValue(instance.getId(), "note" + winner)).isEqualTo("from client " + winner);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameLike("note%").count()).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
                .isEqualTo(1);
    }

    @Test
    void concurrent_updates_of_one_variable_are_each_either_applied_or_refused_with_409_never_dropped() throws Exception {
        // given a running instance with a variable
        deployTestProcess();
        ProcessInstance instance = startMentoring("conc-002", "concsch", "information-technology", "conchost", "mentor.conc");
        runtimeService.setVariable(instance.getId(), "counter", -1);
        int revisionBefore = ((VariableInstanceEntity) runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instance.getId()).variableName("counter").singleResult()).getRevision();

        // when 50 clients set it at once
        List<Http.Response> responses = concurrently(50, i -> admin().send("PUT",
                "/engine-rest/process-instance/" + instance.getId() + "/variables/counter", "application/json",
                "{\"value\":" + i + ",\"type\":\"Integer\"}"));

        // then each update was applied (204) or refused (409, and nowhere)
        Set<Object> acknowledged = new HashSet<>();
        for (int i = 0; i < responses.size(); i++) {
            Http.Response response = responses.get(i);
            assertThat(response.status()).as(response.body()).isIn(204, 409);
            if (response.status() == 204) {
                acknowledged.add(i);
            } else {
                assertThat(response.json().path("message").asText()).contains(" / ");
            }
        }
        // each applied update raised the variable's revision by one (optimistic locking): as many as were acknowledged
        VariableInstanceEntity counter = (VariableInstanceEntity) runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instance.getId()).variableName("counter").singleResult();
        assertThat(acknowledged).isNotEmpty();
        assertThat(counter.getRevision() - revisionBefore).isEqualTo(acknowledged.size());
        assertThat(acknowledged).contains(runtimeService.getVariable(instance.getId(), "counter"));
    }

    private Object historicValue(String processInstanceId, String name) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
                .singleResult().getValue();
    }

    /** Sends the requests from as many threads, released together. */
    private static List<Http.Response> concurrently(int clients, IntFunction<Http.Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch ready = new CountDownLatch(clients);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(client);
                }));
            }
            ready.await();
            go.countDown();
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
