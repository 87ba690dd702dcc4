package vn.practicum.field.vocationaldigitaltransformation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.test.FieldLifecycleRun;

/** One student of vocational digital transformation through the whole lifecycle, the field's fragments called in their stages. */
class VocationalDigitalTransformationLifecycleTest {

    private final VocationalDigitalTransformationField field = new VocationalDigitalTransformationField();

    @Test
    void a_vocational_digital_transformation_student_is_enrolled_placed_mentored_assessed_and_certified_through_the_fields_own_steps() {
        // given the core lifecycle and this field deployed as the application deploys them
        ProcessEngine engine = FieldLifecycleRun.engine(field, VdtTestEngine.delegates());

        // when a student runs from enrolment to the end with diligent answers
        HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, field, "vdt-e2e-001");

        // then the practicum completed, through this field's fragments and not the generic ones
        assertThat(practicum.getEndActivityId()).isEqualTo("EndEvent_Completed");
        HistoryService history = engine.getHistoryService();
        for (Stage stage : field.customisedStages()) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("vdt-e2e-001")
                    .processDefinitionKey("vocational-digital-transformation-" + stage.processSuffix()).completed().count())
                    .as(stage.name()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("vdt-e2e-001")
                    .processDefinitionKey("generic-" + stage.processSuffix()).count()).as(stage.name()).isZero();
        }
        // every check passed first time: a diligent student and host are never sent back
        for (String boundary : new String[] {"BoundaryEvent_LmsAccessInvalid", "BoundaryEvent_PilotAnalyticsInvalid"}) {
            assertThat(history.createHistoricActivityInstanceQuery().activityId(boundary).count()).as(boundary).isZero();
        }
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(practicum.getId())
                .activityId("EndEvent_Completed").count()).isEqualTo(1);
        // the pilot's adoption metrics came back from the mentoring fragment into the lifecycle
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName(VocationalDigitalTransformationVariables.PILOT_COMPLETION_RATE.name()).singleResult().getValue())
                .isInstanceOf(Double.class);
        assertThat(PracticumTestEngine.tracking(engine).find("vdt-e2e-001").orElseThrow().stage())
                .isEqualTo(Stage.COMPLETED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName(PracticumVariables.CERTIFICATE_NUMBER.name()).singleResult().getValue())
                .asString().startsWith("HTLV-").endsWith("-VDT-E2E-001");
    }
}
