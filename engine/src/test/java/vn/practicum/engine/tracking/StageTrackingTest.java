package vn.practicum.engine.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;

@Deployment(resources = "bpmn/sample-mentoring.bpmn")
class StageTrackingTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PracticumTestEngine.withFields()).build();

    ProcessEngine engine;
    StudentStageQueries tracking;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        tracking = PracticumTestEngine.tracking(engine);
    }

    private ProcessInstance startFor(String studentId, boolean failOnPurpose) {
        return engine.getRuntimeService().startProcessInstanceByKey("sample-mentoring", studentId, Map.of(
                "schoolCode", "hust", "fieldKey", "tourism", "hostCode", "vnpt", "mentorId", "mentor.vnpt",
                "failOnPurpose", failOnPurpose));
    }

    @Test
    void records_the_step_a_student_waits_in_with_its_stage_from_the_process_key() {
        // when
        ProcessInstance instance = startFor("track-001", false);

        // then
        StudentStage stage = tracking.find("track-001").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.MENTORING);
        assertThat(stage.stepId()).isEqualTo("Task_ReviewLogbook");
        assertThat(stage.stepName()).isEqualTo("Duyệt nhật ký");
        assertThat(stage.schoolCode()).isEqualTo("hust");
        assertThat(stage.hostCode()).isEqualTo("vnpt");
        assertThat(stage.mentorId()).isEqualTo("mentor.vnpt");
        assertThat(stage.processInstanceId()).isEqualTo(instance.getId());
    }

    @Test
    void closes_each_step_with_its_actor_and_declares_the_final_stage() {
        // given
        ProcessInstance instance = startFor("track-002", false);

        // when
        complete(task(instance));
        assertThat(tracking.find("track-002").orElseThrow().stepId()).isEqualTo("TimerEvent_NextWeek");
        execute(job(instance));

        // then
        StudentStage stage = tracking.find("track-002").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.COMPLETED);
        assertThat(stage.stepId()).isEqualTo("EndEvent_Completed");
        List<StageStep> history = tracking.history("track-002");
        assertThat(history).extracting(StageStep::stepId)
                .containsExactly("Task_ReviewLogbook", "TimerEvent_NextWeek", "EndEvent_Completed");
        assertThat(history.get(0).actor()).isEqualTo("mentor.vnpt");
        assertThat(history.get(0).outcome()).isEqualTo("COMPLETED");
        assertThat(history.get(0).endedAt()).isNotNull();
        assertThat(history.get(1).endedAt()).isNotNull();
    }

    @Test
    void rolls_back_with_the_engine_when_the_engine_change_fails() {
        // given a process whose next step fails in the same transaction
        ProcessInstance instance = startFor("track-003", true);
        String taskId = task(instance).getId();

        // when
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId)).isInstanceOf(Exception.class);

        // then the tracking model still agrees with the engine: the task is open, the step too
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        StudentStage stage = tracking.find("track-003").orElseThrow();
        assertThat(stage.stepId()).isEqualTo("Task_ReviewLogbook");
        assertThat(tracking.history("track-003")).singleElement()
                .satisfies(step -> assertThat(step.endedAt()).isNull());
    }

    @Test
    void records_the_user_who_completes_a_task_when_one_is_signed_in() {
        // given
        ProcessInstance instance = startFor("track-004", false);

        // when
        engine.getIdentityService().setAuthenticatedUserId("coord.hust");
        try {
            complete(task(instance), withVariables("note", "ok"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        // then
        assertThat(tracking.history("track-004").get(0).actor()).isEqualTo("coord.hust");
    }

    @Test
    void ignores_instances_that_are_not_a_students_practicum() {
        // when a process of the same shape starts without school or field
        engine.getRuntimeService().startProcessInstanceByKey("sample-mentoring", "not-a-student",
                Map.of("mentorId", "x", "failOnPurpose", false));

        // then
        assertThat(tracking.find("not-a-student")).isEmpty();
    }
}
