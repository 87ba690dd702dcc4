package vn.practicum.field.strategicmanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class SponsorshipRulesTest {

    static final LocalDate STARTS = LocalDate.of(2026, 2, 1);
    static final LocalDate ENDS = LocalDate.of(2026, 4, 30);
    static final SponsorLevel LOWEST = SponsorLevel.FUNCTIONAL_DIRECTOR;

    final SponsorshipRules rules = new SponsorshipRules();

    @ParameterizedTest
    @EnumSource(value = SponsorLevel.class, names = {"FUNCTIONAL_DIRECTOR", "DEPUTY_EXECUTIVE", "CHIEF_EXECUTIVE", "BOARD_MEMBER"})
    void aFunctionalDirectorOrAbove_canSponsor(SponsorLevel level) {
        assertThat(problems(sponsorship("pho-tgd.vinatour", level.name(), "2026-01-26", "2029-01-26"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SponsorLevel.class, names = {"LINE_MANAGER", "DEPARTMENT_HEAD"})
    void belowAFunctionalDirector_cannot(SponsorLevel level) {
        assertThat(problems(sponsorship("tp.vinatour", level.name(), "2026-01-26", "2029-01-26"))).singleElement()
                .extracting(LocalizedText::en).asString().endsWith("cannot sponsor a strategy assignment:"
                        + " Functional director (finance, strategy, sales...) or above is needed");
    }

    @Test
    void aSmallHostAcceptingHeadsOfDepartment_letsOneSponsor_butNotALineManager() {
        assertThat(rules.problems(sponsorship("tp.htx", "DEPARTMENT_HEAD", "2026-01-26", "2029-01-26"), "st-1",
                SponsorLevel.DEPARTMENT_HEAD, STARTS, ENDS)).isEmpty();
        assertThat(rules.problems(sponsorship("tn.htx", "LINE_MANAGER", "2026-01-26", "2029-01-26"), "st-1",
                SponsorLevel.DEPARTMENT_HEAD, STARTS, ENDS)).hasSize(1);
    }

    @Test
    void signedOnThePlacementsFirstDay_isInTime_aDayLaterIsNot() {
        assertThat(problems(sponsorship("ceo.vinatour", "CHIEF_EXECUTIVE", "2026-02-01", "2029-01-26"))).isEmpty();
        assertThat(problems(sponsorship("ceo.vinatour", "CHIEF_EXECUTIVE", "2026-02-02", "2029-01-26"))).extracting(LocalizedText::en)
                .containsExactly("Confidentiality agreement: signed on 2026-02-02, after the placement starts on 2026-02-01:"
                        + " it must be signed before the student sees anything");
    }

    @Test
    void bindingUntilThePlacementsLastDay_isEnough_aDayShortIsNot() {
        assertThat(problems(sponsorship("ceo.vinatour", "CHIEF_EXECUTIVE", "2026-01-26", "2026-04-30"))).isEmpty();
        assertThat(problems(sponsorship("ceo.vinatour", "CHIEF_EXECUTIVE", "2026-01-26", "2026-04-29"))).extracting(LocalizedText::vi)
                .containsExactly("Thỏa thuận bảo mật: hết hiệu lực ngày 2026-04-29, trước ngày kết thúc thực tập 2026-04-30");
    }

    @Test
    void withoutAPlacementEnd_theAgreementMustBindOnTheFirstDay() {
        assertThat(rules.problems(sponsorship("ceo.vinatour", "CHIEF_EXECUTIVE", "2026-01-26", "2026-02-01"), "st-1", LOWEST, STARTS, null))
                .isEmpty();
        assertThat(rules.problems(sponsorship("ceo.vinatour", "CHIEF_EXECUTIVE", "2026-01-26", "2026-01-31"), "st-1", LOWEST, STARTS, null))
                .hasSize(1);
    }

    @Test
    void anAgreementEndingBeforeItWasSigned_isInconsistent() {
        assertThat(problems(sponsorship("ceo.vinatour", "CHIEF_EXECUTIVE", "2026-01-26", "2026-01-20"))).extracting(LocalizedText::en)
                .contains("Confidentiality agreement: the end date 2026-01-20 is before the signing date 2026-01-26");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nguyễn.văn.a", "a b", ".ceo", "ceo@vinatour.vn", "<script>"})
    void userIdsTheEngineWouldRefuse_areRefused(String id) {
        assertThat(problems(sponsorship(id, "CHIEF_EXECUTIVE", "2026-01-26", "2029-01-26"))).singleElement()
                .extracting(LocalizedText::en).asString().contains("is not valid (letters, digits");
    }

    @Test
    void theStudent_cannotSponsorThemselves() {
        assertThat(rules.problems(sponsorship("st-1", "CHIEF_EXECUTIVE", "2026-01-26", "2029-01-26"), "st-1", LOWEST, STARTS, ENDS))
                .extracting(LocalizedText::en).containsExactly("Executive sponsor: the student cannot be their own sponsor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"26/01/2026", "2026-02-30", "tháng 1"})
    void malformedDates_areProblemsNamingTheFormat(String day) {
        assertThat(problems(sponsorship("ceo.vinatour", "CHIEF_EXECUTIVE", day, "2029-01-26"))).singleElement()
                .extracting(LocalizedText::en).asString().contains("'" + day + "'", "yyyy-MM-dd");
    }

    @Test
    void nothingEntered_listsEverything() {
        List<LocalizedText> problems = problems(new Sponsorship(null, " ", null, "", null, null, null));

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "Executive sponsor: no sponsor is named (user id)",
                "Executive sponsor: the position is missing",
                "Executive sponsor: the management level is missing",
                "Executive sponsor: the strategic question for the student is missing",
                "Confidentiality agreement: the agreement number is missing",
                "Confidentiality agreement: the signing date is missing",
                "Confidentiality agreement: the end date is missing");
    }

    @Test
    void anUnknownLevel_orANumberInNoSaneFormat_areRefused() {
        Sponsorship sponsorship = new Sponsorship("ceo.vinatour", "Tổng giám đốc", "PRESIDENT", "Mở rộng thị trường", "NDA",
                "2026-01-26", "2029-01-26");
        assertThat(problems(sponsorship)).extracting(LocalizedText::en).containsExactly(
                "Executive sponsor: the management level 'PRESIDENT' is not one we know",
                "Confidentiality agreement: the number 'NDA' is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)");
    }

    @Test
    void theFormsUserIdPattern_acceptsExactlyWhatTheRulesAccept() throws Exception {
        com.fasterxml.jackson.databind.JsonNode form;
        try (var in = getClass().getClassLoader().getResourceAsStream(
                "practicum/fields/strategic-management/strategic-management-name-executive-sponsor.form")) {
            form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        String pattern = form.path("components").findValues("pattern").get(0).asText();
        for (String id : List.of("pho-tgd.vinatour", "ceo", "a:b_c-d.e", "nguyễn.văn.a", "a b", ".ceo", "ceo@vinatour.vn", "x".repeat(65))) {
            assertThat(java.util.regex.Pattern.compile(pattern).matcher(id).matches()).as(id)
                    .isEqualTo(SponsorshipRules.USER_ID.matcher(id).matches());
        }
    }

    private List<LocalizedText> problems(Sponsorship sponsorship) {
        return rules.problems(sponsorship, "st-1", LOWEST, STARTS, ENDS);
    }

    private static Sponsorship sponsorship(String id, String level, String signedOn, String validUntil) {
        return new Sponsorship(id, "Phó Tổng giám đốc", level, "Có nên mở rộng sang thị trường Hạ Long không?", "NDA-2026-017",
                signedOn, validUntil);
    }
}
