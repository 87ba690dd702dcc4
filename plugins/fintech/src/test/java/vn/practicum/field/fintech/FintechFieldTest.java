package vn.practicum.field.fintech;

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

class FintechFieldTest {

    final FintechField field = new FintechField();

    @Test
    void isTheProgrammesFintechField() {
        assertThat(field.key()).isEqualTo("fintech").isEqualTo(ProgrammeField.FINTECH.key());
        assertThat(field.name()).isEqualTo(ProgrammeField.FINTECH.label());
    }

    @Test
    void requiresTheAmlKycTrainingAndSandboxOnlyAccess_eachWithItsLegalBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type)
                .containsExactly("aml-kyc-training-attestation", "sandbox-access-grant");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
        });
        assertThat(field.requiredDocuments().get(0).basis()).contains("14/2022/QH15", "19/2023/NĐ-CP");
        assertThat(field.requiredDocuments().get(1).basis()).contains("94/2025/NĐ-CP", "91/2025/QH15");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("anti-money-laundering"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("sandbox"));
    }

    @Test
    void rubric_weighsComplianceAndTechnicalQualityFirst_toOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                FintechVariables.SCORE_REGULATORY_COMPLIANCE.name(),
                FintechVariables.SCORE_TECHNICAL_QUALITY.name(),
                FintechVariables.SCORE_PROFESSIONAL_CONDUCT.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.4"), new BigDecimal("0.2"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("fintech-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("fintech-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("fintech-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-fintech");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/fintech/*.bpmn",
                "classpath*:practicum/fields/fintech/*.dmn",
                "classpath*:practicum/fields/fintech/*.form");
    }

    @Test
    void sampleAnswers_coverEveryTaskOfTheFragments_andNothingElse() {
        for (String task : List.of("Task_SubmitAmlTrainingAttestation", "Task_GrantSandboxAccess",
                "Task_SubmitExperimentReport", "Task_ReviewExperimentReport", "Task_FinalEvaluation")) {
            assertThat(field.sampleAnswers().answer(task, "st-ft-s01")).as(task).isNotEmpty();
        }
        assertThat(field.sampleAnswers().answer("Task_SubmitLogbook", "st-ft-s01")).isNull();
    }
}
