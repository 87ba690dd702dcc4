package vn.practicum.field.greencertification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.CONFIRM_SHADOWING_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.HOST;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.MENTOR;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.MENTORING_BPMN;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.RECORD_SHADOWING_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.REVIEW_INVENTORY_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.SUBMIT_INVENTORY_FORM;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.incidents;
import static vn.practicum.field.greencertification.GreenCertificationTestEngine.variable;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_ACTIVITY_DATA_SOURCES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_APPROVED;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_BOUNDARY;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_EMISSION_FACTOR_SOURCES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_ORGANISATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_PROBLEM;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_QA_QC_PROCEDURES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_REPORTING_YEAR;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_REPORT_LINK;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_REVIEW_COMMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE1_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE2_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_SCOPE3_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_TOTAL_EMISSIONS;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_UNCERTAINTY_EXPLANATION;
import static vn.practicum.field.greencertification.GreenCertificationVariables.INVENTORY_UNCERTAINTY_PERCENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWED_ACTIVITIES;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWED_SITE_VISIT_ON;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWED_VERIFICATION_REFERENCE;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWING_COMMENT;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWING_CONFIRMED;
import static vn.practicum.field.greencertification.GreenCertificationVariables.SHADOWING_REFLECTION;

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
import vn.practicum.engine.lifecycle.PracticumVariables;

/** {@code green-certification-mentoring}: a verification shadowed and confirmed, a GHG inventory exercise checked and reviewed. */
@Deployment(resources = {MENTORING_BPMN, RECORD_SHADOWING_FORM, CONFIRM_SHADOWING_FORM, SUBMIT_INVENTORY_FORM, REVIEW_INVENTORY_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "green-certification-mentoring";

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
    void shadowingConfirmed_andAnApprovedInventory_completeTheMilestones() {
        // given
        ProcessInstance instance = start("st-green-m01");
        assertThat(instance).isWaitingAt("Task_RecordVerificationShadowing");
        assertThat(task(instance)).isAssignedTo("st-green-m01");

        // when
        complete(task(instance), shadowing());

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmShadowing");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(GreenCertificationTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), confirmation(true, "Tham gia đầy đủ"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitGhgInventoryExercise");
        assertThat(task(instance)).isAssignedTo("st-green-m01");

        // when
        complete(task(instance), inventory());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckGhgInventory").hasNotPassed("BoundaryEvent_InventoryIncomplete")
                .isWaitingAt("Task_ReviewGhgInventory");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(GreenCertificationTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), review(true, "Đạt yêu cầu"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void shadowingNotConfirmed_goesBackToTheStudentWithTheComment() {
        // given
        ProcessInstance instance = start("st-green-m02");
        complete(task(instance), shadowing());

        // when
        complete(task(instance), confirmation(false, "Bổ sung phần lấy mẫu số liệu"));

        // then
        assertThat(instance).hasPassed("Gateway_ShadowingConfirmed").hasNotPassed("Task_SubmitGhgInventoryExercise")
                .isWaitingAt("Task_RecordVerificationShadowing");
        assertThat(variable(engine, instance, SHADOWING_COMMENT)).isEqualTo("Bổ sung phần lấy mẫu số liệu");

        // when
        complete(task(instance), shadowing());
        complete(task(instance), confirmation(true, "Đạt"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitGhgInventoryExercise");
    }

    @Test
    void anInventoryThatDoesNotAddUp_withUnexplainedUncertainty_goesBackToTheStudent_thenFixed() {
        // given
        ProcessInstance instance = start("st-green-m03");
        complete(task(instance), shadowing());
        complete(task(instance), confirmation(true, "Đạt"));
        Map<String, Object> inventory = inventory();
        INVENTORY_TOTAL_EMISSIONS.putIn(inventory, 2500.0);
        INVENTORY_UNCERTAINTY_PERCENT.putIn(inventory, 7.5);

        // when
        complete(task(instance), inventory);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_InventoryIncomplete").isWaitingAt("Task_SubmitGhgInventoryExercise");
        assertThat(variable(engine, instance, INVENTORY_PROBLEM).lines()).containsExactly(
                "Tổng 2500 tCO2e không bằng tổng các phạm vi 2081 tCO2e / The total 2500 tCO2e is not the sum of the scopes, 2081 tCO2e",
                "Độ không chắc chắn 7.5 % vượt ngưỡng trọng yếu 5 %: cần giải thích nguồn chính và cách giảm"
                        + " / An uncertainty of 7.5 % is above the 5 % materiality threshold: explain its main sources and how to reduce them");
        assertThat(incidents(engine, instance)).isZero();

        // when
        INVENTORY_TOTAL_EMISSIONS.putIn(inventory, 2081.0);
        INVENTORY_UNCERTAINTY_EXPLANATION.putIn(inventory, "Chủ yếu từ hệ số phát thải mặc định của than; đo nhiệt trị than để giảm");
        complete(task(instance), inventory);

        // then
        assertThat(instance).isWaitingAt("Task_ReviewGhgInventory");
        assertThat(instance).variables().doesNotContainKey(INVENTORY_PROBLEM.name());
    }

    @Test
    void anInventoryTheMentorDoesNotApprove_goesBackToTheStudent_thenApproved() {
        // given
        ProcessInstance instance = start("st-green-m04");
        complete(task(instance), shadowing());
        complete(task(instance), confirmation(true, "Đạt"));
        complete(task(instance), inventory());

        // when
        complete(task(instance), review(false, "Thiếu nguồn phát thải từ máy phát điện dự phòng"));

        // then
        assertThat(instance).hasPassed("Gateway_InventoryApproved").isWaitingAt("Task_SubmitGhgInventoryExercise");
        assertThat(variable(engine, instance, INVENTORY_REVIEW_COMMENT)).isEqualTo("Thiếu nguồn phát thải từ máy phát điện dự phòng");

        // when: scope 1 now includes the generator
        Map<String, Object> inventory = inventory();
        INVENTORY_SCOPE1_EMISSIONS.putIn(inventory, 1262.4);
        INVENTORY_TOTAL_EMISSIONS.putIn(inventory, 2093.0);
        complete(task(instance), inventory);
        complete(task(instance), review(true, "Đạt"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void numbersOfTheWrongType_fromAnApiClient_areProblemsForTheStudent() {
        // given
        ProcessInstance instance = start("st-green-m05");
        complete(task(instance), shadowing());
        complete(task(instance), confirmation(true, "Đạt"));
        Map<String, Object> inventory = inventory();
        inventory.put(INVENTORY_SCOPE3_EMISSIONS.name(), "không có");
        inventory.put(INVENTORY_REPORTING_YEAR.name(), "năm ngoái");

        // when
        complete(task(instance), inventory);

        // then
        assertThat(instance).isWaitingAt("Task_SubmitGhgInventoryExercise");
        assertThat(variable(engine, instance, INVENTORY_PROBLEM)).contains(
                "The reporting year 'năm ngoái' must be a completed year from 2020 to 2025",
                "Scope 3 emissions 'không có' must be a number of tCO2e, 0 or more");
        assertThat(incidents(engine, instance)).isZero();
    }

    @Test
    void theFragmentSetsNoLifecycleVariable() {
        // given
        ProcessInstance instance = start("st-green-m06");

        // when
        complete(task(instance), shadowing());
        complete(task(instance), confirmation(true, "Đạt"));
        complete(task(instance), inventory());
        complete(task(instance), review(true, "Đạt"));

        // then: what it hands back to practicum-mentoring (its instance's variables; a task's inputs stay in the task)
        // is what it got, plus its own variables only
        assertThat(instance).isEnded();
        Map<String, Object> started = GreenCertificationTestEngine.fragmentVariables("st-green-m06");
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
                .filter(variable -> variable.getExecutionId().equals(instance.getId()))
                .forEach(variable -> {
                    if (started.containsKey(variable.getName())) {
                        assertThat(variable.getValue()).as(variable.getName()).isEqualTo(started.get(variable.getName()));
                    } else {
                        assertThat(variable.getName()).as("a variable of this field").matches("(shadowed|shadowing|inventory)[A-Z][A-Za-z0-9]*");
                    }
                });
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(PracticumVariables.LOGBOOK_NUMBER.name()).count()).isZero();
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, GreenCertificationTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> shadowing() {
        Map<String, Object> variables = new HashMap<>();
        SHADOWED_VERIFICATION_REFERENCE.putIn(variables, "TĐ-KNK-2026-017");
        SHADOWED_SITE_VISIT_ON.putIn(variables, "2026-02-24");
        SHADOWED_ACTIVITIES.putIn(variables, "Họp mở đầu, xem xét hồ sơ, khảo sát lò nung, lấy mẫu hóa đơn than, họp kết thúc");
        SHADOWING_REFLECTION.putIn(variables, "Học cách đánh giá rủi ro sai sót trọng yếu trong số liệu hoạt động");
        return variables;
    }

    static Map<String, Object> confirmation(boolean confirmed, String comment) {
        Map<String, Object> variables = new HashMap<>();
        SHADOWING_CONFIRMED.putIn(variables, confirmed);
        SHADOWING_COMMENT.putIn(variables, comment);
        return variables;
    }

    /** A complete exercise for 2025: 1250.4 + 830.6 = 2081 tCO2e, uncertainty 4.5 %. */
    static Map<String, Object> inventory() {
        Map<String, Object> variables = new HashMap<>();
        INVENTORY_ORGANISATION.putIn(variables, "Nhà máy gạch tuynel (bài tập)");
        INVENTORY_REPORTING_YEAR.putIn(variables, 2025);
        INVENTORY_BOUNDARY.putIn(variables, "Kiểm soát vận hành; phạm vi 1: lò nung, xe nâng; phạm vi 2: điện lưới");
        INVENTORY_SCOPE1_EMISSIONS.putIn(variables, 1250.4);
        INVENTORY_SCOPE2_EMISSIONS.putIn(variables, 830.6);
        INVENTORY_TOTAL_EMISSIONS.putIn(variables, 2081.0);
        INVENTORY_ACTIVITY_DATA_SOURCES.putIn(variables, "Hóa đơn mua than, hóa đơn tiền điện 12 tháng");
        INVENTORY_EMISSION_FACTOR_SOURCES.putIn(variables, "IPCC 2006 cho than; hệ số lưới điện quốc gia");
        INVENTORY_QA_QC_PROCEDURES.putIn(variables, "Đối chiếu hóa đơn với sổ kho, kiểm tra chéo đơn vị");
        INVENTORY_UNCERTAINTY_PERCENT.putIn(variables, 4.5);
        INVENTORY_REPORT_LINK.putIn(variables, "https://example.invalid/kiem-ke/2025");
        return variables;
    }

    static Map<String, Object> review(boolean approved, String comment) {
        Map<String, Object> variables = new HashMap<>();
        INVENTORY_APPROVED.putIn(variables, approved);
        INVENTORY_REVIEW_COMMENT.putIn(variables, comment);
        return variables;
    }
}
