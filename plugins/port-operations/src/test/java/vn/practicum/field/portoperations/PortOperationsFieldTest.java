package vn.practicum.field.portoperations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.field.FragmentResolver;
import vn.practicum.engine.field.ProgrammeField;
import vn.practicum.engine.spi.RequiredDocument;
import vn.practicum.engine.spi.Rubric.Criterion;
import vn.practicum.engine.spi.Stage;

class PortOperationsFieldTest {

    final PortOperationsField field = new PortOperationsField();

    @Test
    void isTheProgrammesPortOperationsField() {
        assertThat(field.key()).isEqualTo("port-operations").isEqualTo(ProgrammeField.PORT_OPERATIONS.key());
        assertThat(field.name().vi()).isEqualTo("Vận hành, khai thác cảng").isEqualTo(ProgrammeField.PORT_OPERATIONS.label().vi());
        assertThat(field.name().en()).isEqualTo("Port operation and exploitation");
    }

    @Test
    void requiresSafetyTraining_theSecurityInduction_andARestrictedAreaPass_eachWithItsLegalBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type).containsExactly(
                "occupational-safety-training", "port-security-induction", "restricted-area-pass");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
        });
        assertThat(field.requiredDocuments().get(0).basis()).contains("44/2016/NĐ-CP", "84/2015/QH13");
        assertThat(field.requiredDocuments().get(1).basis()).contains("ISPS");
        assertThat(field.requiredDocuments().get(2).basis()).contains("ISPS");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("ISPS"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("shift logs"));
    }

    @Test
    void rubric_weighsSafetyComplianceOperationalAccuracyAndShiftCommunication_toOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                PortOperationsVariables.SCORE_SAFETY_COMPLIANCE.name(),
                PortOperationsVariables.SCORE_OPERATIONAL_ACCURACY.name(),
                PortOperationsVariables.SCORE_SHIFT_COMMUNICATION.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.4"), new BigDecimal("0.2"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("port-operations-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("port-operations-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("port-operations-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-port-operations");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/port-operations/*.bpmn",
                "classpath*:practicum/fields/port-operations/*.dmn",
                "classpath*:practicum/fields/port-operations/*.form");
    }

    @Test
    void sampleAnswers_areTheFieldsOwn_soTheyNumberEachStudentsShifts() {
        assertThat(field.sampleAnswers()).isSameAs(field.sampleAnswers());
    }
}
