package vn.practicum.field.ecommerce;

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

class ECommerceFieldTest {

    final ECommerceField field = new ECommerceField();

    @Test
    void isTheProgrammesECommerceField() {
        assertThat(field.key()).isEqualTo("e-commerce").isEqualTo(ProgrammeField.E_COMMERCE.key());
        assertThat(field.name()).isEqualTo(ProgrammeField.E_COMMERCE.label());
        assertThat(field.name().vi()).isEqualTo("Thương mại điện tử");
        assertThat(field.name().en()).isEqualTo("E-commerce");
    }

    @Test
    void requiresSellerIdentityProductDocumentsAndAnAdvertisableProduct_eachWithItsLegalBasis() {
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type)
                .containsExactly("seller-identity", "product-documents", "advertisable-product");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
            assertThat(document.basis()).isNotBlank();
        });
        String bases = String.join(" ", field.requiredDocuments().stream().map(RequiredDocument::basis).toList());
        assertThat(bases).contains("Luật Thương mại điện tử 2025", "52/2013/NĐ-CP", "85/2021/NĐ-CP", "15/2018/NĐ-CP",
                "06/2011/TT-BYT", "Luật Quảng cáo 2012");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(competency -> assertThat(competency.en()).contains("campaigns"))
                .anySatisfy(competency -> assertThat(competency.en()).contains("conversion funnel"));
    }

    @Test
    void rubric_putsMeasuredResultsAndComplianceFirst_andAddsUpToOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                ECommerceVariables.SCORE_MEASURED_RESULTS.name(),
                ECommerceVariables.SCORE_COMPLIANCE.name(),
                ECommerceVariables.SCORE_CAMPAIGN_EXECUTION.name(),
                ECommerceVariables.SCORE_PROFESSIONAL_CONDUCT.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.35"), new BigDecimal("0.30"), new BigDecimal("0.20"), new BigDecimal("0.15"));
        assertThat(field.rubric().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("e-commerce-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("e-commerce-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("e-commerce-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-e-commerce");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/e-commerce/*.bpmn",
                "classpath*:practicum/fields/e-commerce/*.dmn",
                "classpath*:practicum/fields/e-commerce/*.form");
    }
}
