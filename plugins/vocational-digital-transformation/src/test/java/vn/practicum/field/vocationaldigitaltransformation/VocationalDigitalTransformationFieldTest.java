package vn.practicum.field.vocationaldigitaltransformation;

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

class VocationalDigitalTransformationFieldTest {

    final VocationalDigitalTransformationField field = new VocationalDigitalTransformationField();

    @Test
    void isTheProgrammesVocationalDigitalTransformationField() {
        assertThat(field.key()).isEqualTo("vocational-digital-transformation")
                .isEqualTo(ProgrammeField.VOCATIONAL_DIGITAL_TRANSFORMATION.key());
        assertThat(field.name()).isEqualTo(ProgrammeField.VOCATIONAL_DIGITAL_TRANSFORMATION.label());
    }

    @Test
    void requiresLmsAccessAndTheLearnerDataCommitment_eachWithItsBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type)
                .containsExactly("lms-access-grant", "learner-data-commitment");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
        });
        assertThat(field.requiredDocuments().get(0).basis()).contains("2222/QĐ-TTg", "giáo dục nghề nghiệp");
        assertThat(field.requiredDocuments().get(1).basis()).contains("91/2025/QH15");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("learning management system"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("learning analytics"));
    }

    @Test
    void rubric_weighsPedagogyAndAdoptionFirst_toOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                VocationalDigitalTransformationVariables.SCORE_PEDAGOGICAL_DESIGN.name(),
                VocationalDigitalTransformationVariables.SCORE_LEARNER_ADOPTION.name(),
                VocationalDigitalTransformationVariables.SCORE_PROFESSIONAL_CONDUCT.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.35"), new BigDecimal("0.25"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("vocational-digital-transformation-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("vocational-digital-transformation-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("vocational-digital-transformation-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-vocational-digital-transformation");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/vocational-digital-transformation/*.bpmn",
                "classpath*:practicum/fields/vocational-digital-transformation/*.dmn",
                "classpath*:practicum/fields/vocational-digital-transformation/*.form");
    }

    @Test
    void sampleAnswers_coverEveryTaskOfTheFragments_andNothingElse() {
        for (String task : List.of("Task_GrantLmsAccess", "Task_ConfirmLmsAccess", "Task_BuildCourseModule",
                "Task_ReviewCourseModule", "Task_ReportPilotAnalytics", "Task_ConfirmPilotResults", "Task_FinalEvaluation")) {
            assertThat(field.sampleAnswers().answer(task, "st-vdt-s01")).as(task).isNotEmpty();
        }
        assertThat(field.sampleAnswers().answer("Task_SubmitLogbook", "st-vdt-s01")).isNull();
    }
}
