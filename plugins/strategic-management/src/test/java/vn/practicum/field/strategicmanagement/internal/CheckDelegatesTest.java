package vn.practicum.field.strategicmanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_DOCUMENT_LINK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_PROBLEM;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.ANALYSIS_TITLE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_NUMBER;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_SIGNED_ON;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.CONFIDENTIALITY_AGREEMENT_VALID_UNTIL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EVIDENCE_SOURCES;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_ID;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_LEVEL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SPONSOR_TITLE;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXECUTIVE_SUMMARY;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXTERNAL_FINDINGS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.EXTERNAL_FRAMEWORK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.INTERNAL_FINDINGS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.INTERNAL_FRAMEWORK;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.LOWEST_SPONSOR_LEVEL;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.MAXIMUM_SUMMARY_WORDS;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.RECOMMENDATION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.SPONSORSHIP_PROBLEM;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGIC_OPTIONS_COUNT;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGIC_OPTIONS_EVALUATION;
import static vn.practicum.field.strategicmanagement.StrategicManagementVariables.STRATEGY_TOPIC;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' own work: the days and limits they check against, and how bad input or configuration fails. */
class CheckDelegatesTest {

    final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void theAgreementMustBindUntilThePlacementsLastDay() {
        // given: binding until 31 March, the placement ends on 30 April
        sponsorship("DEPUTY_EXECUTIVE", "2026-03-31");
        when(execution.getVariable(PracticumVariables.PLACEMENT_END.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));

        // when / then
        assertThatThrownBy(() -> sponsorshipCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            assertThat(error.getErrorCode()).isEqualTo(SponsorshipCheckDelegate.ERROR_SPONSORSHIP_INVALID);
            assertThat(error.getMessage()).contains("before the placement ends on 2026-04-30");
        });
        verify(execution).setVariable(eq(SPONSORSHIP_PROBLEM.name()), contains("2026-04-30"));
    }

    @Test
    void aSponsorshipInOrder_removesTheProblem() throws Exception {
        // given
        sponsorship("DEPUTY_EXECUTIVE", "2029-01-26");
        when(execution.getVariable(PracticumVariables.PLACEMENT_END.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));

        // when
        sponsorshipCheck().execute(execution);

        // then
        verify(execution).removeVariable(SPONSORSHIP_PROBLEM.name());
        verify(execution, never()).setVariable(eq(SPONSORSHIP_PROBLEM.name()), any());
    }

    @Test
    void theTasksInput_setsTheLowestLevel() throws Exception {
        // given: a cooperative whose heads of department may sponsor
        sponsorship("DEPARTMENT_HEAD", "2029-01-26");
        when(execution.getVariable(LOWEST_SPONSOR_LEVEL.name())).thenReturn("DEPARTMENT_HEAD");

        // when
        sponsorshipCheck().execute(execution);

        // then
        verify(execution).removeVariable(SPONSORSHIP_PROBLEM.name());
    }

    @Test
    void anUnknownLowestLevel_failsTheTask_asAModellingError() {
        // given
        sponsorship("DEPUTY_EXECUTIVE", "2029-01-26");
        when(execution.getVariable(LOWEST_SPONSOR_LEVEL.name())).thenReturn("GIÁM ĐỐC");
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_CheckSponsorship");

        // when / then
        assertThatThrownBy(() -> sponsorshipCheck().execute(execution)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lowestSponsorLevel").hasMessageContaining("ServiceTask_CheckSponsorship");
        verify(execution, never()).setVariable(eq(SPONSORSHIP_PROBLEM.name()), any());
    }

    @Test
    void aLevelOfTheWrongType_isTheHostsProblem_notAnIncident() {
        // given
        sponsorship("DEPUTY_EXECUTIVE", "2029-01-26");
        when(execution.getVariable(EXECUTIVE_SPONSOR_LEVEL.name())).thenReturn(4);

        // when / then
        assertThatThrownBy(() -> sponsorshipCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error ->
                assertThat(error.getMessage()).contains("executiveSponsorLevel", "wrong type"));
    }

    @Test
    void theTasksInput_setsTheSummaryWordLimit() {
        // given: a four-word summary, three allowed
        analysis("Liên doanh đối tác");
        when(execution.getVariable(MAXIMUM_SUMMARY_WORDS.name())).thenReturn("3");

        // when / then
        assertThatThrownBy(() -> analysisCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            assertThat(error.getErrorCode()).isEqualTo(StrategyAnalysisCheckDelegate.ERROR_ANALYSIS_INCOMPLETE);
            assertThat(error.getMessage()).contains("4 words, more than 3");
        });
        verify(execution).setVariable(eq(ANALYSIS_PROBLEM.name()), contains("more than 3"));
    }

    @Test
    void withoutAnInput_threeHundredWordsAreAllowed() throws Exception {
        // given
        analysis("từ ".repeat(300));

        // when
        analysisCheck().execute(execution);

        // then
        verify(execution).removeVariable(ANALYSIS_PROBLEM.name());
    }

    @Test
    void aWordLimitThatIsNotAWholeNumberFromOne_failsTheTask_asAModellingError() {
        for (String configured : new String[] {"ba trăm", "0", "-5"}) {
            analysis("Tóm tắt");
            when(execution.getVariable(MAXIMUM_SUMMARY_WORDS.name())).thenReturn(configured);
            when(execution.getCurrentActivityId()).thenReturn("ServiceTask_CheckStrategyAnalysis");

            assertThatThrownBy(() -> analysisCheck().execute(execution)).as(configured).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maximumSummaryWords");
        }
    }

    private void sponsorship(String level, String validUntil) {
        when(execution.getVariable(PracticumVariables.STUDENT_ID.name())).thenReturn("st-sm-1");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));
        when(execution.getVariable(EXECUTIVE_SPONSOR_ID.name())).thenReturn("pho-tgd.vinatour");
        when(execution.getVariable(EXECUTIVE_SPONSOR_TITLE.name())).thenReturn("Phó Tổng giám đốc");
        when(execution.getVariable(EXECUTIVE_SPONSOR_LEVEL.name())).thenReturn(level);
        when(execution.getVariable(STRATEGY_TOPIC.name())).thenReturn("Mở rộng sang thị trường Hạ Long");
        when(execution.getVariable(CONFIDENTIALITY_AGREEMENT_NUMBER.name())).thenReturn("NDA-2026-017");
        when(execution.getVariable(CONFIDENTIALITY_AGREEMENT_SIGNED_ON.name())).thenReturn("2026-01-26");
        when(execution.getVariable(CONFIDENTIALITY_AGREEMENT_VALID_UNTIL.name())).thenReturn(validUntil);
    }

    private void analysis(String summary) {
        String text = "x".repeat(StrategyAnalysisRules.MIN_SECTION_LENGTH);
        when(execution.getVariable(ANALYSIS_TITLE.name())).thenReturn("Chiến lược Hạ Long");
        when(execution.getVariable(EXTERNAL_FRAMEWORK.name())).thenReturn("PESTEL");
        when(execution.getVariable(EXTERNAL_FINDINGS.name())).thenReturn(text);
        when(execution.getVariable(INTERNAL_FRAMEWORK.name())).thenReturn("VALUE_CHAIN");
        when(execution.getVariable(INTERNAL_FINDINGS.name())).thenReturn(text);
        when(execution.getVariable(STRATEGIC_OPTIONS_COUNT.name())).thenReturn(3L);
        when(execution.getVariable(STRATEGIC_OPTIONS_EVALUATION.name())).thenReturn(text);
        when(execution.getVariable(RECOMMENDATION.name())).thenReturn(text);
        when(execution.getVariable(EVIDENCE_SOURCES.name())).thenReturn("A\nB\nC");
        when(execution.getVariable(EXECUTIVE_SUMMARY.name())).thenReturn(summary);
        when(execution.getVariable(ANALYSIS_DOCUMENT_LINK.name())).thenReturn("https://docs.example.vn/phan-tich");
    }

    private static SponsorshipCheckDelegate sponsorshipCheck() {
        return new SponsorshipCheckDelegate(new SponsorshipRules());
    }

    private static StrategyAnalysisCheckDelegate analysisCheck() {
        return new StrategyAnalysisCheckDelegate(new StrategyAnalysisRules());
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
