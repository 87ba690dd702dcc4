package vn.practicum.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.test.PracticumTestEngine;

/** A mentoring takes the programme's calendar when it starts, and keeps a student's own where one is set. */
class PracticumScheduleTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void deploy() {
        engine = PracticumTestEngine.withFields();
        engine.getRepositoryService().createDeployment().name("practicum-schedule-test")
                .addModelInstance("scheduled.bpmn", Bpmn.createExecutableProcess("scheduled").camundaHistoryTimeToLive(1)
                        .startEvent("StartEvent_MentoringStarted")
                        .camundaExecutionListenerExpression("start", "${" + PracticumSchedule.BEAN_NAME + ".applyTo(execution)}")
                        .userTask("Task_SubmitLogbook").endEvent("EndEvent_Done").done())
                .enableDuplicateFiltering(true).deploy();
    }

    @Test
    void aMentoringWithoutAScheduleTakesTheProgrammesCalendar() {
        // when a student's mentoring starts with no schedule of its own
        ProcessInstance mentoring = engine.getRuntimeService().startProcessInstanceByKey("scheduled", "st-cal-1");

        // then it holds the programme's calendar (the defaults here)
        assertThat(engine.getRuntimeService().getVariables(mentoring.getId())).containsEntry("logbookCount", 8)
                .containsEntry("logbookInterval", "P7D").containsEntry("taskDueAfter", "P3D")
                .containsEntry("reminderAfter", "P2D").containsEntry("escalationAfter", "P5D")
                .containsEntry("midtermAfter", "P28D");
    }

    @Test
    void aStudentsOwnScheduleIsKept() {
        // when a student's mentoring starts with two logbooks a fortnight apart of their own
        ProcessInstance mentoring = engine.getRuntimeService().startProcessInstanceByKey("scheduled", "st-cal-2",
                Map.of("logbookCount", 2, "logbookInterval", "P14D"));

        // then those stay, and the rest comes from the programme's calendar
        assertThat(engine.getRuntimeService().getVariables(mentoring.getId())).containsEntry("logbookCount", 2)
                .containsEntry("logbookInterval", "P14D").containsEntry("midtermAfter", "P28D");
    }
}
