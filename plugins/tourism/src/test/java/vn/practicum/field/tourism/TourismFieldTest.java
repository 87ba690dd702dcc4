package vn.practicum.field.tourism;

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

class TourismFieldTest {

    final TourismField field = new TourismField();

    @Test
    void isTheProgrammesTourismField() {
        assertThat(field.key()).isEqualTo("tourism").isEqualTo(ProgrammeField.TOURISM.key());
        assertThat(field.name().vi()).isEqualTo("Du lịch").isEqualTo(ProgrammeField.TOURISM.label().vi());
        assertThat(field.name().en()).isEqualTo("Tourism");
    }

    @Test
    void requiresAGuideCardOrShadowingLetter_theLanguageCertificate_andTheSafetyBriefing_eachWithItsLegalBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type).containsExactly(
                "tour-guide-card-or-shadowing-letter", "foreign-language-certificate", "safety-first-aid-briefing");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
            assertThat(document.basis()).contains("Luật Du lịch 2017");
        });
        assertThat(field.requiredDocuments().get(1).basis()).contains("06/2017/TT-BVHTTDL", "B2");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("foreign language"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("first aid"));
    }

    @Test
    void rubric_weighsServiceQualityLanguageAndSafetyConduct_toOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                TourismVariables.SCORE_SERVICE_QUALITY.name(),
                TourismVariables.SCORE_LANGUAGE_COMMUNICATION.name(),
                TourismVariables.SCORE_SAFETY_CONDUCT.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.3"), new BigDecimal("0.3"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("tourism-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("tourism-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("tourism-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-tourism");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/tourism/*.bpmn",
                "classpath*:practicum/fields/tourism/*.dmn",
                "classpath*:practicum/fields/tourism/*.form");
    }
}
