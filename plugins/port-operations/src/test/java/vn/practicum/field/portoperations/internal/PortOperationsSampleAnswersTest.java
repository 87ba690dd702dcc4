package vn.practicum.field.portoperations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.practicum.field.portoperations.PortOperationsVariables.PORT_WORK_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_ISSUED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_NUMBER;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_VALID_UNTIL;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_ZONE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_ISSUER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_NUMBER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_VALID_UNTIL;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_COMPLETED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_GROUP;
import static vn.practicum.field.portoperations.PortOperationsVariables.SECURITY_INDUCTION_COMPLETED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_DATE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_HAND_OVER_NOTES;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_HOURS;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_INCIDENT_REPORT;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_OPERATIONS;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_SAFETY_INCIDENT;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_START_TIME;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.lifecycle.ProcessVariable;

/** The sample answers of a diligent student pass this field's own rules for a placement starting next month. */
class PortOperationsSampleAnswersTest {

    final PortOperationsSampleAnswers answers = new PortOperationsSampleAnswers();
    final LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
    final LocalDate end = start.plusMonths(3);

    @ParameterizedTest
    @ValueSource(strings = {"port-e2e-001", "st-a", "st-b", "st-c", "st-d"})
    void passEveryCheck_andEachShiftLogIsTheNextShift(String studentId) {
        String area = get(answers.answer("Task_AssignPortWorkArea", studentId), PORT_WORK_AREA);
        Map<String, Object> training = answers.answer("Task_SubmitSafetyCertificate", studentId);
        Map<String, Object> induction = answers.answer("Task_RecordSecurityInduction", studentId);

        assertThat(new SafetyCertificateRules().problems(area, new SafetyCertificate(get(training, SAFETY_TRAINING_GROUP),
                get(training, SAFETY_CERTIFICATE_NUMBER), get(training, SAFETY_CERTIFICATE_ISSUER),
                get(training, SAFETY_TRAINING_COMPLETED_ON), get(training, SAFETY_CERTIFICATE_VALID_UNTIL)), start)).isEmpty();
        assertThat(new RestrictedAreaPassRules().problems(area, new SecurityInduction(get(induction, SECURITY_INDUCTION_COMPLETED_ON),
                get(induction, RESTRICTED_AREA_PASS_NUMBER), get(induction, RESTRICTED_AREA_PASS_ZONE),
                get(induction, RESTRICTED_AREA_PASS_ISSUED_ON), get(induction, RESTRICTED_AREA_PASS_VALID_UNTIL)), start)).isEmpty();

        LocalDateTime previous = null;
        for (int shift = 0; shift < 5; shift++) {
            Map<String, Object> log = answers.answer("Task_SubmitShiftLog", studentId);
            assertThat(new ShiftLogRules().problems(new ShiftLog(get(log, SHIFT_DATE), get(log, SHIFT_START_TIME),
                    log.get(SHIFT_HOURS.name()), get(log, SHIFT_AREA), get(log, SHIFT_OPERATIONS), log.get(SHIFT_SAFETY_INCIDENT.name()),
                    get(log, SHIFT_INCIDENT_REPORT), get(log, SHIFT_HAND_OVER_NOTES)), 12, start, end, previous))
                    .as("shift %d", shift).isEmpty();
            previous = ShiftLogCheckDelegate.shiftStart(get(log, SHIFT_DATE), get(log, SHIFT_START_TIME));
        }
        assertThat(answers.answer("Task_SubmitLogbook", studentId)).as("a core task").isNull();
    }

    private static <T> T get(Map<String, Object> answer, ProcessVariable<T> variable) {
        return variable.type().cast(answer.get(variable.name()));
    }

    @Test
    void answerEveryUserTaskOfTheFieldsFragments() throws Exception {
        for (String stage : List.of("placement", "mentoring", "assessment")) {
            String resource = "practicum/fields/port-operations/port-operations-" + stage + ".bpmn";
            try (InputStream bpmn = getClass().getClassLoader().getResourceAsStream(resource)) {
                for (UserTask task : Bpmn.readModelFromStream(bpmn).getModelElementsByType(UserTask.class)) {
                    assertThat(answers.answer(task.getId(), "st-sample")).as("%s of %s", task.getId(), resource).isNotNull();
                }
            }
        }
    }
}
