package vn.practicum.field.fintech.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

class AmlTrainingRulesTest {

    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);

    final AmlTrainingRules rules = new AmlTrainingRules();

    @Test
    void aCompleteAttestation_hasNoProblems() {
        assertThat(rules.problems(attestation("2026-01-20", "2027-01-19", 92), PLACEMENT_START, 80)).isEmpty();
    }

    @Test
    void validUntilThePlacementsFirstDay_isEnough() {
        assertThat(rules.problems(attestation("2026-01-20", "2026-02-01", 92), PLACEMENT_START, 80)).isEmpty();
    }

    @Test
    void validUntilTheDayBefore_isExpired() {
        assertThat(rules.problems(attestation("2025-01-20", "2026-01-31", 92), PLACEMENT_START, 80))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.vi()).isEqualTo("Xác nhận đào tạo phòng, chống rửa tiền (AML/KYC): xác nhận đã hết"
                            + " hiệu lực ngày 2026-01-31, trước ngày bắt đầu thực tập 2026-02-01");
                    assertThat(problem.en()).isEqualTo("AML/KYC training attestation: the attestation expired on 2026-01-31,"
                            + " before the placement starts on 2026-02-01");
                });
    }

    @Test
    void trainingCompletedOnThePlacementsFirstDay_isInTime_theDayAfterIsNot() {
        assertThat(rules.problems(attestation("2026-02-01", "2027-01-31", 92), PLACEMENT_START, 80)).isEmpty();
        assertThat(rules.problems(attestation("2026-02-02", "2027-01-31", 92), PLACEMENT_START, 80))
                .singleElement().extracting(LocalizedText::en).asString()
                .isEqualTo("AML/KYC training attestation: the training was completed on 2026-02-02, after the placement"
                        + " starts on 2026-02-01: the training must come before any data access");
    }

    @Test
    void aValidUntilDayBeforeTheTraining_isInconsistent() {
        assertThat(rules.problems(attestation("2026-02-10", "2026-02-05", 92), PLACEMENT_START, 80))
                .extracting(LocalizedText::en).containsExactly(
                        "AML/KYC training attestation: the training was completed on 2026-02-10, after the placement"
                                + " starts on 2026-02-01: the training must come before any data access",
                        "AML/KYC training attestation: the valid-until date 2026-02-05 is before the training completion"
                                + " date 2026-02-10");
    }

    @Test
    void theScoreAtThePassMark_passes_justBelowItDoesNot() {
        assertThat(rules.problems(attestation("2026-01-20", "2027-01-19", 80), PLACEMENT_START, 80)).isEmpty();
        assertThat(rules.problems(attestation("2026-01-20", "2027-01-19", 79.5), PLACEMENT_START, 80))
                .extracting(LocalizedText::en).containsExactly("AML/KYC training attestation: the test score 79.5 is"
                        + " below the host's pass mark of 80: retake the training and its test");
        assertThat(rules.problems(attestation("2026-01-20", "2027-01-19", 65), PLACEMENT_START, 60)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 100.5, 1000, Double.NaN, Double.POSITIVE_INFINITY})
    void scoresOutsideZeroToHundred_orNoNumberAtAll_areRefused(double score) {
        assertThat(rules.problems(attestation("2026-01-20", "2027-01-19", score), PLACEMENT_START, 80))
                .singleElement().extracting(LocalizedText::en).asString().contains("must be from 0 to 100");
    }

    @Test
    void everyTopicNotCovered_isNamed_inOneProblem() {
        AmlTrainingAttestation attestation = new AmlTrainingAttestation("AML-2026-0042", "Học viện Ngân hàng",
                "2026-01-20", "2027-01-19", Set.of(AmlTrainingTopic.SUSPICIOUS_TRANSACTIONS), 92);

        assertThat(rules.problems(attestation, PLACEMENT_START, 80)).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).endsWith("đào tạo chưa bao gồm: nhận biết và cập nhật thông tin khách hàng (KYC/CDD),"
                    + " bảo mật thông tin báo cáo và dữ liệu khách hàng");
            assertThat(problem.en()).endsWith("the training did not cover: customer identification and due diligence"
                    + " (KYC/CDD), confidentiality of reports and customer data (no tipping-off)");
        });
    }

    @Test
    void nothingEntered_listsEverything_inOrder() {
        AmlTrainingAttestation empty = new AmlTrainingAttestation(null, " ", null, "", Set.of(), null);

        assertThat(rules.problems(empty, PLACEMENT_START, 80)).extracting(LocalizedText::en).containsExactly(
                "AML/KYC training attestation: the attestation number is missing",
                "AML/KYC training attestation: the training provider is missing",
                "AML/KYC training attestation: the training completion date is missing",
                "AML/KYC training attestation: the valid-until date is missing",
                "AML/KYC training attestation: the training did not cover: customer identification and due diligence"
                        + " (KYC/CDD), recognising and reporting suspicious transactions, confidentiality of reports and"
                        + " customer data (no tipping-off)",
                "AML/KYC training attestation: the final test score is missing");
        assertThat(Problems.describe(rules.problems(empty, PLACEMENT_START, 80)).lines()).hasSize(6)
                .allSatisfy(line -> assertThat(line).contains(" / AML/KYC training attestation: "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20/01/2026", "2026-02-30", "2026-13-01", "2026-1-5", "hôm qua", "20260120"})
    void malformedOrImpossibleDates_areProblemsNamingTheFormat(String day) {
        assertThat(rules.problems(attestation(day, "2027-01-19", 92), PLACEMENT_START, 80))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.vi()).contains("ngày hoàn thành đào tạo", "không phải ngày hợp lệ theo định dạng yyyy-MM-dd");
                    assertThat(problem.en()).contains("'" + day + "'", "is not a valid date in the format yyyy-MM-dd");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"AML-2026-0042", "125/2025/PCRT", "A12", "88.2025.AML"})
    void sensibleNumbers_areAccepted(String number) {
        assertThat(rules.problems(attestation(number), PLACEMENT_START, 80)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"??", "AB", "AML", "/125/2025", "125 2025", "số-125"})
    void numbersInNoSaneFormat_areRefused(String number) {
        assertThat(rules.problems(attestation(number), PLACEMENT_START, 80))
                .singleElement().extracting(LocalizedText::en).asString().contains("is not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AML-2026-0042", "125/2025/PCRT", "A12", "??", "AB", "AML", "/125/2025", "125 2025", "số-125",
            "1234567890123456789012345678901234567890X"})
    void theFormsPattern_acceptsExactlyWhatTheRulesAccept(String number) throws Exception {
        String pattern;
        try (var form = getClass().getClassLoader().getResourceAsStream(
                "practicum/fields/fintech/fintech-submit-aml-training-attestation.form")) {
            pattern = new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).path("components")
                    .findValues("pattern").get(0).asText();
        }

        assertThat(java.util.regex.Pattern.compile(pattern).matcher(number).matches())
                .isEqualTo(AmlTrainingRules.ATTESTATION_NUMBER.matcher(number).matches());
    }

    @Test
    void aPassMarkOutsideZeroToHundred_isAModellingError() {
        assertThatThrownBy(() -> rules.problems(attestation("2026-01-20", "2027-01-19", 92), PLACEMENT_START, 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amlPassMark");
    }

    private static AmlTrainingAttestation attestation(String completedOn, String validUntil, Number score) {
        return new AmlTrainingAttestation("AML-2026-0042", "Học viện Ngân hàng", completedOn, validUntil,
                EnumSet.allOf(AmlTrainingTopic.class), score);
    }

    private static AmlTrainingAttestation attestation(String number) {
        return new AmlTrainingAttestation(number, "Học viện Ngân hàng", "2026-01-20", "2027-01-19",
                EnumSet.allOf(AmlTrainingTopic.class), 92);
    }
}
