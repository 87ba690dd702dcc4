package vn.practicum.field.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.field.ecommerce.internal.CampaignMetricsCheckDelegate;
import vn.practicum.field.ecommerce.internal.CampaignMetricsRules;
import vn.practicum.field.ecommerce.internal.StorefrontDossierCheckDelegate;
import vn.practicum.field.ecommerce.internal.StorefrontDossierRules;
import vn.practicum.processes.test.FieldLifecycleRun;

/** One e-commerce student through the whole lifecycle, the field's fragments called in their stages. */
class ECommerceLifecycleTest {

    private final ECommerceField field = new ECommerceField();

    @Test
    void an_e_commerce_student_is_enrolled_placed_mentored_assessed_and_certified_through_the_fields_own_steps() {
        // given the core lifecycle and this field deployed as the application deploys them
        ProcessEngine engine = FieldLifecycleRun.engine(field, Map.of(
                StorefrontDossierCheckDelegate.BEAN_NAME, new StorefrontDossierCheckDelegate(new StorefrontDossierRules()),
                CampaignMetricsCheckDelegate.BEAN_NAME, new CampaignMetricsCheckDelegate(new CampaignMetricsRules())));

        // when a student runs from enrolment to the end with diligent answers
        HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, field, "e-commerce-e2e-001");

        // then the practicum completed, through this field's fragments and not the generic ones
        assertThat(practicum.getEndActivityId()).isEqualTo("EndEvent_Completed");
        HistoryService history = engine.getHistoryService();
        for (Stage stage : field.customisedStages()) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("e-commerce-e2e-001")
                    .processDefinitionKey("e-commerce-" + stage.processSuffix()).completed().count())
                    .as(stage.name()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("e-commerce-e2e-001")
                    .processDefinitionKey("generic-" + stage.processSuffix()).count()).as(stage.name()).isZero();
        }
        // the diligent student's dossier and campaign passed their checks the first time
        assertThat(history.createHistoricActivityInstanceQuery().activityId("BoundaryEvent_StorefrontDossierInvalid").count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().activityId("BoundaryEvent_CampaignMetricsInvalid").count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(practicum.getId())
                .activityId("EndEvent_Completed").count()).isEqualTo(1);
        assertThat(PracticumTestEngine.tracking(engine).find("e-commerce-e2e-001").orElseThrow().stage()).isEqualTo(Stage.COMPLETED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName("certificateNumber").singleResult().getValue())
                .asString().startsWith("HTLV-").endsWith("-E-COMMERCE-E2E-001");
    }
}
