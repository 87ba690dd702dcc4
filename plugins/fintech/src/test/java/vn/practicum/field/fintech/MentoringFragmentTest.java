package vn.practicum.field.fintech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.fintech.FintechTestEngine.HOST;
import static vn.practicum.field.fintech.FintechTestEngine.MENTOR;
import static vn.practicum.field.fintech.FintechTestEngine.MENTORING_BPMN;
import static vn.practicum.field.fintech.FintechTestEngine.REVIEW_EXPERIMENT_REPORT_FORM;
import static vn.practicum.field.fintech.FintechTestEngine.SUBMIT_EXPERIMENT_REPORT_FORM;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_COMPLIANCE_CONTROLS;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_DATASET;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_MASKING_METHOD;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_METHOD;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_OBJECTIVE;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_REPORT_APPROVED;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_REPORT_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_RESULTS;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_REVIEW_COMMENT;
import static vn.practicum.field.fintech.FintechVariables.EXPERIMENT_TITLE;
import static vn.practicum.field.fintech.FintechVariables.SANDBOX_DATA_SCOPE;

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

/** {@code fintech-mentoring}: the sandbox experiment report, its completeness check and the mentor's review. */
@Deployment(resources = {MENTORING_BPMN, SUBMIT_EXPERIMENT_REPORT_FORM, REVIEW_EXPERIMENT_REPORT_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "fintech-mentoring";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(FintechTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void completeReport_onSyntheticData_approvedByTheMentor() {
        // given
        ProcessInstance instance = start("st-ft-m01", "SYNTHETIC");
        assertThat(instance).isWaitingAt("Task_SubmitExperimentReport");
        assertThat(task(instance)).isAssignedTo("st-ft-m01");

        // when
        complete(task(instance), report("SYNTHETIC"));

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckExperimentReport").isWaitingAt("Task_ReviewExperimentReport");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(FintechTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), review(true, "Phương pháp rõ ràng, đúng phạm vi dữ liệu"));

        // then
        assertThat(instance).hasPassed("Gateway_ExperimentReportApproved", "EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void maskedDataWithoutItsMaskingMethod_isSentBack_thenCompleted() {
        // given
        ProcessInstance instance = start("st-ft-m02", "MASKED");
        Map<String, Object> report = report("MASKED");
        report.remove(EXPERIMENT_MASKING_METHOD.name());

        // when
        complete(task(instance), report);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_ExperimentReportIncomplete").isWaitingAt("Task_SubmitExperimentReport");
        assertThat(problem(instance)).isEqualTo("Báo cáo thử nghiệm sandbox: báo cáo thiếu: phương pháp che giấu, khử định danh dữ liệu"
                + " / Sandbox experiment report: the report is missing: data masking method");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when
        complete(task(instance), report("MASKED"));

        // then
        assertThat(instance).isWaitingAt("Task_ReviewExperimentReport");
        assertThat(instance).variables().doesNotContainKey(EXPERIMENT_REPORT_PROBLEM.name());
    }

    @Test
    void maskedRealData_whenOnlySyntheticDataWasGranted_isSentBack() {
        // given
        ProcessInstance instance = start("st-ft-m03", "SYNTHETIC");

        // when
        complete(task(instance), report("MASKED"));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_ExperimentReportIncomplete").isWaitingAt("Task_SubmitExperimentReport");
        assertThat(problem(instance)).contains("masked, de-identified real data", "granted synthetic data only");
    }

    @Test
    void reportSentBackByTheMentor_goesToTheStudentWithTheComment_thenApproved() {
        // given
        ProcessInstance instance = start("st-ft-m04", "MASKED");
        complete(task(instance), report("SYNTHETIC"));

        // when
        complete(task(instance), review(false, "Cần nêu rõ số lượng hồ sơ trong tập kiểm thử"));

        // then
        assertThat(instance).hasPassed("Gateway_ExperimentReportApproved").isWaitingAt("Task_SubmitExperimentReport");
        assertThat(task(instance)).isAssignedTo("st-ft-m04");
        assertThat(instance).variables()
                .containsEntry(EXPERIMENT_REVIEW_COMMENT.name(), "Cần nêu rõ số lượng hồ sơ trong tập kiểm thử");

        // when
        complete(task(instance), report("SYNTHETIC"));
        complete(task(instance), review(true, "Đạt"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void theFragmentSetsOnlyItsOwnVariables() {
        // given: what the lifecycle passes down
        Map<String, Object> given = FintechTestEngine.fragmentVariables("st-ft-m05");
        SANDBOX_DATA_SCOPE.putIn(given, "SYNTHETIC");
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-ft-m05", given);

        // when
        complete(task(instance), report("SYNTHETIC"));
        complete(task(instance), review(true, "Đạt"));

        // then: every variable it ends with is given, or one of the fragment's experiment variables
        // (the variables of the instance's own scope: those out variables="all" copies; task inputs stay local)
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list()).filteredOn(variable -> instance.getId().equals(variable.getActivityInstanceId()))
                .isNotEmpty().allSatisfy(variable -> {
                    if (given.containsKey(variable.getName())) {
                        assertThat(variable.getValue()).as(variable.getName()).isEqualTo(given.get(variable.getName()));
                    } else {
                        assertThat(variable.getName()).startsWith("experiment");
                    }
                });
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(PracticumVariables.LOGBOOK_NUMBER.name()).count()).isZero();
    }

    private static ProcessInstance start(String studentId, String grantedScope) {
        Map<String, Object> variables = FintechTestEngine.fragmentVariables(studentId);
        SANDBOX_DATA_SCOPE.putIn(variables, grantedScope);
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, variables);
    }

    /** A report complete for the given data. */
    static Map<String, Object> report(String dataset) {
        Map<String, Object> variables = new HashMap<>();
        EXPERIMENT_TITLE.putIn(variables, "Chấm điểm tín dụng bằng dữ liệu giao dịch ví điện tử");
        EXPERIMENT_OBJECTIVE.putIn(variables, "Dữ liệu giao dịch có làm tăng độ chính xác chấm điểm không?");
        EXPERIMENT_DATASET.putIn(variables, dataset);
        EXPERIMENT_METHOD.putIn(variables, "Hồi quy logistic, kiểm định chéo 5 lần");
        EXPERIMENT_RESULTS.putIn(variables, "AUC 0,71 → 0,76 trên 20.000 hồ sơ");
        EXPERIMENT_COMPLIANCE_CONTROLS.putIn(variables, "Tài khoản sandbox riêng, không xuất dữ liệu, nhật ký truy cập");
        if ("MASKED".equals(dataset)) {
            EXPERIMENT_MASKING_METHOD.putIn(variables, "Băm có muối số CCCD và số điện thoại");
        }
        return variables;
    }

    static Map<String, Object> review(boolean approved, String comment) {
        Map<String, Object> variables = new HashMap<>();
        EXPERIMENT_REPORT_APPROVED.putIn(variables, approved);
        EXPERIMENT_REVIEW_COMMENT.putIn(variables, comment);
        return variables;
    }

    private String problem(ProcessInstance instance) {
        return EXPERIMENT_REPORT_PROBLEM.type().cast(
                engine.getRuntimeService().getVariable(instance.getId(), EXPERIMENT_REPORT_PROBLEM.name()));
    }
}
