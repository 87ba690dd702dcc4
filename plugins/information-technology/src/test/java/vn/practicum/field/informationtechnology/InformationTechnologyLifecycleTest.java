package vn.practicum.field.informationtechnology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.field.informationtechnology.internal.SecurityDossierCheckDelegate;
import vn.practicum.field.informationtechnology.internal.SecurityDossierRules;
import vn.practicum.field.informationtechnology.internal.TrainingCertificateCheckDelegate;
import vn.practicum.field.informationtechnology.internal.TrainingCertificateRules;
import vn.practicum.processes.test.FieldLifecycleRun;

/** One IT student through the whole lifecycle, the field's fragments called in their stages. */
class InformationTechnologyLifecycleTest {

    private final InformationTechnologyField field = new InformationTechnologyField();

    @Test
    void an_it_student_is_enrolled_placed_mentored_assessed_and_certified_through_the_fields_own_steps() {
        // given the core lifecycle and this field deployed as the application deploys them
        ProcessEngine engine = FieldLifecycleRun.engine(field, Map.of(
                TrainingCertificateCheckDelegate.BEAN_NAME, new TrainingCertificateCheckDelegate(new TrainingCertificateRules()),
                SecurityDossierCheckDelegate.BEAN_NAME, new SecurityDossierCheckDelegate(new SecurityDossierRules())));

        // when a student runs from enrolment to the end with diligent answers
        HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, field, "it-e2e-001");

        // then the practicum completed, through this field's fragments and not the generic ones
        assertThat(practicum.getEndActivityId()).isEqualTo("EndEvent_Completed");
        HistoryService history = engine.getHistoryService();
        for (Stage stage : field.customisedStages()) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("it-e2e-001")
                    .processDefinitionKey("information-technology-" + stage.processSuffix()).completed().count())
                    .as(stage.name()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("it-e2e-001")
                    .processDefinitionKey("generic-" + stage.processSuffix()).count()).as(stage.name()).isZero();
        }
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(practicum.getId())
                .activityId("EndEvent_Completed").count()).isEqualTo(1);
        assertThat(PracticumTestEngine.tracking(engine).find("it-e2e-001").orElseThrow().stage()).isEqualTo(Stage.COMPLETED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName("certificateNumber").singleResult().getValue())
                .asString().startsWith("HTLV-").endsWith("-IT-E2E-001");
    }
}
