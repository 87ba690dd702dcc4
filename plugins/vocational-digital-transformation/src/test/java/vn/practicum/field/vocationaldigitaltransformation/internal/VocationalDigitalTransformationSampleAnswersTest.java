package vn.practicum.field.vocationaldigitaltransformation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables;

/**
 * The sample answers pass the field's own checks, for the placement the demo and end-to-end runs use (from the
 * first of next month, for three months): a diligent student and host are never sent back.
 */
class VocationalDigitalTransformationSampleAnswersTest {

    final VocationalDigitalTransformationSampleAnswers answers = new VocationalDigitalTransformationSampleAnswers();

    @ParameterizedTest
    @ValueSource(strings = {"vdt-e2e-001", "st-vdt-s01", "st-vdt-s02", "st-vdt-s03", "hcmute-042"})
    void everyCheckPasses_onTheSampleAnswers(String studentId) {
        LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.PLACEMENT_START.putIn(variables, CheckDelegatesTest.midnight(start));
        PracticumVariables.PLACEMENT_END.putIn(variables, CheckDelegatesTest.midnight(start.plusMonths(3)));
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));

        for (String task : new String[] {"Task_GrantLmsAccess", "Task_ConfirmLmsAccess", "Task_BuildCourseModule",
                "Task_ReviewCourseModule", "Task_ReportPilotAnalytics", "Task_ConfirmPilotResults", "Task_FinalEvaluation"}) {
            variables.putAll(answers.answer(task, studentId));
        }

        for (JavaDelegate check : new JavaDelegate[] {new LmsAccessCheckDelegate(new LmsAccessRules()),
                new PilotAnalyticsCheckDelegate(new PilotAnalyticsRules())}) {
            assertThatCode(() -> check.execute(execution)).as(check.getClass().getSimpleName()).doesNotThrowAnyException();
        }
        // and the student passes the placement's gateway: logged in and committed to the learner-data rules
        assertThat(variables).containsEntry(VocationalDigitalTransformationVariables.LMS_LOGIN_CONFIRMED.name(), true)
                .containsEntry(VocationalDigitalTransformationVariables.LEARNER_DATA_COMMITMENT.name(), true);
    }
}
