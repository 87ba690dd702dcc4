package vn.practicum.field.fieldtemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.field.fieldtemplate.internal.DocumentCheckDelegate;
import vn.practicum.field.fieldtemplate.internal.FieldDocumentRules;
import vn.practicum.processes.test.FieldLifecycleRun;

/** One student of the field through the whole lifecycle, the field's fragments called in their stages. */
class FieldTemplateLifecycleTest {

    static final String STUDENT = "field-template-e2e-001";

    private final FieldTemplateField field = new FieldTemplateField();

    @Test
    void a_student_is_enrolled_placed_mentored_assessed_and_certified_through_the_fields_own_steps() {
        // given the core lifecycle and this field deployed as the application deploys them, in an engine of its own
        // FIELD AUTHOR: every delegate bean of the plugin, by the name its BPMN uses.
        ProcessEngine engine = FieldLifecycleRun.engine(field, Map.of(
                DocumentCheckDelegate.BEAN_NAME, new DocumentCheckDelegate(new FieldDocumentRules())));

        // when a student runs from enrolment to the end with diligent answers
        HistoricProcessInstance practicum = FieldLifecycleRun.toTheEnd(engine, field, STUDENT);

        // then the practicum completed, through this field's fragments and not the generic ones
        assertThat(practicum).isNotNull();
        assertThat(practicum.getEndActivityId()).isEqualTo("EndEvent_Completed");
        HistoryService history = engine.getHistoryService();
        for (Stage stage : field.customisedStages()) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(STUDENT)
                    .processDefinitionKey(FieldTemplateField.KEY + "-" + stage.processSuffix()).completed().count())
                    .as(stage.name()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(STUDENT)
                    .processDefinitionKey("generic-" + stage.processSuffix()).count()).as(stage.name()).isZero();
        }
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(practicum.getId())
                .activityId("EndEvent_Completed").count()).isEqualTo(1);
        assertThat(PracticumTestEngine.tracking(engine).find(STUDENT).orElseThrow().stage())
                .isEqualTo(Stage.COMPLETED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(practicum.getId())
                .variableName(PracticumVariables.CERTIFICATE_NUMBER.name()).singleResult().getValue())
                .asString().startsWith("HTLV-").endsWith("-" + STUDENT.toUpperCase(Locale.ROOT));
    }
}
