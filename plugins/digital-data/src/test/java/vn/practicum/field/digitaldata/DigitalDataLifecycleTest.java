package vn.practicum.field.digitaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.test.FieldLifecycleRun;

/** One digital-data student through the whole lifecycle, the field's fragments called in their stages. */
class DigitalDataLifecycleTest {

    private final DigitalDataField field = new DigitalDataField();

    @Test
    void a_digital_data_student_is_enrolled_placed_mentored_assessed_and_certified_through_the_fields_own_steps() {
        // given the core lifecycle and this field deployed as the application deploys them
        ProcessEngine engine = FieldLifecycleRun.engine(field, DigitalDataTestEngine.delegates());

        // when a student runs from enrolment to the end with diligent answers
        HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, field, "digital-data-e2e-001");

        // then the practicum completed, through this field's fragments and not the generic ones
        assertThat(practicum.getEndActivityId()).isEqualTo("EndEvent_Completed");
        HistoryService history = engine.getHistoryService();
        for (Stage stage : field.customisedStages()) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("digital-data-e2e-001")
                    .processDefinitionKey("digital-data-" + stage.processSuffix()).completed().count())
                    .as(stage.name()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("digital-data-e2e-001")
                    .processDefinitionKey("generic-" + stage.processSuffix()).count()).as(stage.name()).isZero();
        }
        // the diligent student's trainings, access and batch passed their checks the first time
        for (String refused : new String[] {"BoundaryEvent_TrainingRecordInvalid", "BoundaryEvent_ArchiveAccessRefused",
                "BoundaryEvent_BatchNonConformant", "BoundaryEvent_QaSampleInvalid", "BoundaryEvent_MetadataQaFailed"}) {
            assertThat(history.createHistoricActivityInstanceQuery().activityId(refused).count()).as(refused).isZero();
        }
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(practicum.getId())
                .activityId("EndEvent_Completed").count()).isEqualTo(1);
        assertThat(PracticumTestEngine.tracking(engine).find("digital-data-e2e-001").orElseThrow().stage()).isEqualTo(Stage.COMPLETED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName("certificateNumber").singleResult().getValue())
                .asString().startsWith("HTLV-").endsWith("-DIGITAL-DATA-E2E-001");
    }
}
