package vn.practicum.field.digitalbusiness;

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

class DigitalBusinessFieldTest {

    final DigitalBusinessField field = new DigitalBusinessField();

    @Test
    void isTheProgrammesDigitalBusinessField() {
        assertThat(field.key()).isEqualTo("digital-business").isEqualTo(ProgrammeField.DIGITAL_BUSINESS.key());
        assertThat(field.name()).isEqualTo(ProgrammeField.DIGITAL_BUSINESS.label());
    }

    @Test
    void requiresTheElectronicContractAndTheDataAccessAgreement_eachWithItsLegalBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type)
                .containsExactly("electronic-practicum-contract", "data-access-agreement");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
            assertThat(document.basis()).contains("Luật Giao dịch điện tử số 20/2023/QH15");
        });
        assertThat(field.requiredDocuments().get(1).basis()).contains("91/2025/QH15");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("business processes"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("KPIs"));
    }

    @Test
    void rubric_weighsBusinessImpactFirst_thenAnalysis_toOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                DigitalBusinessVariables.SCORE_BUSINESS_IMPACT.name(),
                DigitalBusinessVariables.SCORE_DATA_ANALYSIS.name(),
                DigitalBusinessVariables.SCORE_STAKEHOLDER_COMMUNICATION.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.35"), new BigDecimal("0.25"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("digital-business-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("digital-business-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("digital-business-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-digital-business");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/digital-business/*.bpmn",
                "classpath*:practicum/fields/digital-business/*.dmn",
                "classpath*:practicum/fields/digital-business/*.form");
    }

    @Test
    void sampleAnswers_coverEveryTaskOfTheFragments_andNothingElse() {
        for (String task : List.of("Task_SubmitElectronicContract", "Task_SignDataAccessAgreement", "Task_SubmitProcessMap",
                "Task_SubmitKpiDashboard", "Task_ConfirmDeliverables", "Task_FinalEvaluation")) {
            assertThat(field.sampleAnswers().answer(task, "st-db-s01")).as(task).isNotEmpty();
        }
        assertThat(field.sampleAnswers().answer("Task_SubmitLogbook", "st-db-s01")).isNull();
    }
}
