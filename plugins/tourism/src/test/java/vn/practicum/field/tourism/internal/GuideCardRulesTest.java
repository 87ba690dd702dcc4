package vn.practicum.field.tourism.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

class GuideCardRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);

    final GuideCardRules rules = new GuideCardRules();

    @ParameterizedTest(name = "{0} card for {1} tours: allowed {2}")
    @CsvSource({
            "INTERNATIONAL, INTERNATIONAL, true", "INTERNATIONAL, DOMESTIC, true", "INTERNATIONAL, ON_SITE, true",
            "DOMESTIC, INTERNATIONAL, false", "DOMESTIC, DOMESTIC, true", "DOMESTIC, ON_SITE, true",
            "ON_SITE, INTERNATIONAL, false", "ON_SITE, DOMESTIC, false", "ON_SITE, ON_SITE, true"})
    void aCardCoversTheScopesOfTheLawOnTourism(String card, String scope, boolean allowed) {
        List<LocalizedText> problems = rules.problems(scope, ownCard(card, "2027-01-31"), START);

        if (allowed) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().extracting(LocalizedText::en).asString()
                    .matches("The student's tour-guide card: an? " + card.toLowerCase().replace('_', '-') + " tour-guide card does not cover .*")
                    .contains("Art. 58");
        }
    }

    @Test
    void validUntilThePlacementsFirstDay_isEnough() {
        assertThat(rules.problems("DOMESTIC", ownCard("DOMESTIC", "2026-02-01"), START)).isEmpty();
    }

    @Test
    void validUntilTheDayBefore_isExpired() {
        assertThat(rules.problems("DOMESTIC", ownCard("DOMESTIC", "2026-01-31"), START)).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).isEqualTo("Thẻ hướng dẫn viên của sinh viên: thẻ đã hết hạn ngày 2026-01-31,"
                    + " trước ngày bắt đầu thực tập 2026-02-01");
            assertThat(problem.en()).isEqualTo("The student's tour-guide card: the card expired on 2026-01-31,"
                    + " before the placement starts on 2026-02-01");
        });
    }

    @Test
    void aFiveYearCard_cannotRunMoreThanFiveYearsPastTheStart() {
        assertThat(rules.problems("DOMESTIC", ownCard("DOMESTIC", "2031-02-01"), START)).isEmpty();
        assertThat(rules.problems("DOMESTIC", ownCard("DOMESTIC", "2031-02-02"), START)).singleElement()
                .extracting(LocalizedText::en).asString().contains("beyond the card's 5-year term");
    }

    @Test
    void anOnSiteCard_hasNoTerm_butAGivenDateMustNotBePast() {
        assertThat(rules.problems("ON_SITE", ownCard("ON_SITE", null), START)).isEmpty();
        assertThat(rules.problems("ON_SITE", ownCard("ON_SITE", "2040-01-01"), START)).isEmpty();
        assertThat(rules.problems("ON_SITE", ownCard("ON_SITE", "2026-01-31"), START)).singleElement()
                .extracting(LocalizedText::en).asString().contains("expired on 2026-01-31");
    }

    @Test
    void internationalAndDomesticCards_needTheirValidUntilDate() {
        assertThat(rules.problems("DOMESTIC", ownCard("INTERNATIONAL", " "), START)).extracting(LocalizedText::en)
                .containsExactly("The student's tour-guide card: the card's valid-until date is missing");
    }

    @Test
    void aShadowingLetter_fromAnInternationalGuide_coversInternationalTours() {
        assertThat(rules.problems("INTERNATIONAL", letter("INTERNATIONAL", "15/2026/QĐ-STR", "2026-01-20"), START)).isEmpty();
    }

    @Test
    void aShadowingLetter_datedOnTheFirstDay_isInTime_butNotTheDayAfter() {
        assertThat(rules.problems("DOMESTIC", letter("DOMESTIC", "15/2026/QĐ-STR", "2026-02-01"), START)).isEmpty();
        assertThat(rules.problems("DOMESTIC", letter("DOMESTIC", "15/2026/QĐ-STR", "2026-02-02"), START))
                .extracting(LocalizedText::en).containsExactly("Shadowing assignment letter: the letter is dated 2026-02-02,"
                        + " after the placement starts on 2026-02-01: it must exist before");
    }

    @Test
    void aShadowingLetter_namesTheShadowedGuidesCard_inItsProblems() {
        assertThat(rules.problems("INTERNATIONAL", letter("DOMESTIC", "15/2026/QĐ-STR", "2026-01-20"), START))
                .extracting(LocalizedText::vi).containsExactly("Thẻ của hướng dẫn viên kèm cặp: thẻ hướng dẫn viên du lịch nội địa"
                        + " không được hướng dẫn tour cho khách du lịch quốc tế (Luật Du lịch 2017, Điều 58)");
    }

    @Test
    void aShadowingLetter_withoutNumberOrDate_isRefused() {
        assertThat(rules.problems("DOMESTIC", letter("DOMESTIC", null, null), START)).extracting(LocalizedText::en)
                .containsExactly("Shadowing assignment letter: the letter number is missing",
                        "Shadowing assignment letter: the letter's date is missing");
    }

    @Test
    void anOwnCard_ignoresLetterFields() {
        GuideCredentials card = new GuideCredentials("OWN_CARD", "DOMESTIC", "279123456", "2027-01-31", "??", "not a date");
        assertThat(rules.problems("DOMESTIC", card, START)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567890123", "27912345A", "279-123-456", "số 279"})
    void cardNumbersThatAreNot6To12Digits_areRefused(String number) {
        GuideCredentials card = new GuideCredentials("OWN_CARD", "DOMESTIC", number, "2027-01-31", null, null);
        assertThat(rules.problems("DOMESTIC", card, START)).singleElement().extracting(LocalizedText::en).asString()
                .contains("is not valid (6–12 digits)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/12/2026", "2026-02-30", "2026-13-01", "tomorrow", "20261231"})
    void malformedOrImpossibleDates_areAProblemNamingTheFormat(String validUntil) {
        assertThat(rules.problems("DOMESTIC", ownCard("DOMESTIC", validUntil), START)).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).contains("không phải ngày hợp lệ theo định dạng yyyy-MM-dd");
            assertThat(problem.en()).contains("'" + validUntil + "'", "is not a valid date in the format yyyy-MM-dd");
        });
    }

    @Test
    void nothingEntered_listsEverything_inOrder() {
        List<LocalizedText> problems = rules.problems(null, new GuideCredentials(null, null, null, null, null, null), START);

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "Tour scope: the host has not set the tour scope",
                "Guiding credential: choose the student's own card or a shadowing assignment letter",
                "The tour-guide card: the card kind is missing",
                "The tour-guide card: the card number is missing",
                "The tour-guide card: the card's valid-until date is missing");
        assertThat(Problems.describe(problems).lines()).hasSize(5).allMatch(line -> line.contains(" / "));
    }

    @Test
    void unknownCodes_areProblems_notExceptions() {
        assertThat(rules.problems("SPACE", new GuideCredentials("BORROWED", "GOLD", "279123456", "2027-01-31", null, null), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Tour scope: the scope 'SPACE' is not valid (INTERNATIONAL, DOMESTIC, ON_SITE)",
                        "Guiding credential: the credential 'BORROWED' is not valid",
                        "The tour-guide card: the card kind 'GOLD' is not valid");
    }

    @Test
    void theFormsCardNumberPattern_acceptsExactlyWhatTheRulesAccept() throws Exception {
        String pattern;
        try (var form = getClass().getClassLoader().getResourceAsStream(
                "practicum/fields/tourism/tourism-submit-guide-credentials.form")) {
            pattern = new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).path("components").findValues("pattern")
                    .get(0).asText();
        }
        for (String number : List.of("279123456", "123456", "123456789012", "12345", "1234567890123", "27912345A", " 279")) {
            assertThat(java.util.regex.Pattern.compile(pattern).matcher(number).matches()).as(number)
                    .isEqualTo(GuideCardRules.CARD_NUMBER.matcher(number).matches());
        }
    }

    private static GuideCredentials ownCard(String kind, String validUntil) {
        return new GuideCredentials("OWN_CARD", kind, "279123456", validUntil, null, null);
    }

    private static GuideCredentials letter(String kind, String number, String issuedOn) {
        return new GuideCredentials("SHADOWING_LETTER", kind, "179012345", "2028-05-31", number, issuedOn);
    }
}
