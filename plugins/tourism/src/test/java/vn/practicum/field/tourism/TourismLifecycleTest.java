package vn.practicum.field.tourism;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.test.FieldLifecycleRun;

/** One tourism student through the whole lifecycle, the field's fragments called in their stages. */
class TourismLifecycleTest {

    private final TourismField field = new TourismField();

    @Test
    void a_tourism_student_is_enrolled_placed_mentored_assessed_and_certified_through_the_fields_own_steps() {
        // given the core lifecycle and this field deployed as the application deploys them
        ProcessEngine engine = FieldLifecycleRun.engine(field, TourismTestEngine.delegates());

        // when a student runs from enrolment to the end with diligent answers
        HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, field, "tourism-e2e-001");

        // then the practicum completed, through this field's fragments and not the generic ones
        assertThat(practicum.getEndActivityId()).isEqualTo("EndEvent_Completed");
        HistoryService history = engine.getHistoryService();
        for (Stage stage : field.customisedStages()) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("tourism-e2e-001")
                    .processDefinitionKey("tourism-" + stage.processSuffix()).completed().count())
                    .as(stage.name()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("tourism-e2e-001")
                    .processDefinitionKey("generic-" + stage.processSuffix()).count()).as(stage.name()).isZero();
        }
        // the diligent student's international tours went through the language check, and no check sent anyone back
        String placement = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("tourism-e2e-001")
                .processDefinitionKey("tourism-placement").singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(placement)
                .activityId("ServiceTask_CheckLanguageLevel").count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(placement)
                .activityType("boundaryError").count()).isZero();
        assertThat(PracticumTestEngine.tracking(engine).find("tourism-e2e-001").orElseThrow().stage()).isEqualTo(Stage.COMPLETED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName("certificateNumber").singleResult().getValue())
                .asString().startsWith("HTLV-").endsWith("-TOURISM-E2E-001");
    }
}
