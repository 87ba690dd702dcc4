package vn.practicum.field.vocationaldigitaltransformation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCESS_PROBLEM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCESS_UNTIL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCOUNT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_COURSE_SHELL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_PLATFORM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ROLE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_URL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.MINIMUM_PILOT_LEARNERS;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ACTIVATION_RATE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ANALYTICS_PROBLEM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ANALYTICS_SUMMARY;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_AVERAGE_SCORE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_COMPLETION_RATE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_ENDED_ON;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_IMPROVEMENT_ACTIONS;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_ACTIVE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_COMPLETED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_LEARNERS_ENROLLED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_SATISFACTION;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.PILOT_STARTED_ON;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' own work: which inputs they read, what they default to, and how a mis-configured task fails. */
class CheckDelegatesTest {

    final Map<String, Object> variables = new HashMap<>();
    final DelegateExecution execution = mock(DelegateExecution.class);

    CheckDelegatesTest() {
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_Under_Test");
        PracticumVariables.PLACEMENT_START.putIn(variables, midnight(LocalDate.of(2026, 2, 1)));
        PracticumVariables.PLACEMENT_END.putIn(variables, midnight(LocalDate.of(2026, 4, 30)));
    }

    @Test
    void lmsAccess_withoutAPlacementEnd_mustReachTheFirstDayOnly() throws Exception {
        // given
        lmsAccess("2026-02-01");
        variables.remove(PracticumVariables.PLACEMENT_END.name());

        // when
        new LmsAccessCheckDelegate(new LmsAccessRules()).execute(execution);

        // then
        verify(execution).removeVariable(LMS_ACCESS_PROBLEM.name());
    }

    @Test
    void lmsAccess_withAPlacementEnd_mustLastToIt() {
        // given
        lmsAccess("2026-02-01");

        // when / then
        assertThatThrownBy(() -> new LmsAccessCheckDelegate(new LmsAccessRules()).execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo(LmsAccessCheckDelegate.ERROR_LMS_ACCESS_INVALID);
                    assertThat(error.getMessage()).contains("2026-04-30");
                });
        verify(execution).setVariable(eq(LMS_ACCESS_PROBLEM.name()), contains("need access to the end"));
    }

    @Test
    void aConsistentPilot_setsTheAdoptionMetrics_atTheDefaultMinimumOfTenLearners() throws Exception {
        // given
        pilot(10, 8, 6);

        // when
        pilotCheck().execute(execution);

        // then
        verify(execution).removeVariable(PILOT_ANALYTICS_PROBLEM.name());
        verify(execution).setVariable(PILOT_ACTIVATION_RATE.name(), 80.0);
        verify(execution).setVariable(PILOT_COMPLETION_RATE.name(), 60.0);

        // and nine learners are too few by default, but enough for a task asking for five
        PILOT_LEARNERS_ENROLLED.putIn(variables, 9);
        assertThatThrownBy(() -> pilotCheck().execute(execution)).isInstanceOf(BpmnError.class)
                .hasMessageContaining("fewer than the minimum of 10");
        MINIMUM_PILOT_LEARNERS.putIn(variables, "5");
        pilotCheck().execute(execution);
    }

    @Test
    void anInconsistentPilot_removesTheMetricsOfAnEarlierReport() {
        // given
        pilot(10, 8, 9);

        // when / then
        assertThatThrownBy(() -> pilotCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error ->
                assertThat(error.getErrorCode()).isEqualTo(PilotAnalyticsCheckDelegate.ERROR_PILOT_ANALYTICS_INVALID));
        verify(execution).removeVariable(PILOT_ACTIVATION_RATE.name());
        verify(execution).removeVariable(PILOT_COMPLETION_RATE.name());
        verify(execution).setVariable(eq(PILOT_ANALYTICS_PROBLEM.name()), contains("more learners completed (9)"));
        verify(execution, never()).setVariable(eq(PILOT_COMPLETION_RATE.name()), any());
    }

    @Test
    void countsTypedAsText_areReadAsNumbers() throws Exception {
        // given: the REST API sends the counts as text
        pilot(10, 8, 6);
        variables.put(PILOT_LEARNERS_ENROLLED.name(), "12");

        // when
        pilotCheck().execute(execution);

        // then
        verify(execution).setVariable(PILOT_COMPLETION_RATE.name(), 50.0);
    }

    @Test
    void aMinimumOfLearnersThatIsNotANumber_failsTheTask_asAModellingError() {
        // given
        pilot(10, 8, 6);
        MINIMUM_PILOT_LEARNERS.putIn(variables, "mười");

        // when / then
        assertThatThrownBy(() -> pilotCheck().execute(execution)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumPilotLearners").hasMessageContaining("ServiceTask_Under_Test");
        verify(execution, never()).setVariable(eq(PILOT_ANALYTICS_PROBLEM.name()), any());
    }

    private void lmsAccess(String until) {
        LMS_PLATFORM.putIn(variables, "Moodle 4.5");
        LMS_URL.putIn(variables, "https://lms.example.edu.vn");
        LMS_ACCOUNT.putIn(variables, "tt.le.van.c");
        LMS_ROLE.putIn(variables, "COURSE_CREATOR");
        LMS_COURSE_SHELL.putIn(variables, "SANDBOX-TT05");
        LMS_ACCESS_UNTIL.putIn(variables, until);
    }

    private void pilot(int enrolled, int active, int completed) {
        PILOT_STARTED_ON.putIn(variables, "2026-03-16");
        PILOT_ENDED_ON.putIn(variables, "2026-04-12");
        PILOT_LEARNERS_ENROLLED.putIn(variables, enrolled);
        PILOT_LEARNERS_ACTIVE.putIn(variables, active);
        PILOT_LEARNERS_COMPLETED.putIn(variables, completed);
        PILOT_AVERAGE_SCORE.putIn(variables, 78.5);
        PILOT_SATISFACTION.putIn(variables, 4.3);
        PILOT_ANALYTICS_SUMMARY.putIn(variables, "Bỏ dở nhiều ở bài 3");
        PILOT_IMPROVEMENT_ACTIONS.putIn(variables, "Chia nhỏ video bài 3");
    }

    private static PilotAnalyticsCheckDelegate pilotCheck() {
        return new PilotAnalyticsCheckDelegate(new PilotAnalyticsRules());
    }

    static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
