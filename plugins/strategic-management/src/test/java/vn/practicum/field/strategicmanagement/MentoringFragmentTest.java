package vn.practicum.field.strategicmanagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.HOST;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.MENTORING_BPMN;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.PREPARE_PRESENTATION_FORM;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.RECORD_PRESENTATION_FORM;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.REVIEW_ANALYSIS_FORM;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.SPONSOR;
import static vn.practicum.field.strategicmanagement.StrategicManagementTestEngine.SUBMIT_ANALYSIS_FORM;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_ACCEPTED;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_DOCUMENT_LINK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_PROBLEM;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_TITLE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.BOARD_ATTENDEES;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.BOARD_DECISION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.BOARD_FEEDBACK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.BOARD_PRESENTATION_DATE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EVIDENCE_SOURCES;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_ID;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SUMMARY;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXTERNAL_FINDINGS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXTERNAL_FRAMEWORK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.INTERNAL_FINDINGS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.INTERNAL_FRAMEWORK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.PRESENTATION_DECK_LINK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.PRESENTATION_HELD;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.RECOMMENDATION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SPONSOR_FEEDBACK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGIC_OPTIONS_COUNT;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGIC_OPTIONS_EVALUATION;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

/** {@code strategic-management-mentoring}: analysis checked and reviewed by the sponsor, then presented to the board. */
@Deployment(resources = {MENTORING_BPMN, SUBMIT_ANALYSIS_FORM, REVIEW_ANALYSIS_FORM, PREPARE_PRESENTATION_FORM, RECORD_PRESENTATION_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "strategic-management-mentoring";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(StrategicManagementTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void aDeepAnalysis_acceptedByTheSponsor_thenPresentedToTheBoard() {
        // given
        ProcessInstance instance = start("st-sm-m01");
        assertThat(instance).isWaitingAt("Task_SubmitStrategyAnalysis");
        assertThat(task(instance)).isAssignedTo("st-sm-m01");

        // when
        complete(task(instance), analysis());

        // then: the sponsor's review is offered to the sponsor, the host's mentors standing in
        assertThat(instance).hasPassed("ServiceTask_CheckStrategyAnalysis").isWaitingAt("Task_ReviewStrategyAnalysis");
        assertThat(instance).hasNotPassed("BoundaryEvent_AnalysisIncomplete");
        assertThat(StrategicManagementTestEngine.candidateUsers(engine, task(instance))).containsExactly(SPONSOR);
        assertThat(StrategicManagementTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), review(true, "Đủ điều kiện trình hội đồng"));

        // then
        assertThat(instance).isWaitingAt("Task_PrepareBoardPresentation");
        assertThat(task(instance)).isAssignedTo("st-sm-m01");

        // when
        complete(task(instance), presentation());

        // then
        assertThat(instance).isWaitingAt("Task_RecordBoardPresentation");
        assertThat(StrategicManagementTestEngine.candidateUsers(engine, task(instance))).containsExactly(SPONSOR);

        // when
        complete(task(instance), outcome(true, "ADOPTED_WITH_CHANGES", "Bổ sung kế hoạch tài chính"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void anAnalysisWithOneOptionTwoSourcesAndTwoInternalFrameworks_isSentBack_thenCompletedGoesToTheSponsor() {
        // given
        ProcessInstance instance = start("st-sm-m02");
        Map<String, Object> thin = analysis();
        EXTERNAL_FRAMEWORK.putIn(thin, "VALUE_CHAIN");
        STRATEGIC_OPTIONS_COUNT.putIn(thin, 1);
        EVIDENCE_SOURCES.putIn(thin, "Báo cáo thường niên\n\nBáo cáo thường niên\nPhỏng vấn lãnh đạo");

        // when
        complete(task(instance), thin);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_AnalysisIncomplete").isWaitingAt("Task_SubmitStrategyAnalysis");
        assertThat(task(instance)).isAssignedTo("st-sm-m02");
        assertThat(analysisProblem(instance).lines()).hasSize(3);
        assertThat(analysisProblem(instance))
                .contains("Value chain looks at the organisation itself, not the external environment")
                .contains("only 1 option(s): at least 2 must be compared")
                .contains("2 source(s) of evidence: at least 3 different sources");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when
        complete(task(instance), analysis());

        // then
        assertThat(instance).isWaitingAt("Task_ReviewStrategyAnalysis");
        assertThat(instance).variables().doesNotContainKey(ANALYSIS_PROBLEM.name());
    }

    @Test
    void anExecutiveSummaryOverThreeHundredWords_isTooLongForTheBoard() {
        // given
        ProcessInstance instance = start("st-sm-m03");
        Map<String, Object> verbose = analysis();
        EXECUTIVE_SUMMARY.putIn(verbose, "từ ".repeat(301));

        // when
        complete(task(instance), verbose);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_AnalysisIncomplete").isWaitingAt("Task_SubmitStrategyAnalysis");
        assertThat(analysisProblem(instance)).isEqualTo("Phân tích chiến lược: bản tóm tắt có 301 từ, dài quá 300 từ: rút gọn cho hội đồng"
                + " đọc được / Strategy analysis: the executive summary has 301 words, more than 300: shorten it for the board");
    }

    @Test
    void theSponsorSendsTheAnalysisBack_theStudentDeepensIt_andTheSponsorAccepts() {
        // given
        ProcessInstance instance = start("st-sm-m04");
        complete(task(instance), analysis());

        // when
        complete(task(instance), review(false, "Cần định lượng quy mô thị trường"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitStrategyAnalysis");
        assertThat(task(instance)).isAssignedTo("st-sm-m04");
        assertThat(instance).variables().containsEntry(SPONSOR_FEEDBACK.name(), "Cần định lượng quy mô thị trường");

        // when
        complete(task(instance), analysis());
        complete(task(instance), review(true, "Đạt"));

        // then
        assertThat(instance).isWaitingAt("Task_PrepareBoardPresentation");
    }

    @Test
    void aPostponedPresentation_isPreparedAgain_thenHeld() {
        // given
        ProcessInstance instance = start("st-sm-m05");
        complete(task(instance), analysis());
        complete(task(instance), review(true, "Đạt"));
        complete(task(instance), presentation());

        // when
        complete(task(instance), outcome(false, null, "Hội đồng họp bất thường, dời sang tuần sau"));

        // then
        assertThat(instance).isWaitingAt("Task_PrepareBoardPresentation").hasNotPassed("EndEvent_FieldMilestonesDone");
        assertThat(task(instance)).isAssignedTo("st-sm-m05");

        // when
        complete(task(instance), presentation());
        complete(task(instance), outcome(true, "ADOPTED", "Thông qua"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void theFragmentSetsOnlyItsOwnVariables_neverTheLifecycles() {
        // given: the lifecycle's variables as practicum-mentoring passes them down, logbooks being counted meanwhile
        Map<String, Object> given = StrategicManagementTestEngine.fragmentVariables("st-sm-m06");
        PracticumVariables.LOGBOOK_NUMBER.putIn(given, 2);
        EXECUTIVE_SPONSOR_ID.putIn(given, SPONSOR);

        // when: through every loop of the fragment
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-sm-m06", given);
        Map<String, Object> thin = analysis();
        STRATEGIC_OPTIONS_COUNT.putIn(thin, 1);
        complete(task(instance), thin);
        complete(task(instance), analysis());
        complete(task(instance), review(false, "Bổ sung"));
        complete(task(instance), analysis());
        complete(task(instance), review(true, "Đạt"));
        complete(task(instance), presentation());
        complete(task(instance), outcome(false, null, "Hoãn"));
        complete(task(instance), presentation());
        complete(task(instance), outcome(true, "ADOPTED", "Thông qua"));

        // then: what it was given comes back unchanged (camunda:out variables="all"), and all else is the field's own
        assertThat(instance).isEnded();
        Set<String> own = StrategicManagementTestEngine.fieldVariableNames();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .isNotEmpty()
                .allSatisfy(variable -> {
                    if (given.containsKey(variable.getName())) {
                        assertThat(variable.getValue()).as(variable.getName()).isEqualTo(given.get(variable.getName()));
                    } else {
                        assertThat(own).as("variables of the field").contains(variable.getName());
                    }
                });
    }

    private static ProcessInstance start(String studentId) {
        Map<String, Object> variables = StrategicManagementTestEngine.fragmentVariables(studentId);
        EXECUTIVE_SPONSOR_ID.putIn(variables, SPONSOR);
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, variables);
    }

    static Map<String, Object> analysis() {
        Map<String, Object> variables = new HashMap<>();
        ANALYSIS_TITLE.putIn(variables, "Chiến lược thâm nhập thị trường du lịch Hạ Long 2027–2029");
        EXTERNAL_FRAMEWORK.putIn(variables, "PORTER_FIVE_FORCES");
        EXTERNAL_FINDINGS.putIn(variables, "Áp lực cạnh tranh cao từ các hãng lữ hành lớn; quyền thương lượng của khách sạn tăng mùa cao điểm;"
                + " sản phẩm thay thế là tour tự túc đặt qua nền tảng trực tuyến.");
        INTERNAL_FRAMEWORK.putIn(variables, "VRIO");
        INTERNAL_FINDINGS.putIn(variables, "Đội hướng dẫn viên tiếng Hàn là nguồn lực hiếm và khó bắt chước; mạng lưới đối tác lưu trú tốt;"
                + " năng lực bán hàng trực tuyến còn yếu.");
        STRATEGIC_OPTIONS_COUNT.putIn(variables, 3);
        STRATEGIC_OPTIONS_EVALUATION.putIn(variables, "Ba phương án: tự mở văn phòng, liên doanh với đơn vị địa phương, bán qua nền tảng;"
                + " so sánh theo chi phí, rủi ro, thời gian hoàn vốn.");
        RECOMMENDATION.putIn(variables, "Liên doanh với một đơn vị lữ hành địa phương trong 18 tháng đầu, song song xây kênh bán trực tuyến,"
                + " đánh giá lại trước khi mở văn phòng.");
        EVIDENCE_SOURCES.putIn(variables, "Niên giám thống kê tỉnh Quảng Ninh\nBáo cáo thường niên ngành du lịch\nDữ liệu bán hàng nội bộ 2023–2025");
        EXECUTIVE_SUMMARY.putIn(variables, "Khuyến nghị liên doanh để thâm nhập thị trường Hạ Long với chi phí thấp và rủi ro có kiểm soát.");
        ANALYSIS_DOCUMENT_LINK.putIn(variables, "https://docs.vinatour.example.vn/chien-luoc/ha-long");
        return variables;
    }

    static Map<String, Object> review(boolean accepted, String feedback) {
        Map<String, Object> variables = new HashMap<>();
        ANALYSIS_ACCEPTED.putIn(variables, accepted);
        SPONSOR_FEEDBACK.putIn(variables, feedback);
        return variables;
    }

    static Map<String, Object> presentation() {
        Map<String, Object> variables = new HashMap<>();
        BOARD_PRESENTATION_DATE.putIn(variables, "2026-04-15");
        PRESENTATION_DECK_LINK.putIn(variables, "https://docs.vinatour.example.vn/trinh-bay/ha-long");
        return variables;
    }

    static Map<String, Object> outcome(boolean held, String decision, String feedback) {
        Map<String, Object> variables = new HashMap<>();
        PRESENTATION_HELD.putIn(variables, held);
        if (held) {
            BOARD_DECISION.putIn(variables, decision);
            BOARD_ATTENDEES.putIn(variables, 5);
        }
        BOARD_FEEDBACK.putIn(variables, feedback);
        return variables;
    }

    private String analysisProblem(ProcessInstance instance) {
        return StrategicManagementTestEngine.variable(engine.getRuntimeService(), instance.getId(), ANALYSIS_PROBLEM);
    }
}
