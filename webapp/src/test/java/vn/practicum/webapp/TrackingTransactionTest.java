package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.tracking.StudentStageQueries;

/**
 * In the application's own set-up (Spring-managed transactions), the tracking model commits and rolls
 * back with the engine: a task completion whose next step fails leaves both the task and the tracked
 * step open.
 */
class TrackingTransactionTest extends WebappTestSupport {

    @Autowired TaskService taskService;
    @Autowired StudentStageQueries tracking;

    @Test
    void a_failed_engine_command_leaves_no_trace_in_the_tracking_model() {
        repositoryService.createDeployment().name("test-failing-mentoring")
                .addClasspathResource("bpmn/test-failing-mentoring.bpmn").enableDuplicateFiltering(true).deploy();
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.SCHOOL_CODE.putIn(variables, "ttx");
        PracticumVariables.FIELD_KEY.putIn(variables, "tourism");
        PracticumVariables.HOST_CODE.putIn(variables, "tth");
        PracticumVariables.MENTOR_ID.putIn(variables, "tt-mentor");
        runtimeService.startProcessInstanceByKey("test-failing-mentoring", "ttx-001", variables);
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey("ttx-001").singleResult().getId();

        assertThatThrownBy(() -> taskService.complete(taskId)).isInstanceOf(RuntimeException.class);

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(tracking.find("ttx-001").orElseThrow().stepId()).isEqualTo("Task_ReviewWork");
        assertThat(tracking.history("ttx-001")).singleElement()
                .satisfies(step -> assertThat(step.endedAt()).as("step closed by a rolled-back completion").isNull());
    }
}
