package vn.practicum.field.fieldtemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.field.FragmentResolver;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.engine.spi.RequiredDocument;
import vn.practicum.engine.spi.Rubric.Criterion;
import vn.practicum.engine.spi.Stage;
import vn.practicum.field.fieldtemplate.internal.FieldDocument;
import vn.practicum.field.fieldtemplate.internal.FieldDocumentRules;

class FieldTemplateFieldTest {

    final FieldTemplateField field = new FieldTemplateField();

    @Test
    void isTheFieldOfItsKey_namedInVietnameseAndEnglish() {
        assertThat(field.key()).isEqualTo("field-template");
        assertThat(field.name()).isEqualTo(LocalizedText.of("Ngành mẫu", "Template field"));
    }

    @Test
    void requiresTheFieldDocumentAndTheSafetyTraining_eachWithItsBasis() {
        // FIELD AUTHOR: your documents and the rules they rest on.
        assertThat(field.requiredDocuments()).extracting(RequiredDocument::type)
                .containsExactly("field-document", "occupational-safety-training");
        assertThat(field.requiredDocuments()).allSatisfy(document -> {
            assertThat(document.name().vi()).isNotBlank();
            assertThat(document.name().en()).isNotBlank();
            assertThat(document.basis()).isNotBlank();
        });
        assertThat(field.requiredDocuments().get(1).basis()).contains("84/2015/QH13", "44/2016/NĐ-CP");
    }

    @Test
    void namesItsCompetencies() {
        assertThat(field.competencies()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(competency -> assertThat(competency.en()).isNotBlank());
    }

    @Test
    void rubric_weighsFieldSkillsWorkQualityAndConduct_toOne() {
        assertThat(field.rubric().criteria()).extracting(Criterion::variableName).containsExactly(
                FieldTemplateVariables.SCORE_FIELD_SKILLS.name(),
                FieldTemplateVariables.SCORE_WORK_QUALITY.name(),
                FieldTemplateVariables.SCORE_PROFESSIONAL_CONDUCT.name());
        assertThat(field.rubric().criteria()).extracting(Criterion::weight).containsExactly(
                new BigDecimal("0.4"), new BigDecimal("0.35"), new BigDecimal("0.25"));
    }

    @Test
    void customisesPlacementMentoringAndAssessment_andTheEngineCallsItsFragments() {
        assertThat(field.customisedStages()).containsExactly(Stage.PLACEMENT, Stage.MENTORING, Stage.ASSESSMENT);

        FragmentResolver fragments = new FragmentResolver(new FieldRegistry(List.of(field)));
        assertThat(fragments.processKey(field.key(), "placement")).isEqualTo("field-template-placement");
        assertThat(fragments.processKey(field.key(), "mentoring")).isEqualTo("field-template-mentoring");
        assertThat(fragments.processKey(field.key(), "assessment")).isEqualTo("field-template-assessment");
        assertThat(fragments.processKey(field.key(), "enrolment")).isEqualTo("generic-enrolment");
    }

    @Test
    void bundle_isItsOwnDeploymentOfTheFieldsFolder() {
        assertThat(field.bundle().deploymentName()).isEqualTo("practicum-field-field-template");
        assertThat(field.bundle().resourcePatterns()).containsExactly(
                "classpath*:practicum/fields/field-template/*.bpmn",
                "classpath*:practicum/fields/field-template/*.dmn",
                "classpath*:practicum/fields/field-template/*.form");
    }

    @Test
    void sampleAnswers_answerEveryUserTaskOfTheBundle_andNothingElse() throws IOException {
        List<String> userTasks = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:practicum/fields/field-template/*.bpmn")) {
            try (InputStream in = file.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class).forEach(task -> userTasks.add(task.getId()));
            }
        }

        assertThat(userTasks).isNotEmpty().allSatisfy(taskKey ->
                assertThat(field.sampleAnswers().answer(taskKey, "sample-001")).as("answers to %s", taskKey).isNotEmpty());
        assertThat(field.sampleAnswers().answer("Task_SubmitLogbook", "sample-001")).isNull();
    }

    @Test
    void sampleAnswers_holdADocumentValidForAPlacementStartingNextMonth() {
        Map<String, Object> answer = field.sampleAnswers().answer("Task_SubmitFieldDocument", "sample-002");
        FieldDocument document = new FieldDocument(
                FieldTemplateVariables.DOCUMENT_KIND.type().cast(answer.get(FieldTemplateVariables.DOCUMENT_KIND.name())),
                FieldTemplateVariables.DOCUMENT_NUMBER.type().cast(answer.get(FieldTemplateVariables.DOCUMENT_NUMBER.name())),
                FieldTemplateVariables.DOCUMENT_ISSUER.type().cast(answer.get(FieldTemplateVariables.DOCUMENT_ISSUER.name())),
                FieldTemplateVariables.DOCUMENT_VALID_UNTIL.type().cast(answer.get(FieldTemplateVariables.DOCUMENT_VALID_UNTIL.name())));

        assertThat(new FieldDocumentRules().problems(document, LocalDate.now().plusMonths(1).withDayOfMonth(1))).isEmpty();
    }
}
