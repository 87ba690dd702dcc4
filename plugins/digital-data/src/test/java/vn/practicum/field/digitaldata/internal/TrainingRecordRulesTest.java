package vn.practicum.field.digitaldata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class TrainingRecordRulesTest {

    static final LocalDate WORK_STARTS = LocalDate.of(2026, 2, 1);

    final TrainingRecordRules rules = new TrainingRecordRules();

    @Test
    void trainingsCompletedBeforeAndValidAfter_haveNoProblems() {
        assertThat(rules.problems(List.of(
                classification("PLDL-2025-0142", "Trung tâm Dữ liệu quốc gia", "2025-12-15", "2027-12-15"),
                archives("125/2025/NVLT", "Trường Đại học Nội vụ Hà Nội", "2026-01-10", "2028-01-10")), WORK_STARTS)).isEmpty();
    }

    @Test
    void completedOnThePlacementsFirstDay_isInTime_aDayLaterIsNot() {
        assertThat(rules.problems(List.of(archives("125/2025/NVLT", "Trường Đại học Nội vụ", "2026-02-01", "2028-01-10")),
                WORK_STARTS)).isEmpty();

        assertThat(rules.problems(List.of(archives("125/2025/NVLT", "Trường Đại học Nội vụ", "2026-02-02", "2028-01-10")),
                WORK_STARTS)).extracting(LocalizedText::en).containsExactly("Archive-handling training certificate: completed on"
                + " 2026-02-02, after the placement starts on 2026-02-01: the training comes before any work on records");
    }

    @Test
    void validUntilThePlacementsFirstDay_isEnough_theDayBeforeHasExpired() {
        assertThat(rules.problems(List.of(classification("PLDL-1", "Trung tâm", "2025-02-01", "2026-02-01")), WORK_STARTS)).isEmpty();

        assertThat(rules.problems(List.of(classification("PLDL-1", "Trung tâm", "2025-02-01", "2026-01-31")), WORK_STARTS))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.vi()).isEqualTo("Chứng nhận đào tạo phân loại và bảo vệ dữ liệu: chứng nhận đã hết hạn ngày"
                            + " 2026-01-31, trước ngày bắt đầu thực tập 2026-02-01");
                    assertThat(problem.en()).isEqualTo("Data-classification and data-protection training certificate: the certificate"
                            + " expired on 2026-01-31, before the placement starts on 2026-02-01");
                });
    }

    @Test
    void aCertificateValidOnlyUntilBeforeItWasEarned_isInconsistent() {
        assertThat(rules.problems(List.of(classification("PLDL-1", "Trung tâm", "2026-01-20", "2026-01-10")), WORK_STARTS))
                .extracting(LocalizedText::en).contains(
                        "Data-classification and data-protection training certificate: the valid-until date 2026-01-10 is before"
                                + " the completion date 2026-01-20");
    }

    @Test
    void nothingEntered_listsEveryMissingItem() {
        assertThat(rules.problems(List.of(archives(null, " ", null, "")), WORK_STARTS)).extracting(LocalizedText::en).containsExactly(
                "Archive-handling training certificate: the certificate number is missing",
                "Archive-handling training certificate: the issuer is missing",
                "Archive-handling training certificate: the completion date is missing",
                "Archive-handling training certificate: the valid-until date is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15/12/2025", "2025-02-29", "2025-13-01", "hôm qua"})
    void malformedOrImpossibleDates_areProblemsNamingTheFormat(String day) {
        assertThat(rules.problems(List.of(classification("PLDL-1", "Trung tâm", day, "2027-12-15")), WORK_STARTS))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.vi()).contains("ngày hoàn thành", "không phải ngày hợp lệ theo định dạng yyyy-MM-dd");
                    assertThat(problem.en()).contains("'" + day + "'", "is not a valid date in the format yyyy-MM-dd");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"??", "AB", "NVLT", "/125/2025", "125 2025"})
    void numbersInNoSaneFormat_areRefused(String number) {
        assertThat(rules.problems(List.of(archives(number, "Trường", "2026-01-10", "2028-01-10")), WORK_STARTS))
                .singleElement().extracting(LocalizedText::en).asString().contains("is not valid (3–40 letters");
    }

    @Test
    void anIssuerLongerThan200Characters_isAProblem() {
        assertThat(rules.problems(List.of(archives("125/2025/NVLT", "x".repeat(201), "2026-01-10", "2028-01-10")), WORK_STARTS))
                .extracting(LocalizedText::en).containsExactly("Archive-handling training certificate: the issuer is longer than 200 characters");
    }

    @Test
    void theFormsPattern_acceptsExactlyWhatTheRulesAccept() throws Exception {
        String pattern;
        try (var form = getClass().getClassLoader().getResourceAsStream(
                "practicum/fields/digital-data/digital-data-submit-training-records.form")) {
            pattern = new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).path("components").findValues("pattern")
                    .get(0).asText();
        }
        for (String number : List.of("125/2025/NVLT", "PLDL-2025-0142", "A12", "??", "AB", "NVLT", "/125/2025", "125 2025")) {
            assertThat(java.util.regex.Pattern.compile(pattern).matcher(number).matches()).as(number)
                    .isEqualTo(TrainingRecordRules.CERTIFICATE_NUMBER.matcher(number).matches());
        }
    }

    private static TrainingRecord classification(String number, String issuer, String completedOn, String validUntil) {
        return new TrainingRecord(TrainingKind.DATA_CLASSIFICATION, number, issuer, completedOn, validUntil);
    }

    private static TrainingRecord archives(String number, String issuer, String completedOn, String validUntil) {
        return new TrainingRecord(TrainingKind.ARCHIVE_HANDLING, number, issuer, completedOn, validUntil);
    }
}
