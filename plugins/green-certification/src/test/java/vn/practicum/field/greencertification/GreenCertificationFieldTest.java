package vn.practicum.field.greencertification;

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

class GreenCertificationFieldTest {

    final GreenCertificationField field = new GreenCertificationField();

    @Test
    void isTheProgrammesGreenCertificationField() {
        assertThat(field.key()).isEqualTo("green-certification").isEqualTo(ProgrammeField.GREEN_CERTIFICATION.key());
        assertThat(field.name().vi()).isEqualTo("Thẩm định, đánh giá chứng nhận xanh")
                .isEqualTo(ProgrammeField.GREEN_CERTIFICATION.label().vi());
        assertThat(field.name().en()).isEqualTo("Green certification assessment and verification");
    }

    @Test
    void requiresTheImpartialityDeclaration_andGhgInventoryTraining_eachWithItsBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type)
                .containsExactly("impartiality-declaration", "ghg-inventory-method-training");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
            assertThat(document.basis()).contains("ISO 14064");
        });
        assertThat(field.requiredDocuments().get(0).basis()).contains("ISO 14065", "ISO/IEC 17029");
        assertThat(field.requiredDocuments().get(1).basis()).contains("06/2022/NĐ-CP");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("GHG inventory"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("ISO 14064-3"));
    }

    @Test
    void rubric_weighsMethodRigourEvidenceQualityAndScepticism_toOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                GreenCertificationVariables.SCORE_METHOD_RIGOUR.name(),
                GreenCertificationVariables.SCORE_EVIDENCE_QUALITY.name(),
                GreenCertificationVariables.SCORE_PROFESSIONAL_SCEPTICISM.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.35"), new BigDecimal("0.25"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("green-certification-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("green-certification-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("green-certification-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-green-certification");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/green-certification/*.bpmn",
                "classpath*:practicum/fields/green-certification/*.dmn",
                "classpath*:practicum/fields/green-certification/*.form");
    }
}
