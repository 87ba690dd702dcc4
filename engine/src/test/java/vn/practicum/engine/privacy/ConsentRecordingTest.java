package vn.practicum.engine.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.test.PracticumTestEngine;

/** Consent is recorded by the task that shows the consent form, in the transaction that completes it. */
class ConsentRecordingTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PracticumTestEngine.withFields()).build();

    ProcessEngine engine;

    @Test
    @Deployment(resources = "bpmn/sample-consent.bpmn")
    void completing_the_consent_task_records_who_when_and_for_which_purposes() {
        // given a student at the consent task
        start("consent-001", false);

        // when the student gives consent, signed in
        complete("consent-001", "consent-001", true);

        // then the consent record holds it
        List<ConsentRecord> records = consents().of("consent-001");
        assertThat(records).hasSize(1);
        ConsentRecord given = records.get(0);
        assertThat(given.event()).isEqualTo(ConsentEvent.GIVEN);
        assertThat(given.actor()).isEqualTo("consent-001");
        assertThat(given.purposes()).containsExactly(ConsentPurpose.values());
        assertThat(given.source()).isEqualTo("TASK");
        assertThat(given.processInstanceId()).isNotNull();
        assertThat(consents().current("consent-001")).contains(ConsentEvent.GIVEN);
    }

    @Test
    @Deployment(resources = "bpmn/sample-consent.bpmn")
    void a_refusal_is_recorded_too_with_the_assignee_when_nobody_is_signed_in() {
        start("consent-002", false);

        complete("consent-002", null, false);

        assertThat(consents().of("consent-002")).singleElement().satisfies(refused -> {
            assertThat(refused.event()).isEqualTo(ConsentEvent.REFUSED);
            assertThat(refused.actor()).isEqualTo("consent-002");
        });
    }

    @Test
    @Deployment(resources = "bpmn/sample-consent.bpmn")
    void a_completion_that_fails_records_no_consent() {
        // given a student whose completion will fail in the step after the consent task
        start("consent-003", true);

        // when the completion fails
        assertThatThrownBy(() -> complete("consent-003", "consent-003", true)).isNotNull();

        // then the task is still open and no consent is recorded: both were one transaction
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("consent-003").count()).isEqualTo(1);
        assertThat(consents().of("consent-003")).isEmpty();
    }

    private void start(String studentId, boolean failAfterConsent) {
        engine.getRuntimeService().startProcessInstanceByKey("sample-consent", studentId,
                Map.of("studentId", studentId, "failAfterConsent", failAfterConsent));
    }

    private void complete(String studentId, String actor, boolean consentGiven) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(studentId).singleResult();
        try {
            if (actor != null) {
                engine.getIdentityService().setAuthenticatedUserId(actor);
            }
            engine.getTaskService().complete(task.getId(), Map.of("consentGiven", consentGiven));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private ConsentRegister consents() {
        return new ConsentRegister(PracticumTestEngine.jdbc(engine));
    }
}
