package vn.practicum.field.digitaldata;

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

class DigitalDataFieldTest {

    final DigitalDataField field = new DigitalDataField();

    @Test
    void isTheProgrammesDigitalDataField() {
        assertThat(field.key()).isEqualTo("digital-data").isEqualTo(ProgrammeField.DIGITAL_DATA.key());
        assertThat(field.name()).isEqualTo(ProgrammeField.DIGITAL_DATA.label());
    }

    @Test
    void requiresBothTrainingsAndTheAccessGrant_eachWithItsLegalBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type).containsExactly(
                "data-classification-training", "archive-handling-training", "archive-access-authorisation");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
            assertThat(document.basis()).isNotBlank();
        });
        String bases = String.join(" ", field.requiredDocuments().stream().map(RequiredDocument::basis).toList());
        assertThat(bases).contains("33/2024/QH15", "60/2024/QH15", "29/2018/QH14", "02/2019/TT-BNV");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("metadata"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("checksums"));
    }

    @Test
    void rubric_weighsDataQualityIntegrityAndArchivalPractice_toOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                DigitalDataVariables.SCORE_DATA_QUALITY.name(),
                DigitalDataVariables.SCORE_DATA_INTEGRITY.name(),
                DigitalDataVariables.SCORE_ARCHIVAL_PRACTICE.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.35"), new BigDecimal("0.25"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("digital-data-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("digital-data-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("digital-data-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-digital-data");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/digital-data/*.bpmn",
                "classpath*:practicum/fields/digital-data/*.dmn",
                "classpath*:practicum/fields/digital-data/*.form");
    }
}
