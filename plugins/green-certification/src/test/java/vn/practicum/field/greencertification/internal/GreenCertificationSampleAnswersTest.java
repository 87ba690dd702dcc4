package vn.practicum.field.greencertification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CLOSE_RELATIVE_AT_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CONSULTANCY_ENDED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CONSULTED_FOR_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.DECLARED_ORGANISATION_CODE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.EMPLOYED_BY_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.EMPLOYMENT_ENDED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.FINANCIAL_INTEREST_IN_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_CERTIFICATE_NUMBER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COMPLETED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_ACTIVITY_DATA;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_BOUNDARIES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_EMISSION_FACTORS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_QUALITY_MANAGEMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_HOURS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_PROVIDER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_COMMITMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_DECLARED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_ACTIVITY_DATA_SOURCES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_BOUNDARY;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_EMISSION_FACTOR_SOURCES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_QA_QC_PROCEDURES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_REPORTING_YEAR;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_REPORT_LINK;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE1_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE2_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE3_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_TOTAL_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_UNCERTAINTY_EXPLANATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_UNCERTAINTY_PERCENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION_CODE;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample answers of a diligent student pass this field's own rules for a placement starting next month. */
class GreenCertificationSampleAnswersTest {

    final GreenCertificationSampleAnswers answers = new GreenCertificationSampleAnswers();
    final LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);

    @ParameterizedTest
    @ValueSource(strings = {"green-e2e-001", "st-a", "st-b", "st-c", "st-d"})
    void passEveryCheck(String studentId) {
        Map<String, Object> engagement = answers.answer("Task_AssignVerificationEngagement", studentId);
        Map<String, Object> d = answers.answer("Task_DeclareImpartiality", studentId);
        Map<String, Object> t = answers.answer("Task_SubmitGhgTraining", studentId);
        Map<String, Object> i = answers.answer("Task_SubmitGhgInventoryExercise", studentId);

        assertThat(new ImpartialityRules().assess((String) engagement.get(VERIFIED_ORGANISATION.name()),
                (String) engagement.get(VERIFIED_ORGANISATION_CODE.name()), new ImpartialityDeclaration(
                        (String) d.get(DECLARED_ORGANISATION_CODE.name()), d.get(EMPLOYED_BY_ORGANISATION.name()),
                        (String) d.get(EMPLOYMENT_ENDED_ON.name()), d.get(CONSULTED_FOR_ORGANISATION.name()),
                        (String) d.get(CONSULTANCY_ENDED_ON.name()), d.get(CLOSE_RELATIVE_AT_ORGANISATION.name()),
                        d.get(FINANCIAL_INTEREST_IN_ORGANISATION.name()), d.get(IMPARTIALITY_COMMITMENT.name()),
                        (String) d.get(IMPARTIALITY_DECLARED_ON.name())), start).isClear()).isTrue();
        assertThat(new GhgTrainingRules().problems(new GhgTraining((String) t.get(GHG_TRAINING_CERTIFICATE_NUMBER.name()),
                (String) t.get(GHG_TRAINING_PROVIDER.name()), (String) t.get(GHG_TRAINING_COMPLETED_ON.name()),
                t.get(GHG_TRAINING_HOURS.name()), t.get(GHG_TRAINING_COVERS_BOUNDARIES.name()),
                t.get(GHG_TRAINING_COVERS_ACTIVITY_DATA.name()), t.get(GHG_TRAINING_COVERS_EMISSION_FACTORS.name()),
                t.get(GHG_TRAINING_COVERS_QUALITY_MANAGEMENT.name())), GhgTrainingRules.DEFAULT_MINIMUM_HOURS,
                GhgTrainingRules.DEFAULT_MAXIMUM_AGE_YEARS, start)).isEmpty();
        assertThat(new GhgInventoryRules().problems(new GhgInventory((String) i.get(INVENTORY_ORGANISATION.name()),
                i.get(INVENTORY_REPORTING_YEAR.name()), (String) i.get(INVENTORY_BOUNDARY.name()), i.get(INVENTORY_SCOPE1_EMISSIONS.name()),
                i.get(INVENTORY_SCOPE2_EMISSIONS.name()), i.get(INVENTORY_SCOPE3_EMISSIONS.name()), i.get(INVENTORY_TOTAL_EMISSIONS.name()),
                (String) i.get(INVENTORY_ACTIVITY_DATA_SOURCES.name()), (String) i.get(INVENTORY_EMISSION_FACTOR_SOURCES.name()),
                (String) i.get(INVENTORY_QA_QC_PROCEDURES.name()), i.get(INVENTORY_UNCERTAINTY_PERCENT.name()),
                (String) i.get(INVENTORY_UNCERTAINTY_EXPLANATION.name()), (String) i.get(INVENTORY_REPORT_LINK.name())),
                GhgInventoryRules.DEFAULT_MATERIALITY_PERCENT, start, start.plusMonths(3))).isEmpty();
        assertThat(answers.answer("Task_SubmitLogbook", studentId)).as("a core task").isNull();
    }

    @Test
    void answerEveryUserTaskOfTheFieldsFragments() throws Exception {
        for (String stage : List.of("placement", "mentoring", "assessment")) {
            String resource = "practicum/fields/green-certification/green-certification-" + stage + ".bpmn";
            try (InputStream bpmn = getClass().getClassLoader().getResourceAsStream(resource)) {
                for (UserTask task : Bpmn.readModelFromStream(bpmn).getModelElementsByType(UserTask.class)) {
                    assertThat(answers.answer(task.getId(), "st-sample")).as("%s of %s", task.getId(), resource).isNotNull();
                }
            }
        }
    }
}
