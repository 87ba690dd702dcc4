package vn.practicum.field.tourism.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.tourism.TourismVariables.CREDENTIALS_VALID_ON;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_KIND;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_VALID_UNTIL;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CREDENTIAL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.MINIMUM_FEEDBACK_RESPONSES;
import static vn.practicum.field.tourism.TourismVariables.MINIMUM_LANGUAGE_LEVEL;
import static vn.practicum.field.tourism.TourismVariables.TOUR_SCOPE;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' own work: which day credentials must be valid on, and how a mis-configured task fails. */
class CheckDelegatesTest {

    final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void theCard_isCheckedAgainstTheTasksInput_whenItHasOne() {
        // given: valid until 31 March; the input asks for validity on 30 April (the placement's end)
        domesticCardValidUntil("2026-03-31");
        when(execution.getVariable(CREDENTIALS_VALID_ON.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when / then
        assertThatThrownBy(() -> new GuideCardCheckDelegate(new GuideCardRules()).execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo(GuideCardCheckDelegate.ERROR_GUIDE_CARD_INVALID);
                    assertThat(error.getMessage()).contains("2026-04-30");
                });
        verify(execution).setVariable(eq(GUIDE_CARD_PROBLEM.name()), contains("2026-04-30"));
    }

    @Test
    void theCard_isCheckedAgainstThePlacementStart_withoutAnInput() throws Exception {
        // given
        domesticCardValidUntil("2026-03-31");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when
        new GuideCardCheckDelegate(new GuideCardRules()).execute(execution);

        // then
        verify(execution).removeVariable(GUIDE_CARD_PROBLEM.name());
        verify(execution, never()).setVariable(eq(GUIDE_CARD_PROBLEM.name()), any());
    }

    @Test
    void theLanguageCheck_withoutACertificate_throwsTheBpmnErrorTheFragmentCatches() {
        // given
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when / then
        assertThatThrownBy(() -> new LanguageLevelCheckDelegate(new LanguageLevelRules()).execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error ->
                        assertThat(error.getErrorCode()).isEqualTo(LanguageLevelCheckDelegate.ERROR_LANGUAGE_LEVEL_INSUFFICIENT));
        verify(execution).setVariable(eq(LANGUAGE_PROBLEM.name()), contains("the level (A1–C2) is missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"B1", "A2", "IELTS", "4"})
    void aMinimumLanguageLevelBelowB2OrUnknown_failsTheTask_asAModellingError(String configured) {
        // given
        when(execution.getVariable(MINIMUM_LANGUAGE_LEVEL.name())).thenReturn(configured);
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_CheckLanguageLevel");

        // when / then
        assertThatThrownBy(() -> new LanguageLevelCheckDelegate(new LanguageLevelRules()).execute(execution))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumLanguageLevel").hasMessageContaining("ServiceTask_CheckLanguageLevel");
        verify(execution, never()).setVariable(eq(LANGUAGE_PROBLEM.name()), any());
    }

    @Test
    void noMinimumLanguageLevel_meansB2() {
        assertThat(LanguageLevelCheckDelegate.minimumLevel(execution)).isEqualTo(CefrLevel.B2);
        when(execution.getVariable(MINIMUM_LANGUAGE_LEVEL.name())).thenReturn("C1");
        assertThat(LanguageLevelCheckDelegate.minimumLevel(execution)).isEqualTo(CefrLevel.C1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "năm", "-3"})
    void aMinimumOfResponsesOutsideOneToAThousand_failsTheTask_asAModellingError(String configured) {
        // given
        when(execution.getVariable(MINIMUM_FEEDBACK_RESPONSES.name())).thenReturn(configured);
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_CheckCustomerFeedback");

        // when / then
        assertThatThrownBy(() -> new CustomerFeedbackCheckDelegate(new CustomerFeedbackRules()).execute(execution))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumFeedbackResponses").hasMessageContaining("ServiceTask_CheckCustomerFeedback");
        verify(execution, never()).setVariable(eq(FEEDBACK_PROBLEM.name()), any());
    }

    @Test
    void noMinimumOfResponses_meansFive() {
        assertThat(CustomerFeedbackCheckDelegate.minimumResponses(execution)).isEqualTo(5);
    }

    private void domesticCardValidUntil(String validUntil) {
        when(execution.getVariable(TOUR_SCOPE.name())).thenReturn("DOMESTIC");
        when(execution.getVariable(GUIDE_CREDENTIAL.name())).thenReturn("OWN_CARD");
        when(execution.getVariable(GUIDE_CARD_KIND.name())).thenReturn("DOMESTIC");
        when(execution.getVariable(GUIDE_CARD_NUMBER.name())).thenReturn("279123456");
        when(execution.getVariable(GUIDE_CARD_VALID_UNTIL.name())).thenReturn(validUntil);
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
