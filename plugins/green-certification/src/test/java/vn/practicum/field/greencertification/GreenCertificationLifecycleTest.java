package vn.practicum.field.greencertification;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.test.FieldLifecycleRun;

/** One green-certification student through the whole lifecycle, the field's fragments called in their stages. */
class GreenCertificationLifecycleTest {

    private final GreenCertificationField field = new GreenCertificationField();

    @Test
    void a_green_certification_student_is_enrolled_placed_mentored_assessed_and_certified_through_the_fields_own_steps() {
        // given the core lifecycle and this field deployed as the application deploys them
        ProcessEngine engine = FieldLifecycleRun.engine(field, GreenCertificationTestEngine.delegates());

        // when a student runs from enrolment to the end with diligent answers
        HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, field, "green-e2e-001");

        // then the practicum completed, through this field's fragments and not the generic ones
        assertThat(practicum.getEndActivityId()).isEqualTo("EndEvent_Completed");
        HistoryService history = engine.getHistoryService();
        for (Stage stage : field.customisedStages()) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("green-e2e-001")
                    .processDefinitionKey("green-certification-" + stage.processSuffix()).completed().count())
                    .as(stage.name()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("green-e2e-001")
                    .processDefinitionKey("generic-" + stage.processSuffix()).count()).as(stage.name()).isZero();
        }
        // the diligent student's declaration and training passed at once, and the inventory was approved first time
        for (String fragment : new String[] {"green-certification-placement", "green-certification-mentoring"}) {
            String id = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("green-e2e-001")
                    .processDefinitionKey(fragment).singleResult().getId();
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).activityType("boundaryError").count())
                    .as(fragment).isZero();
        }
        assertThat(PracticumTestEngine.tracking(engine).find("green-e2e-001").orElseThrow().stage()).isEqualTo(Stage.COMPLETED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName("certificateNumber").singleResult().getValue())
                .asString().startsWith("HTLV-").endsWith("-GREEN-E2E-001");
    }
}
