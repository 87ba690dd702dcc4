package vn.practicum.field.tourism.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class LanguageLevelRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);

    final LanguageLevelRules rules = new LanguageLevelRules();

    @ParameterizedTest
    @ValueSource(strings = {"A1", "A2", "B1"})
    void levelsBelowB2_areRefused(String level) {
        assertThat(rules.problems("en", english(level, "2027-01-31"), CefrLevel.B2, START)).singleElement()
                .extracting(LocalizedText::en).asString()
                .isEqualTo("Foreign-language certificate: level " + level + " is below the B2 needed to guide international"
                        + " tourists (Circular 06/2017/TT-BVHTTDL)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"B2", "C1", "C2", "b2", " C1 "})
    void b2AndAbove_areAccepted(String level) {
        assertThat(rules.problems("en", english(level, "2027-01-31"), CefrLevel.B2, START)).isEmpty();
    }

    @Test
    void b1_isNamedWithVietnamsSixLevelFramework() {
        assertThat(rules.problems("en", english("B1", "2027-01-31"), CefrLevel.B2, START)).singleElement()
                .extracting(LocalizedText::vi).asString().contains("trình độ B1 (bậc 3/6) thấp hơn mức tối thiểu B2 (bậc 4/6)");
    }

    @Test
    void aHostAskingC1_refusesB2() {
        assertThat(rules.problems("en", english("B2", "2027-01-31"), CefrLevel.C1, START)).singleElement()
                .extracting(LocalizedText::en).asString().contains("level B2 is below the C1");
        assertThat(rules.problems("en", english("C1", "2027-01-31"), CefrLevel.C1, START)).isEmpty();
    }

    @Test
    void aMinimumBelowB2_isAModellingError() {
        assertThatThrownBy(() -> rules.problems("en", english("B1", "2027-01-31"), CefrLevel.B1, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B2");
    }

    @Test
    void theCefrScaleIsOrdered() {
        assertThat(CefrLevel.values()).containsExactly(CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1, CefrLevel.C2);
        assertThat(CefrLevel.B2.isAtLeast(CefrLevel.B2)).isTrue();
        assertThat(CefrLevel.B1.isAtLeast(CefrLevel.B2)).isFalse();
        assertThat(CefrLevel.C2.vietnameseLevel()).isEqualTo(6);
    }

    @Test
    void validUntilThePlacementsFirstDay_isEnough_theDayBeforeIsExpired() {
        assertThat(rules.problems("en", english("B2", "2026-02-01"), CefrLevel.B2, START)).isEmpty();
        assertThat(rules.problems("en", english("B2", "2026-01-31"), CefrLevel.B2, START)).extracting(LocalizedText::en)
                .containsExactly("Foreign-language certificate: the certificate expired on 2026-01-31, before the placement starts on 2026-02-01");
    }

    @Test
    void theCertificateMustBeInTheToursLanguage() {
        assertThat(rules.problems("ja", english("C1", "2027-01-31"), CefrLevel.B2, START)).extracting(LocalizedText::en)
                .containsExactly("Foreign-language certificate: the certificate is in English but the tours are guided in Japanese");
    }

    @Test
    void anUnknownLevelOrLanguage_isAProblem_notAnException() {
        LanguageCertificate certificate = new LanguageCertificate("xx", "IELTS 6.5", "IELTS-25VN001234", "British Council", "2027-01-31");

        assertThat(rules.problems("en", certificate, CefrLevel.B2, START)).extracting(LocalizedText::en).containsExactly(
                "Foreign-language certificate: the language 'xx' is not one the programme knows",
                "Foreign-language certificate: the level 'IELTS 6.5' is not a CEFR level (A1, A2, B1, B2, C1, C2)");
    }

    @Test
    void nothingEntered_andNoTourLanguage_listsEverything() {
        assertThat(rules.problems(null, new LanguageCertificate(null, null, null, null, null), CefrLevel.B2, START))
                .extracting(LocalizedText::en).containsExactly(
                        "International tours: the host has not chosen the tours' language",
                        "Foreign-language certificate: the certificate's language is missing",
                        "Foreign-language certificate: the level (A1–C2) is missing",
                        "Foreign-language certificate: the certificate number is missing",
                        "Foreign-language certificate: the issuer is missing",
                        "Foreign-language certificate: the valid-until date is missing");
    }

    @Test
    void aMalformedDate_isAProblemNamingTheFormat() {
        assertThat(rules.problems("en", english("B2", "30/09/2027"), CefrLevel.B2, START)).singleElement()
                .extracting(LocalizedText::en).asString().contains("'30/09/2027'", "yyyy-MM-dd");
    }

    private static LanguageCertificate english(String level, String validUntil) {
        return new LanguageCertificate("en", level, "VSTEP-2025-08812", "Trường Đại học Hà Nội", validUntil);
    }
}
