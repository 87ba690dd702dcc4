package vn.practicum.field.portoperations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.test.FieldLifecycleRun;

/** One port-operations student through the whole lifecycle, the field's fragments called in their stages. */
class PortOperationsLifecycleTest {

    private final PortOperationsField field = new PortOperationsField();

    @Test
    void a_port_operations_student_is_enrolled_placed_mentored_assessed_and_certified_through_the_fields_own_steps() {
        // given the core lifecycle and this field deployed as the application deploys them
        ProcessEngine engine = FieldLifecycleRun.engine(field, PortOperationsTestEngine.delegates());

        // when a student runs from enrolment to the end with diligent answers
        HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, field, "port-e2e-001");

        // then the practicum completed, through this field's fragments and not the generic ones
        assertThat(practicum.getEndActivityId()).isEqualTo("EndEvent_Completed");
        HistoryService history = engine.getHistoryService();
        for (Stage stage : field.customisedStages()) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("port-e2e-001")
                    .processDefinitionKey("port-operations-" + stage.processSuffix()).completed().count())
                    .as(stage.name()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("port-e2e-001")
                    .processDefinitionKey("generic-" + stage.processSuffix()).count()).as(stage.name()).isZero();
        }
        // three shift logs, each checked once and signed off, none sent back
        String mentoring = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("port-e2e-001")
                .processDefinitionKey("port-operations-mentoring").singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(mentoring)
                .activityId("Task_SignOffShiftHandOver").count()).isEqualTo(3);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(mentoring)
                .activityType("boundaryError").count()).isZero();
        assertThat(PracticumTestEngine.tracking(engine).find("port-e2e-001").orElseThrow().stage()).isEqualTo(Stage.COMPLETED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName("certificateNumber").singleResult().getValue())
                .asString().startsWith("HTLV-").endsWith("-PORT-E2E-001");
    }
}
