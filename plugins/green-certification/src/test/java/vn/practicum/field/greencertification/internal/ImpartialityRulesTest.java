package vn.practicum.field.greencertification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class ImpartialityRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);
    static final String ORGANISATION = "Công ty Xi măng Ví dụ";
    static final String CODE = "0101234567";

    final ImpartialityRules rules = new ImpartialityRules();

    @Test
    void aClearDeclaration_isClear() {
        assertThat(rules.assess(ORGANISATION, CODE, clear(), START).isClear()).isTrue();
    }

    @Test
    void employmentEndedExactlyTwoYearsBefore_isFine_aDayLaterIsAConflict() {
        ImpartialityAssessment twoYears = rules.assess(ORGANISATION, CODE, employedUntil("2024-02-01"), START);
        assertThat(twoYears.isClear()).isTrue();

        ImpartialityAssessment lessThanTwo = rules.assess(ORGANISATION, CODE, employedUntil("2024-02-02"), START);
        assertThat(lessThanTwo.declaration()).isEmpty();
        assertThat(lessThanTwo.conflicts()).extracting(LocalizedText::en).containsExactly(
                "Employment by the organisation ended on 2024-02-02, less than 2 years before the placement starts on 2026-02-01"
                        + " (ISO 14065, ISO/IEC 17029: impartiality)");
    }

    @Test
    void consultancyStillRunning_isAConflict() {
        ImpartialityDeclaration declaration = new ImpartialityDeclaration(CODE, false, null, true, "2026-06-30", false, false,
                true, "2026-01-25");
        assertThat(rules.assess(ORGANISATION, CODE, declaration, START).conflicts()).singleElement()
                .extracting(LocalizedText::en).asString().startsWith("Consultancy for the organisation ended on 2026-06-30");
    }

    @Test
    void aCloseRelativeOrAFinancialInterest_areConflicts() {
        ImpartialityDeclaration declaration = new ImpartialityDeclaration(CODE, false, null, false, null, true, "true", true,
                "2026-01-25");
        assertThat(rules.assess(ORGANISATION, CODE, declaration, START).conflicts()).extracting(LocalizedText::en).containsExactly(
                "A close relative is in the organisation's management or GHG function: a familiarity threat (ISO 14065, impartiality)",
                "A financial interest in the organisation: a self-interest threat (ISO 14065, impartiality)");
    }

    @Test
    void aDeclarationAboutAnotherOrganisation_isIncomplete() {
        ImpartialityDeclaration declaration = new ImpartialityDeclaration("0209876543", false, null, false, null, false, false,
                true, "2026-01-25");
        assertThat(rules.assess(ORGANISATION, CODE, declaration, START).declaration()).extracting(LocalizedText::en).containsExactly(
                "The declaration is about code '0209876543', not the verified organisation Công ty Xi măng Ví dụ (0101234567)");
    }

    @Test
    void declaredOnTheFirstDay_isInTime_theDayAfterIsNot() {
        assertThat(rules.assess(ORGANISATION, CODE, declaredOn("2026-02-01"), START).isClear()).isTrue();
        assertThat(rules.assess(ORGANISATION, CODE, declaredOn("2026-02-02"), START).declaration()).extracting(LocalizedText::en)
                .containsExactly("The declaration is dated 2026-02-02, after the placement starts on 2026-02-01: declare before");
    }

    @Test
    void aRelationshipWithoutItsEndDate_isIncomplete_notAConflict() {
        ImpartialityDeclaration declaration = new ImpartialityDeclaration(CODE, true, " ", false, null, false, false, true, "2026-01-25");
        ImpartialityAssessment assessment = rules.assess(ORGANISATION, CODE, declaration, START);

        assertThat(assessment.declaration()).extracting(LocalizedText::en)
                .containsExactly("Say when it ended: you worked for the organisation");
        assertThat(assessment.conflicts()).isEmpty();
    }

    @Test
    void nothingAnswered_listsEverything() {
        ImpartialityAssessment assessment = rules.assess(ORGANISATION, CODE,
                new ImpartialityDeclaration(null, null, null, null, null, null, null, null, null), START);

        assertThat(assessment.declaration()).extracting(LocalizedText::en).containsExactly(
                "Enter the enterprise code of the organisation you declare about",
                "Not answered: whether you worked for the organisation",
                "Not answered: whether you gave the organisation consultancy (its GHG inventory included)",
                "Not answered: whether a close relative is in the organisation's management or GHG function",
                "Not answered: whether you hold shares, loans or another financial interest in the organisation",
                "Commit to declare any change during the placement",
                "The declaration's date is missing");
        assertThat(assessment.conflicts()).isEmpty();
    }

    @Test
    void answersThatAreNotYesOrNo_areIncomplete() {
        ImpartialityDeclaration declaration = new ImpartialityDeclaration(CODE, "không", null, false, null, 0, false, true, "2026-01-25");
        assertThat(rules.assess(ORGANISATION, CODE, declaration, START).declaration()).extracting(LocalizedText::en).containsExactly(
                "The answer 'không' is not yes or no: whether you worked for the organisation",
                "The answer '0' is not yes or no: whether a close relative is in the organisation's management or GHG function");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01012345", "0101234567-1", "MST0101234567"})
    void anUnusableAssignment_goesBackToTheHost_beforeAnythingElse(String code) {
        ImpartialityAssessment assessment = rules.assess(ORGANISATION, code, clear(), START);

        assertThat(assessment.engagement()).singleElement().extracting(LocalizedText::en).asString()
                .containsIgnoringCase("the verified organisation's enterprise code");
        assertThat(assessment.declaration()).isEmpty();
        assertThat(assessment.conflicts()).isEmpty();
    }

    @Test
    void aBranchCode_isAnEnterpriseCode() {
        ImpartialityDeclaration declaration = new ImpartialityDeclaration("0101234567-001", false, null, false, null, false, false,
                true, "2026-01-25");
        assertThat(rules.assess(ORGANISATION, "0101234567-001", declaration, START).isClear()).isTrue();
    }

    private static ImpartialityDeclaration clear() {
        return declaredOn("2026-01-25");
    }

    private static ImpartialityDeclaration declaredOn(String day) {
        return new ImpartialityDeclaration(CODE, false, null, false, null, false, false, true, day);
    }

    private static ImpartialityDeclaration employedUntil(String day) {
        return new ImpartialityDeclaration(CODE, true, day, false, null, false, false, true, "2026-01-25");
    }
}
