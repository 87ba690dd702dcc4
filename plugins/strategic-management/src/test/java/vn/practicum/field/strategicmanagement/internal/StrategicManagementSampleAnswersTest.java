package vn.practicum.field.strategicmanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample answers are what a diligent host, student and sponsor enter: they pass the field's own checks. */
class StrategicManagementSampleAnswersTest {

    final StrategicManagementSampleAnswers answers = new StrategicManagementSampleAnswers();
    /** Where the demo cohorts and end-to-end tests place a student: the first of next month, for three months. */
    final LocalDate placementStart = LocalDate.now().plusMonths(1).withDayOfMonth(1);

    @ParameterizedTest
    @ValueSource(strings = {"st-sample-1", "st-sample-2", "strategic-management-e2e-001"})
    void theSponsorship_passesTheCheck(String studentId) {
        Map<String, Object> v = answers.answer("Task_NameExecutiveSponsor", studentId);

        assertThat(new SponsorshipRules().problems(new Sponsorship((String) v.get("executiveSponsorId"), (String) v.get("executiveSponsorTitle"),
                        (String) v.get("executiveSponsorLevel"), (String) v.get("strategyTopic"), (String) v.get("confidentialityAgreementNumber"),
                        (String) v.get("confidentialityAgreementSignedOn"), (String) v.get("confidentialityAgreementValidUntil")),
                studentId, SponsorshipCheckDelegate.DEFAULT_LOWEST_LEVEL, placementStart, placementStart.plusMonths(3))).isEmpty();
    }

    @Test
    void theAnalysis_isDeepEnough() {
        Map<String, Object> v = answers.answer("Task_SubmitStrategyAnalysis", "st-sample-1");

        assertThat(new StrategyAnalysisRules().problems(new StrategyAnalysis((String) v.get("analysisTitle"), (String) v.get("externalFramework"),
                (String) v.get("externalFindings"), (String) v.get("internalFramework"), (String) v.get("internalFindings"),
                (Number) v.get("strategicOptionsCount"), (String) v.get("strategicOptionsEvaluation"), (String) v.get("recommendation"),
                (String) v.get("evidenceSources"), (String) v.get("executiveSummary"), (String) v.get("analysisDocumentLink")),
                StrategyAnalysisRules.DEFAULT_MAXIMUM_SUMMARY_WORDS)).isEmpty();
    }

    @Test
    void theStudentDeclaresNoConflict_andThePresentationIsHeldInsideThePlacement() {
        assertThat(answers.answer("Task_AcknowledgeConfidentiality", "st-sample-1")).containsEntry("conflictOfInterestDeclared", false)
                .containsEntry("confidentialityAcknowledged", true);
        LocalDate presented = LocalDate.parse((String) answers.answer("Task_PrepareBoardPresentation", "st-sample-1").get("boardPresentationDate"));
        assertThat(presented).isAfterOrEqualTo(placementStart).isBefore(placementStart.plusMonths(3));
        assertThat(answers.answer("Task_RecordBoardPresentation", "st-sample-1")).containsEntry("presentationHeld", true);
    }

    @Test
    void everyTaskOfTheFragmentsIsAnswered_andOthersAreNot() {
        for (String task : new String[] {"Task_NameExecutiveSponsor", "Task_AcknowledgeConfidentiality", "Task_DecideConflictOfInterest",
                "Task_SubmitStrategyAnalysis", "Task_ReviewStrategyAnalysis", "Task_PrepareBoardPresentation",
                "Task_RecordBoardPresentation", "Task_FinalEvaluation"}) {
            assertThat(answers.answer(task, "st-sample-1")).as(task).isNotEmpty();
        }
        assertThat(answers.answer("Task_SubmitLogbook", "st-sample-1")).isNull();
    }
}
