package vn.practicum.field.portoperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.HOST;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.MENTOR;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.MENTORING_BPMN;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.SIGN_OFF_HAND_OVER_FORM;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.SUBMIT_SHIFT_LOG_FORM;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.incidents;
import static vn.practicum.field.portoperations.PortOperationsTestEngine.variable;
import static vn.practicum.field.portoperations.PortOperationsVariables.HAND_OVER_COMMENT;
import static vn.practicum.field.portoperations.PortOperationsVariables.HAND_OVER_SIGNED_OFF;
import static vn.practicum.field.portoperations.PortOperationsVariables.LAST_SIGNED_OFF_SHIFT_START;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_DATE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_HAND_OVER_NOTES;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_HOURS;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_INCIDENT_REPORT;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOGS_REQUIRED;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOGS_SIGNED_OFF;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_LOG_PROBLEM;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_OPERATIONS;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_SAFETY_INCIDENT;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_START_TIME;

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

/** {@code port-operations-mentoring}: shift logs, each checked and its hand-over signed off, until enough are signed. */
@Deployment(resources = {MENTORING_BPMN, SUBMIT_SHIFT_LOG_FORM, SIGN_OFF_HAND_OVER_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "port-operations-mentoring";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PortOperationsTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void threeShiftLogs_eachSignedOff_completeTheMilestones() {
        // given
        ProcessInstance instance = start("st-port-m01");
        assertThat(instance).isWaitingAt("Task_SubmitShiftLog");
        assertThat(task(instance)).isAssignedTo("st-port-m01");
        assertThat(variable(engine, instance, SHIFT_LOGS_REQUIRED)).isEqualTo(3);
        assertThat(variable(engine, instance, SHIFT_LOGS_SIGNED_OFF)).isEqualTo(0);

        String[][] shifts = {{"2026-02-03", "06:00"}, {"2026-02-03", "18:00"}, {"2026-02-05", "06:00"}};
        for (int n = 0; n < shifts.length; n++) {
            // when
            complete(task(instance), shiftLog(shifts[n][0], shifts[n][1]));

            // then
            assertThat(instance).isWaitingAt("Task_SignOffShiftHandOver");
            assertThat(task(instance)).isAssignedTo(MENTOR);
            assertThat(PortOperationsTestEngine.candidateGroups(engine, task(instance))).containsExactly(Groups.businessMentors(HOST));

            // when
            complete(task(instance), signOff(true, "Bàn giao đầy đủ"));

            // then
            if (n < shifts.length - 1) {
                assertThat(instance).isWaitingAt("Task_SubmitShiftLog");
                assertThat(variable(engine, instance, SHIFT_LOGS_SIGNED_OFF)).isEqualTo(n + 1);
                assertThat(variable(engine, instance, LAST_SIGNED_OFF_SHIFT_START)).isEqualTo(shifts[n][0] + "T" + shifts[n][1]);
            }
        }

        // then
        assertThat(instance).hasPassed("Gateway_MoreShiftLogs", "EndEvent_FieldMilestonesDone").isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(SHIFT_LOGS_SIGNED_OFF.name()).singleResult().getValue()).isEqualTo(3);
    }

    @Test
    void aLogNotSignedOff_goesBackToTheStudentWithTheComment_andTheCorrectedLogOfThatShiftCounts() {
        // given
        ProcessInstance instance = start("st-port-m02");
        complete(task(instance), shiftLog("2026-02-03", "06:00"));

        // when
        complete(task(instance), signOff(false, "Ghi rõ số container còn tồn cuối ca"));

        // then
        assertThat(instance).hasPassed("Gateway_HandOverSignedOff").isWaitingAt("Task_SubmitShiftLog");
        assertThat(task(instance)).isAssignedTo("st-port-m02");
        assertThat(variable(engine, instance, HAND_OVER_COMMENT)).isEqualTo("Ghi rõ số container còn tồn cuối ca");
        assertThat(variable(engine, instance, SHIFT_LOGS_SIGNED_OFF)).isEqualTo(0);

        // when: the same shift, corrected
        complete(task(instance), shiftLog("2026-02-03", "06:00"));
        complete(task(instance), signOff(true, "Đạt"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitShiftLog");
        assertThat(variable(engine, instance, SHIFT_LOGS_SIGNED_OFF)).isEqualTo(1);
    }

    @Test
    void anIncidentWithoutReport_andA13HourShift_sendTheStudentBack_thenFixed() {
        // given
        ProcessInstance instance = start("st-port-m03");
        Map<String, Object> log = shiftLog("2026-02-03", "06:00");
        SHIFT_HOURS.putIn(log, 13);
        SHIFT_SAFETY_INCIDENT.putIn(log, true);

        // when
        complete(task(instance), log);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_ShiftLogIncomplete").isWaitingAt("Task_SubmitShiftLog");
        assertThat(variable(engine, instance, SHIFT_LOG_PROBLEM).lines()).containsExactly(
                "Ca 13 giờ vượt quá 12 giờ làm việc một ngày (Bộ luật Lao động 2019, Điều 107)"
                        + " / A 13-hour shift is more than the 12 working hours a day allows (Labour Code 2019, Art. 107)",
                "Có sự cố trong ca: cần báo cáo diễn biến và biện pháp đã xử lý (Luật An toàn, vệ sinh lao động 2015, Điều 34)"
                        + " / An incident happened: report what happened and what was done (Law on Occupational Safety and Health 2015, Art. 34)");
        assertThat(incidents(engine, instance)).isZero();

        // when
        SHIFT_HOURS.putIn(log, 12);
        SHIFT_INCIDENT_REPORT.putIn(log, "Xe nâng suýt va chạm người đi bộ tại khu B2; đã dừng khai thác 10 phút, báo trưởng ca");
        complete(task(instance), log);

        // then
        assertThat(instance).isWaitingAt("Task_SignOffShiftHandOver");
        assertThat(instance).variables().doesNotContainKey(SHIFT_LOG_PROBLEM.name());
    }

    @Test
    void theSameShiftLoggedAgainAfterItsSignOff_isRefused() {
        // given
        ProcessInstance instance = start("st-port-m04");
        complete(task(instance), shiftLog("2026-02-03", "06:00"));
        complete(task(instance), signOff(true, "Đạt"));

        // when
        complete(task(instance), shiftLog("2026-02-03", "06:00"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitShiftLog");
        assertThat(variable(engine, instance, SHIFT_LOG_PROBLEM))
                .contains("is not after the last signed-off shift (2026-02-03 06:00): log each shift once, in order");
    }

    @Test
    void aShiftAfterThePlacementEnded_isRefused() {
        // given
        ProcessInstance instance = start("st-port-m05");

        // when
        complete(task(instance), shiftLog("2026-05-01", "06:00"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitShiftLog");
        assertThat(variable(engine, instance, SHIFT_LOG_PROBLEM))
                .isEqualTo("Ca ngày 2026-05-01 sau khi kết thúc thực tập (2026-04-30) / The shift on 2026-05-01 is after the placement ended (2026-04-30)");
    }

    @Test
    void theFragmentSetsNoLifecycleVariable() {
        // given
        ProcessInstance instance = start("st-port-m06");

        // when
        String[] days = {"2026-02-03", "2026-02-04", "2026-02-05"};
        for (String day : days) {
            complete(task(instance), shiftLog(day, "06:00"));
            complete(task(instance), signOff(true, "Đạt"));
        }

        // then: what it hands back to practicum-mentoring (its instance's variables; a task's inputs stay in the task)
        // is what it got, plus its own variables only
        assertThat(instance).isEnded();
        Map<String, Object> started = PortOperationsTestEngine.fragmentVariables("st-port-m06");
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
                .filter(variable -> variable.getExecutionId().equals(instance.getId()))
                .forEach(variable -> {
                    if (started.containsKey(variable.getName())) {
                        assertThat(variable.getValue()).as(variable.getName()).isEqualTo(started.get(variable.getName()));
                    } else {
                        assertThat(variable.getName()).as("a variable of this field")
                                .matches("(shift|handOver|lastSignedOffShift)[A-Z][A-Za-z]*");
                    }
                });
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(PracticumVariables.LOGBOOK_NUMBER.name()).count()).isZero();
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, PortOperationsTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> shiftLog(String date, String startTime) {
        Map<String, Object> variables = new HashMap<>();
        SHIFT_DATE.putIn(variables, date);
        SHIFT_START_TIME.putIn(variables, startTime);
        SHIFT_HOURS.putIn(variables, 8);
        SHIFT_AREA.putIn(variables, "Cầu tàu số 2, khu bãi A3");
        SHIFT_OPERATIONS.putIn(variables, "Theo dõi xếp dỡ tàu MSC, đối chiếu 214 lượt nâng hạ với kế hoạch xếp tàu");
        SHIFT_SAFETY_INCIDENT.putIn(variables, false);
        SHIFT_HAND_OVER_NOTES.putIn(variables, "Còn 36 container chờ xếp; cẩu QC3 báo lỗi phanh, đã báo kỹ thuật");
        return variables;
    }

    static Map<String, Object> signOff(boolean signed, String comment) {
        Map<String, Object> variables = new HashMap<>();
        HAND_OVER_SIGNED_OFF.putIn(variables, signed);
        HAND_OVER_COMMENT.putIn(variables, comment);
        return variables;
    }
}
