package vn.practicum.field.informationtechnology;

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

class InformationTechnologyFieldTest {

    final InformationTechnologyField field = new InformationTechnologyField();

    @Test
    void isTheProgrammesInformationTechnologyField() {
        assertThat(field.key()).isEqualTo("information-technology")
                .isEqualTo(ProgrammeField.INFORMATION_TECHNOLOGY.key());
        assertThat(field.name().vi()).isEqualTo("Công nghệ thông tin");
        assertThat(field.name().en()).isEqualTo("Information technology");
    }

    @Test
    void requiresBothTrainingsAndTheNda_eachWithItsLegalBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type).containsExactly(
                "cybersecurity-training", "personal-data-protection-training", "non-disclosure-agreement");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
            assertThat(document.basis()).isNotBlank();
        });
        String bases = String.join(" ", field.requiredDocuments().stream().map(RequiredDocument::basis).toList());
        assertThat(bases).contains("85/2016/NĐ-CP", "03/2017/TT-BTTTT", "Luật An ninh mạng 2018", "91/2025/QH15");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("VNeID"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("digital signatures"));
    }

    @Test
    void rubric_weighsTechnicalQualitySecurityPracticeAndConduct_toOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                InformationTechnologyVariables.SCORE_TECHNICAL_QUALITY.name(),
                InformationTechnologyVariables.SCORE_SECURITY_PRACTICE.name(),
                InformationTechnologyVariables.SCORE_PROFESSIONAL_CONDUCT.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.35"), new BigDecimal("0.25"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("information-technology-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("information-technology-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("information-technology-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-information-technology");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/information-technology/*.bpmn",
                "classpath*:practicum/fields/information-technology/*.dmn",
                "classpath*:practicum/fields/information-technology/*.form");
    }
}
