package vn.practicum.field.strategicmanagement;

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

class StrategicManagementFieldTest {

    final StrategicManagementField field = new StrategicManagementField();

    @Test
    void isTheProgrammesStrategicManagementField() {
        assertThat(field.key()).isEqualTo("strategic-management").isEqualTo(ProgrammeField.STRATEGIC_MANAGEMENT.key());
        assertThat(field.name()).isEqualTo(ProgrammeField.STRATEGIC_MANAGEMENT.label());
    }

    @Test
    void requiresTheAgreementTheSponsorAndTheDeclaration_eachWithItsBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type).containsExactly(
                "confidentiality-agreement", "executive-sponsor", "conflict-of-interest-declaration");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
            assertThat(document.basis()).contains("Thông lệ quản trị của đơn vị tiếp nhận");
        });
        assertThat(field.requiredDocuments().get(0).basis()).contains("Bộ luật Lao động 2019", "Điều 21", "Luật Sở hữu trí tuệ");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("board"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("conflicts of interest"));
    }

    @Test
    void rubric_putsAnalysisDepthAndCommunicationFirst_andAddsUpToOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                StrategicManagementVariables.SCORE_ANALYSIS_DEPTH.name(),
                StrategicManagementVariables.SCORE_COMMUNICATION.name(),
                StrategicManagementVariables.SCORE_BUSINESS_JUDGEMENT.name(),
                StrategicManagementVariables.SCORE_PROFESSIONAL_CONDUCT.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.3"), new BigDecimal("0.2"), new BigDecimal("0.1"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("strategic-management-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("strategic-management-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("strategic-management-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-strategic-management");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/strategic-management/*.bpmn",
                "classpath*:practicum/fields/strategic-management/*.dmn",
                "classpath*:practicum/fields/strategic-management/*.form");
    }
}
