package vn.practicum.field.digitalbusiness;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.test.FieldLifecycleRun;

/** One digital-business student through the whole lifecycle, the field's fragments called in their stages. */
class DigitalBusinessLifecycleTest {

    private final DigitalBusinessField field = new DigitalBusinessField();

    @Test
    void a_digital_business_student_is_enrolled_placed_mentored_assessed_and_certified_through_the_fields_own_steps() {
        // given the core lifecycle and this field deployed as the application deploys them
        ProcessEngine engine = FieldLifecycleRun.engine(field, DigitalBusinessTestEngine.delegates());

        // when a student runs from enrolment to the end with diligent answers
        HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, field, "digital-business-e2e-001");

        // then the practicum completed, through this field's fragments and not the generic ones
        assertThat(practicum.getEndActivityId()).isEqualTo("EndEvent_Completed");
        HistoryService history = engine.getHistoryService();
        for (Stage stage : field.customisedStages()) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("digital-business-e2e-001")
                    .processDefinitionKey("digital-business-" + stage.processSuffix()).completed().count())
                    .as(stage.name()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("digital-business-e2e-001")
                    .processDefinitionKey("generic-" + stage.processSuffix()).count()).as(stage.name()).isZero();
        }
        // every check passed first time: a diligent student and host are never sent back
        for (String boundary : new String[] {"BoundaryEvent_ElectronicContractInvalid",
                "BoundaryEvent_DataAccessAgreementInvalid", "BoundaryEvent_ProcessMapIncomplete",
                "BoundaryEvent_KpiDashboardIncomplete"}) {
            assertThat(history.createHistoricActivityInstanceQuery().activityId(boundary).count()).as(boundary).isZero();
        }
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(practicum.getId())
                .activityId("EndEvent_Completed").count()).isEqualTo(1);
        assertThat(PracticumTestEngine.tracking(engine).find("digital-business-e2e-001").orElseThrow().stage())
                .isEqualTo(Stage.COMPLETED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName(PracticumVariables.CERTIFICATE_NUMBER.name()).singleResult().getValue())
                .asString().startsWith("HTLV-").endsWith("-DIGITAL-BUSINESS-E2E-001");
    }
}
