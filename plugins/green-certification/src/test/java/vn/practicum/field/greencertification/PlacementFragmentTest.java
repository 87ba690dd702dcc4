package vn.practicum.field.greencertification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.ASSIGN_ENGAGEMENT_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.DECLARE_IMPARTIALITY_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.HOST;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.SUBMIT_GHG_TRAINING_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.incidents;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.variable;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CLOSE_RELATIVE_AT_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CONSULTANCY_ENDED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.CONSULTED_FOR_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.DECLARED_ORGANISATION_CODE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.EMPLOYED_BY_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.EMPLOYMENT_ENDED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.ENGAGEMENT_REFERENCE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.FINANCIAL_INTEREST_IN_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_CERTIFICATE_NUMBER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COMPLETED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_ACTIVITY_DATA;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_BOUNDARIES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_EMISSION_FACTORS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_COVERS_QUALITY_MANAGEMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_HOURS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.GHG_TRAINING_PROVIDER;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_COMMITMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_DECLARED_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.IMPARTIALITY_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFICATION_SCOPE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.VERIFIED_ORGANISATION_CODE;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StudentStage;

/** {@code green-certification-placement}: engagement, impartiality declaration (conflicts back to the host), GHG training. */
@Deployment(resources = {PLACEMENT_BPMN, ASSIGN_ENGAGEMENT_FORM, DECLARE_IMPARTIALITY_FORM, SUBMIT_GHG_TRAINING_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "green-certification-placement";
    static final String CEMENT = "0101234567";
    static final String STEEL = "0209876543";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(GreenCertificationTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void aClearDeclaration_andAGoodTraining_pass() {
        // given
        ProcessInstance instance = start("st-green-001");
        assertThat(instance).isWaitingAt("Task_AssignVerificationEngagement");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));

        // when
        complete(task(instance), engagement("Công ty Xi măng Ví dụ", CEMENT));

        // then
        assertThat(instance).isWaitingAt("Task_DeclareImpartiality");
        assertThat(task(instance)).isAssignedTo("st-green-001");

        // when
        complete(task(instance), clearDeclaration(CEMENT));

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckImpartiality")
                .hasNotPassed("BoundaryEvent_DeclarationIncomplete", "BoundaryEvent_ConflictOfInterest")
                .isWaitingAt("Task_SubmitGhgTraining");
        assertThat(task(instance)).isAssignedTo("st-green-001");
        assertThat(instance).variables().doesNotContainKey(IMPARTIALITY_PROBLEM.name());

        // when
        complete(task(instance), training("2025-11-20", 24));

        // then
        assertThat(instance).hasPassed("ServiceTask_VerifyGhgTraining").hasNotPassed("BoundaryEvent_GhgTrainingInvalid")
                .hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void anIncompleteDeclaration_goesBackToTheStudent_andOnceCompletedProceeds() {
        // given
        ProcessInstance instance = start("st-green-002");
        complete(task(instance), engagement("Công ty Xi măng Ví dụ", CEMENT));
        Map<String, Object> declaration = clearDeclaration(STEEL);
        IMPARTIALITY_COMMITMENT.putIn(declaration, false);

        // when
        complete(task(instance), declaration);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_DeclarationIncomplete").isWaitingAt("Task_DeclareImpartiality");
        assertThat(task(instance)).isAssignedTo("st-green-002");
        assertThat(variable(engine, instance, IMPARTIALITY_PROBLEM).lines()).containsExactly(
                "Bản khai là về mã số '0209876543', không phải tổ chức được thẩm định Công ty Xi măng Ví dụ (0101234567)"
                        + " / The declaration is about code '0209876543', not the verified organisation Công ty Xi măng Ví dụ (0101234567)",
                "Cần cam kết khai báo ngay mọi thay đổi trong thời gian thực tập / Commit to declare any change during the placement");
        assertThat(incidents(engine, instance)).isZero();

        // when
        complete(task(instance), clearDeclaration(CEMENT));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitGhgTraining");
        assertThat(instance).variables().doesNotContainKey(IMPARTIALITY_PROBLEM.name());
    }

    @Test
    void consultancyForTheOrganisationWithinTwoYears_isAConflict_theHostAssignsAnother_andTheStudentDeclaresAgain() {
        // given: the student prepared the cement plant's GHG inventory until mid-2024
        ProcessInstance instance = start("st-green-003");
        complete(task(instance), engagement("Công ty Xi măng Ví dụ", CEMENT));
        Map<String, Object> declaration = clearDeclaration(CEMENT);
        CONSULTED_FOR_ORGANISATION.putIn(declaration, true);
        CONSULTANCY_ENDED_ON.putIn(declaration, "2024-06-30");

        // when
        complete(task(instance), declaration);

        // then: the host decides, seeing why
        assertThat(instance).hasPassed("BoundaryEvent_ConflictOfInterest").isWaitingAt("Task_AssignVerificationEngagement");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(variable(engine, instance, IMPARTIALITY_PROBLEM)).isEqualTo(
                "Đã tư vấn cho tổ chức đến ngày 2024-06-30, chưa đủ 2 năm trước ngày bắt đầu thực tập 2026-02-01"
                        + " (ISO 14065, ISO/IEC 17029: tính khách quan) / Consultancy for the organisation ended on 2024-06-30,"
                        + " less than 2 years before the placement starts on 2026-02-01 (ISO 14065, ISO/IEC 17029: impartiality)");
        assertThat(incidents(engine, instance)).isZero();

        // when: another organisation; the old declaration no longer names it
        complete(task(instance), engagement("Công ty Thép Ví dụ", STEEL));
        complete(task(instance), declaration);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_DeclarationIncomplete").isWaitingAt("Task_DeclareImpartiality");

        // when: declared about the steel company, with whom the student has no tie
        complete(task(instance), clearDeclaration(STEEL));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitGhgTraining");
        assertThat(instance).variables().doesNotContainKey(IMPARTIALITY_PROBLEM.name());
    }

    @Test
    void aCloseRelativeAndAFinancialInterest_areBothConflicts() {
        // given
        ProcessInstance instance = start("st-green-004");
        complete(task(instance), engagement("Công ty Xi măng Ví dụ", CEMENT));
        Map<String, Object> declaration = clearDeclaration(CEMENT);
        CLOSE_RELATIVE_AT_ORGANISATION.putIn(declaration, true);
        FINANCIAL_INTEREST_IN_ORGANISATION.putIn(declaration, true);

        // when
        complete(task(instance), declaration);

        // then
        assertThat(instance).isWaitingAt("Task_AssignVerificationEngagement");
        assertThat(variable(engine, instance, IMPARTIALITY_PROBLEM).lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("a familiarity threat"))
                .anySatisfy(line -> assertThat(line).contains("a self-interest threat"));
    }

    @Test
    void aTrainingWithTooFewHoursAndMissingTopics_sendsTheStudentBack_thenFixed() {
        // given
        ProcessInstance instance = start("st-green-005");
        complete(task(instance), engagement("Công ty Xi măng Ví dụ", CEMENT));
        complete(task(instance), clearDeclaration(CEMENT));
        Map<String, Object> training = training("2025-11-20", 8);
        GHG_TRAINING_COVERS_EMISSION_FACTORS.putIn(training, false);
        GHG_TRAINING_COVERS_QUALITY_MANAGEMENT.putIn(training, false);

        // when
        complete(task(instance), training);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_GhgTrainingInvalid").isWaitingAt("Task_SubmitGhgTraining");
        assertThat(variable(engine, instance, GHG_TRAINING_PROBLEM).lines()).containsExactly(
                "Đào tạo phương pháp kiểm kê khí nhà kính: 8 giờ, ít hơn 16 giờ tối thiểu"
                        + " / GHG-inventory method training: 8 hours, fewer than the 16 needed",
                "Đào tạo phương pháp kiểm kê khí nhà kính: chưa bao gồm hệ số phát thải (điều 6), QA/QC và độ không chắc chắn (điều 8) theo ISO 14064-1"
                        + " / GHG-inventory method training: it does not cover emission factors (clause 6), QA/QC and uncertainty (clause 8) of ISO 14064-1");
        assertThat(incidents(engine, instance)).isZero();

        // when
        complete(task(instance), training("2025-11-20", 16));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void malformedDates_areProblemsForTheStudent_notIncidents() {
        // given
        ProcessInstance instance = start("st-green-006");
        complete(task(instance), engagement("Công ty Xi măng Ví dụ", CEMENT));
        Map<String, Object> declaration = clearDeclaration(CEMENT);
        EMPLOYED_BY_ORGANISATION.putIn(declaration, true);
        EMPLOYMENT_ENDED_ON.putIn(declaration, "30/06/2020");
        IMPARTIALITY_DECLARED_ON.putIn(declaration, "2026-02-30");

        // when
        complete(task(instance), declaration);

        // then
        assertThat(instance).isWaitingAt("Task_DeclareImpartiality");
        assertThat(variable(engine, instance, IMPARTIALITY_PROBLEM).lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("yyyy-MM-dd"));
        assertThat(incidents(engine, instance)).isZero();
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-green-007");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-green-007").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_AssignVerificationEngagement");
        assertThat(stage.fieldKey()).isEqualTo(GreenCertificationField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, GreenCertificationTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> engagement(String organisation, String code) {
        Map<String, Object> variables = new HashMap<>();
        VERIFIED_ORGANISATION.putIn(variables, organisation);
        VERIFIED_ORGANISATION_CODE.putIn(variables, code);
        VERIFICATION_SCOPE.putIn(variables, "DECREE_06_INVENTORY");
        ENGAGEMENT_REFERENCE.putIn(variables, "TĐ-KNK-2026-017");
        return variables;
    }

    static Map<String, Object> clearDeclaration(String code) {
        Map<String, Object> variables = new HashMap<>();
        DECLARED_ORGANISATION_CODE.putIn(variables, code);
        EMPLOYED_BY_ORGANISATION.putIn(variables, false);
        CONSULTED_FOR_ORGANISATION.putIn(variables, false);
        CLOSE_RELATIVE_AT_ORGANISATION.putIn(variables, false);
        FINANCIAL_INTEREST_IN_ORGANISATION.putIn(variables, false);
        IMPARTIALITY_COMMITMENT.putIn(variables, true);
        IMPARTIALITY_DECLARED_ON.putIn(variables, "2026-01-25");
        return variables;
    }

    static Map<String, Object> training(String completedOn, int hours) {
        Map<String, Object> variables = new HashMap<>();
        GHG_TRAINING_CERTIFICATE_NUMBER.putIn(variables, "KNK-2025/0312");
        GHG_TRAINING_PROVIDER.putIn(variables, "Trung tâm đào tạo kiểm kê khí nhà kính");
        GHG_TRAINING_COMPLETED_ON.putIn(variables, completedOn);
        GHG_TRAINING_HOURS.putIn(variables, hours);
        GHG_TRAINING_COVERS_BOUNDARIES.putIn(variables, true);
        GHG_TRAINING_COVERS_ACTIVITY_DATA.putIn(variables, true);
        GHG_TRAINING_COVERS_EMISSION_FACTORS.putIn(variables, true);
        GHG_TRAINING_COVERS_QUALITY_MANAGEMENT.putIn(variables, true);
        return variables;
    }
}
