package vn.practicum.field.fintech.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
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

/**
 * The sample answers pass the field's own checks, for the placement the demo and end-to-end runs use (from the
 * first of next month, for three months): a diligent student and host are never sent back.
 */
class FintechSampleAnswersTest {

    final FintechSampleAnswers answers = new FintechSampleAnswers();

    @ParameterizedTest
    @ValueSource(strings = {"fintech-e2e-001", "st-ft-s01", "st-ft-s02", "st-ft-s03", "hust-042"})
    void everyCheckPasses_onTheSampleAnswers(String studentId) {
        LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.PLACEMENT_START.putIn(variables, CheckDelegatesTest.midnight(start));
        PracticumVariables.PLACEMENT_END.putIn(variables, CheckDelegatesTest.midnight(start.plusMonths(3)));
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        doAnswer(call -> variables.remove(call.<String>getArgument(0))).when(execution).removeVariable(anyString());

        for (String task : new String[] {"Task_SubmitAmlTrainingAttestation", "Task_GrantSandboxAccess",
                "Task_SubmitExperimentReport", "Task_ReviewExperimentReport", "Task_FinalEvaluation"}) {
            variables.putAll(answers.answer(task, studentId));
        }

        for (JavaDelegate check : new JavaDelegate[] {new AmlTrainingCheckDelegate(new AmlTrainingRules()),
                new SandboxAccessCheckDelegate(new SandboxAccessRules()),
                new ExperimentReportCheckDelegate(new ExperimentReportRules())}) {
            assertThatCode(() -> check.execute(execution)).as(check.getClass().getSimpleName()).doesNotThrowAnyException();
        }
    }
}
