package vn.practicum.field.portoperations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class SafetyCertificateRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);

    final SafetyCertificateRules rules = new SafetyCertificateRules();

    @ParameterizedTest(name = "group {1} for {0}: allowed {2}")
    @CsvSource({
            "QUAY_AND_YARD, 3, true", "QUAY_AND_YARD, 4, false", "QUAY_AND_YARD, 1, false", "QUAY_AND_YARD, 2, false",
            "QUAY_AND_YARD, 5, false", "QUAY_AND_YARD, 6, false",
            "CONTROL_CENTRE, 3, true", "CONTROL_CENTRE, 4, true", "CONTROL_CENTRE, 1, false", "CONTROL_CENTRE, 6, false"})
    void theTrainingGroup_mustFitTheWorkArea(String area, String group, boolean allowed) {
        List<LocalizedText> problems = rules.problems(area, certificate(group, "2026-01-10", "2027-01-10"), START);

        if (allowed) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().extracting(LocalizedText::en).asString()
                    .startsWith("Occupational-safety training certificate: training of group " + group).contains("does not fit work at the");
        }
    }

    @Test
    void validUntilThePlacementsFirstDay_isEnough() {
        assertThat(rules.problems("QUAY_AND_YARD", certificate("3", "2024-02-01", "2026-02-01"), START)).isEmpty();
    }

    @Test
    void validUntilTheDayBefore_isExpired() {
        assertThat(rules.problems("QUAY_AND_YARD", certificate("3", "2024-01-31", "2026-01-31"), START)).singleElement()
                .extracting(LocalizedText::en).asString().isEqualTo("Occupational-safety training certificate: the certificate"
                        + " expired on 2026-01-31, before the placement starts on 2026-02-01: periodic training is due");
    }

    @Test
    void trainingCompletedOnTheFirstDay_isInTime_butNotTheDayAfter() {
        assertThat(rules.problems("CONTROL_CENTRE", certificate("4", "2026-02-01", "2027-02-01"), START)).isEmpty();
        assertThat(rules.problems("CONTROL_CENTRE", certificate("4", "2026-02-02", "2027-02-02"), START)).singleElement()
                .extracting(LocalizedText::en).asString()
                .endsWith("the training was completed on 2026-02-02, after work starts on 2026-02-01: training comes first");
    }

    @Test
    void aGroup3Card_runsTwoYears_aGroup4Training_oneYear() {
        assertThat(rules.problems("QUAY_AND_YARD", certificate("3", "2026-01-10", "2028-01-10"), START)).isEmpty();
        assertThat(rules.problems("QUAY_AND_YARD", certificate("3", "2026-01-10", "2028-01-11"), START)).singleElement()
                .extracting(LocalizedText::en).asString().endsWith("is more than 2 years after the training on 2026-01-10:"
                        + " group 3 (work with strict occupational-safety requirements) is retrained every 2 years");
        assertThat(rules.problems("CONTROL_CENTRE", certificate("4", "2026-01-10", "2027-01-10"), START)).isEmpty();
        assertThat(rules.problems("CONTROL_CENTRE", certificate("4", "2026-01-10", "2027-01-11"), START)).singleElement()
                .extracting(LocalizedText::en).asString().contains("is more than 1 year after the training", "is retrained every year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/12/2026", "2026-02-30", "2026-13-01", "tomorrow"})
    void malformedOrImpossibleDates_areAProblemNamingTheFormat(String validUntil) {
        assertThat(rules.problems("QUAY_AND_YARD", certificate("3", "2026-01-10", validUntil), START)).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.vi()).contains("không phải ngày hợp lệ theo định dạng yyyy-MM-dd");
                    assertThat(problem.en()).contains("'" + validUntil + "'", "yyyy-MM-dd");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"??", "AB", "ATLĐ", "/125/2025", "125 2025"})
    void numbersInNoSaneFormat_areRefused(String number) {
        SafetyCertificate certificate = new SafetyCertificate("3", number, "Trung tâm HLAT Hải Phòng", "2026-01-10", "2028-01-10");
        assertThat(rules.problems("QUAY_AND_YARD", certificate, START)).singleElement().extracting(LocalizedText::en).asString()
                .contains("is not valid");
    }

    @Test
    void vietnameseLettersInTheNumber_areFine() {
        SafetyCertificate certificate = new SafetyCertificate("3", "125/2025/ATLĐ-N3", "Trung tâm HLAT Hải Phòng", "2026-01-10", "2028-01-10");
        assertThat(rules.problems("QUAY_AND_YARD", certificate, START)).isEmpty();
    }

    @Test
    void nothingEntered_listsEverything_inOrder() {
        assertThat(rules.problems(null, new SafetyCertificate(null, null, null, null, null), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Work area: the host has not set the work area",
                        "Occupational-safety training certificate: the training group (1–6) is missing",
                        "Occupational-safety training certificate: the certificate number is missing",
                        "Occupational-safety training certificate: the training organisation is missing",
                        "Occupational-safety training certificate: the training completion date is missing",
                        "Occupational-safety training certificate: the valid-until date is missing");
    }

    @Test
    void unknownCodes_areProblems_notExceptions() {
        assertThat(rules.problems("WAREHOUSE", certificate("7", "2026-01-10", "2027-01-10"), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Work area: the area 'WAREHOUSE' is not valid (QUAY_AND_YARD, CONTROL_CENTRE)",
                        "Occupational-safety training certificate: group '7' is not one of the 6 groups of Decree 44/2016/ND-CP");
    }

    private static SafetyCertificate certificate(String group, String completedOn, String validUntil) {
        return new SafetyCertificate(group, "125/2025/ATLĐ-N" + group, "Trung tâm Huấn luyện an toàn lao động Hải Phòng",
                completedOn, validUntil);
    }
}
