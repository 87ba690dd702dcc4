package vn.practicum.field.informationtechnology.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

class TrainingCertificateRulesTest {

    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);

    final TrainingCertificateRules rules = new TrainingCertificateRules();

    @Test
    void validCertificates_haveNoProblems() {
        assertThat(rules.problems(List.of(
                cybersecurity("125/2025/ATTT", "Cục An toàn thông tin", "2027-01-31"),
                personalData("BVDLCN-2025-0088", "Trường Đại học FPT", "2026-12-31")), PLACEMENT_START)).isEmpty();
    }

    @Test
    void validUntilThePlacementsFirstDay_isEnough() {
        assertThat(rules.problems(List.of(cybersecurity("125/2025/ATTT", "Cục An toàn thông tin", "2026-02-01")),
                PLACEMENT_START)).isEmpty();
    }

    @Test
    void validUntilTheDayBefore_isExpired() {
        List<LocalizedText> problems = rules.problems(
                List.of(cybersecurity("125/2025/ATTT", "Cục An toàn thông tin", "2026-01-31")), PLACEMENT_START);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).isEqualTo("Chứng chỉ đào tạo an ninh mạng: chứng chỉ đã hết hạn ngày 2026-01-31,"
                    + " trước ngày bắt đầu thực tập 2026-02-01");
            assertThat(problem.en()).isEqualTo("Cybersecurity training certificate: the certificate expired on 2026-01-31,"
                    + " before the placement starts on 2026-02-01");
        });
    }

    @Test
    void missingNumberIssuerAndDate_areEachAProblem() {
        List<LocalizedText> problems = rules.problems(List.of(personalData(null, null, null)), PLACEMENT_START);

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "Personal-data protection training certificate: the certificate number is missing",
                "Personal-data protection training certificate: the issuer is missing",
                "Personal-data protection training certificate: the valid-until date is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "   \n"})
    void blankIssuer_isMissing(String issuer) {
        assertThat(rules.problems(List.of(cybersecurity("125/2025/ATTT", issuer, "2027-01-31")), PLACEMENT_START))
                .extracting(LocalizedText::en).containsExactly("Cybersecurity training certificate: the issuer is missing");
    }

    @Test
    void issuerLongerThan200Characters_isAProblem() {
        assertThat(rules.problems(List.of(cybersecurity("125/2025/ATTT", "x".repeat(201), "2027-01-31")), PLACEMENT_START))
                .extracting(LocalizedText::en)
                .containsExactly("Cybersecurity training certificate: the issuer is longer than 200 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/12/2026", "2026-02-30", "2026-13-01", "2026-1-5", "tomorrow", "20261231", "2026-12-31T00:00"})
    void malformedOrImpossibleDate_isAProblemNamingTheFormat(String validUntil) {
        List<LocalizedText> problems = rules.problems(
                List.of(cybersecurity("125/2025/ATTT", "Cục An toàn thông tin", validUntil)), PLACEMENT_START);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).contains("không phải ngày hợp lệ theo định dạng yyyy-MM-dd");
            assertThat(problem.en()).contains("'" + validUntil + "'", "is not a valid date in the format yyyy-MM-dd");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"125/2025/ATTT", "ATTT-2025-00123", "A12", "88.2025.BV", "0001"})
    void sensibleNumbers_areAccepted(String number) {
        assertThat(rules.problems(List.of(cybersecurity(number, "Cục An toàn thông tin", "2027-01-31")), PLACEMENT_START))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"??", "AB", "ATTT", "/125/2025", "125 2025", "số-125", "<script>1</script>"})
    void numbersInNoSaneFormat_areRefused(String number) {
        assertThat(rules.problems(List.of(cybersecurity(number, "Cục An toàn thông tin", "2027-01-31")), PLACEMENT_START))
                .singleElement().extracting(LocalizedText::en).asString().contains("is not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"125/2025/ATTT", "ATTT-2025-00123", "A12", "88.2025.BV", "0001",
            "??", "AB", "ATTT", "/125/2025", "125 2025", "số-125", "<script>1</script>", "1234567890123456789012345678901234567890X"})
    void theFormsPattern_acceptsExactlyWhatTheRulesAccept(String number) throws Exception {
        String pattern;
        try (var form = getClass().getClassLoader().getResourceAsStream(
                "practicum/fields/information-technology/information-technology-submit-training-certificates.form")) {
            pattern = new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).path("components").findValues("pattern")
                    .get(0).asText();
        }

        assertThat(java.util.regex.Pattern.compile(pattern).matcher(number).matches())
                .isEqualTo(TrainingCertificateRules.CERTIFICATE_NUMBER.matcher(number).matches());
    }

    @Test
    void aLongEchoedValue_isCutShort() {
        String number = "9".repeat(100);
        assertThat(rules.problems(List.of(cybersecurity(number, "Cục An toàn thông tin", "2027-01-31")), PLACEMENT_START))
                .singleElement().extracting(LocalizedText::en).asString()
                .contains("'" + "9".repeat(Problems.MAX_ECHOED_INPUT) + "…'").doesNotContain("9".repeat(41));
    }

    @Test
    void everyProblemOfEveryCertificate_isReported_inOrder() {
        List<LocalizedText> problems = rules.problems(List.of(
                cybersecurity("??", " ", "2026-01-01"),
                personalData(null, "Trường Đại học FPT", "01/01/2027")), PLACEMENT_START);

        assertThat(problems).extracting(LocalizedText::en).satisfiesExactly(
                p -> assertThat(p).startsWith("Cybersecurity training certificate: the certificate number"),
                p -> assertThat(p).startsWith("Cybersecurity training certificate: the issuer"),
                p -> assertThat(p).startsWith("Cybersecurity training certificate: the certificate expired"),
                p -> assertThat(p).startsWith("Personal-data protection training certificate: the certificate number"),
                p -> assertThat(p).startsWith("Personal-data protection training certificate: the valid-until date"));
        assertThat(Problems.describe(problems).lines()).hasSize(5)
                .allSatisfy(line -> assertThat(line).matches("[^/]*Chứng chỉ.* / .*certificate.*"));
    }

    @Test
    void theLifecyclesMidnightInVietnam_isThatVietnameseDay() {
        Date midnight = Date.from(PLACEMENT_START.atStartOfDay(TrainingCertificateRules.VIETNAM).toInstant());
        assertThat(TrainingCertificateRules.vietnameseDay(midnight)).isEqualTo(PLACEMENT_START);
    }

    private static TrainingCertificate cybersecurity(String number, String issuer, String validUntil) {
        return new TrainingCertificate(CertificateKind.CYBERSECURITY, number, issuer, validUntil);
    }

    private static TrainingCertificate personalData(String number, String issuer, String validUntil) {
        return new TrainingCertificate(CertificateKind.PERSONAL_DATA, number, issuer, validUntil);
    }
}
