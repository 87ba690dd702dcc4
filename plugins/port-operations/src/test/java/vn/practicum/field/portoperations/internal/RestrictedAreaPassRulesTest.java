package vn.practicum.field.portoperations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.practicum.engine.spi.LocalizedText;

class RestrictedAreaPassRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);

    final RestrictedAreaPassRules rules = new RestrictedAreaPassRules();

    @ParameterizedTest(name = "a {1} pass for {0} work: allowed {2}")
    @CsvSource({
            "QUAY_AND_YARD, QUAY_AND_YARD, true", "QUAY_AND_YARD, CONTROL_CENTRE, false", "QUAY_AND_YARD, ALL_OPERATIONAL_AREAS, true",
            "CONTROL_CENTRE, CONTROL_CENTRE, true", "CONTROL_CENTRE, QUAY_AND_YARD, false", "CONTROL_CENTRE, ALL_OPERATIONAL_AREAS, true"})
    void thePass_mustOpenTheWorkArea(String area, String zone, boolean allowed) {
        SecurityInduction induction = new SecurityInduction("2026-01-26", "TV-KVHC-0412", zone, "2026-01-27", "2026-04-30");

        assertThat(rules.problems(area, induction, START).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void inductionAndPassOnThePlacementsFirstDay_areInTime() {
        assertThat(rules.problems("QUAY_AND_YARD", induction("2026-02-01", "2026-02-01", "2026-04-30"), START)).isEmpty();
    }

    @Test
    void inductionOrPassAfterTheFirstDay_areLate() {
        assertThat(rules.problems("QUAY_AND_YARD", induction("2026-02-02", "2026-02-02", "2026-04-30"), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Port-security induction: the induction on 2026-02-02 is after the placement starts on 2026-02-01",
                        "Restricted-area pass: the pass was issued on 2026-02-02, after the placement starts on 2026-02-01");
    }

    @Test
    void aPassIssuedTheDayBeforeTheInduction_isRefused_onTheSameDayIsFine() {
        assertThat(rules.problems("QUAY_AND_YARD", induction("2026-01-27", "2026-01-26", "2026-04-30"), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Restricted-area pass: the pass was issued on 2026-01-26, before the security induction (2026-01-27)");
        assertThat(rules.problems("QUAY_AND_YARD", induction("2026-01-27", "2026-01-27", "2026-04-30"), START)).isEmpty();
    }

    @Test
    void validUntilTheFirstDay_isEnough_theDayBeforeIsExpired() {
        assertThat(rules.problems("QUAY_AND_YARD", induction("2026-01-20", "2026-01-20", "2026-02-01"), START)).isEmpty();
        assertThat(rules.problems("QUAY_AND_YARD", induction("2026-01-20", "2026-01-20", "2026-01-31"), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Restricted-area pass: the pass expired on 2026-01-31, before the placement starts on 2026-02-01");
    }

    @Test
    void aPassValidOnlyOnItsIssueDay_isRefused() {
        assertThat(rules.problems("QUAY_AND_YARD", induction("2026-02-01", "2026-02-01", "2026-02-01"), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Restricted-area pass: the valid-until date 2026-02-01 is not after the issue date 2026-02-01");
    }

    @Test
    void nothingEntered_listsEverything() {
        assertThat(rules.problems("QUAY_AND_YARD", new SecurityInduction(null, null, null, null, null), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Port-security induction: the induction date is missing",
                        "Restricted-area pass: the pass number is missing",
                        "Restricted-area pass: the areas it opens are missing",
                        "Restricted-area pass: the issue date is missing",
                        "Restricted-area pass: the pass's valid-until date is missing");
    }

    @Test
    void malformedDates_andUnknownZones_areProblems() {
        SecurityInduction induction = new SecurityInduction("26/01/2026", "TV-KVHC-0412", "EVERYWHERE", "2026-01-27", "2026-02-30");
        assertThat(rules.problems("QUAY_AND_YARD", induction, START)).extracting(LocalizedText::en).containsExactly(
                "Port-security induction: the date '26/01/2026' is not a valid date in the format yyyy-MM-dd",
                "Restricted-area pass: the zone 'EVERYWHERE' is not valid",
                "Restricted-area pass: the date '2026-02-30' is not a valid date in the format yyyy-MM-dd");
    }

    @Test
    void withoutAWorkArea_thePassCannotBeMatched() {
        assertThat(rules.problems(null, induction("2026-01-26", "2026-01-27", "2026-04-30"), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Restricted-area pass: the student's work area is not set, so the pass cannot be matched to it");
    }

    private static SecurityInduction induction(String inductedOn, String issuedOn, String validUntil) {
        return new SecurityInduction(inductedOn, "TV-KVHC-2026-0412", "QUAY_AND_YARD", issuedOn, validUntil);
    }
}
