package vn.practicum.field.fieldtemplate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

// FIELD AUTHOR: test every rule of your field at its boundaries (the last valid day, the first refused value, ...).
class FieldDocumentRulesTest {

    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final String SUBMIT_FORM = "practicum/fields/field-template/field-template-submit-field-document.form";

    final FieldDocumentRules rules = new FieldDocumentRules();

    @Test
    void aValidDocument_hasNoProblems() {
        assertThat(rules.problems(document("125/2025/CCHN", "Sở Y tế Hà Nội", "2027-01-31"), PLACEMENT_START)).isEmpty();
    }

    @Test
    void validUntilThePlacementsFirstDay_isEnough() {
        assertThat(rules.problems(document("125/2025/CCHN", "Sở Y tế Hà Nội", "2026-02-01"), PLACEMENT_START)).isEmpty();
    }

    @Test
    void validUntilTheDayBefore_isExpired() {
        List<LocalizedText> problems = rules.problems(document("125/2025/CCHN", "Sở Y tế Hà Nội", "2026-01-31"), PLACEMENT_START);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).isEqualTo("Giấy tờ chuyên ngành: giấy tờ đã hết hạn ngày 2026-01-31,"
                    + " trước ngày bắt đầu thực tập 2026-02-01");
            assertThat(problem.en()).isEqualTo("Field document: the document expired on 2026-01-31,"
                    + " before the placement starts on 2026-02-01");
        });
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyKindTheFieldAccepts_isAccepted(DocumentKind kind) {
        assertThat(rules.problems(new FieldDocument(kind.name(), "125/2025/CCHN", "Sở Y tế Hà Nội", "2027-01-31"),
                PLACEMENT_START)).isEmpty();
    }

    @Test
    void aKindWithSurroundingBlanks_isStillThatKind() {
        assertThat(rules.problems(new FieldDocument(" TRAINING_CERTIFICATE ", "125/2025/CCHN", "Sở Y tế Hà Nội", "2027-01-31"),
                PLACEMENT_START)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"STUDENT_CARD", "training_certificate", "Chứng chỉ hành nghề", "PRACTISING"})
    void aKindTheFieldDoesNotAccept_isRefused(String kind) {
        assertThat(rules.problems(new FieldDocument(kind, "125/2025/CCHN", "Sở Y tế Hà Nội", "2027-01-31"), PLACEMENT_START))
                .singleElement().extracting(LocalizedText::en).asString()
                .isEqualTo("Field document: the kind of document '" + kind + "' is not one the field accepts");
    }

    @Test
    void missingKindNumberIssuerAndDate_areEachAProblem_inOrder() {
        List<LocalizedText> problems = rules.problems(new FieldDocument(null, null, null, null), PLACEMENT_START);

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "Field document: the kind of document is missing",
                "Field document: the document number is missing",
                "Field document: the issuer is missing",
                "Field document: the valid-until date is missing");
        assertThat(problems).extracting(LocalizedText::vi).containsExactly(
                "Giấy tờ chuyên ngành: thiếu loại giấy tờ",
                "Giấy tờ chuyên ngành: thiếu số giấy tờ",
                "Giấy tờ chuyên ngành: thiếu đơn vị cấp",
                "Giấy tờ chuyên ngành: thiếu ngày hết hiệu lực");
        assertThat(Problems.describe(problems).lines()).hasSize(4).allMatch(line -> line.contains(" / "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "   \n"})
    void blankValues_areMissing(String blank) {
        assertThat(rules.problems(new FieldDocument(blank, blank, blank, blank), PLACEMENT_START))
                .extracting(LocalizedText::en).allSatisfy(problem -> assertThat(problem).endsWith("is missing")).hasSize(4);
    }

    @Test
    void anIssuerOf200Characters_isAccepted_201IsTooLong() {
        assertThat(rules.problems(document("125/2025/CCHN", "x".repeat(200), "2027-01-31"), PLACEMENT_START)).isEmpty();
        assertThat(rules.problems(document("125/2025/CCHN", "x".repeat(201), "2027-01-31"), PLACEMENT_START))
                .extracting(LocalizedText::en).containsExactly("Field document: the issuer is longer than 200 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/12/2026", "2026-02-30", "2026-13-01", "2026-1-5", "tomorrow", "20261231", "2026-12-31T00:00"})
    void malformedOrImpossibleDate_isAProblemNamingTheFormat(String validUntil) {
        List<LocalizedText> problems = rules.problems(document("125/2025/CCHN", "Sở Y tế Hà Nội", validUntil), PLACEMENT_START);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).contains("'" + validUntil + "'", "không phải ngày hợp lệ theo định dạng yyyy-MM-dd");
            assertThat(problem.en()).contains("'" + validUntil + "'", "is not a valid date in the format yyyy-MM-dd");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"125/2025/CCHN", "CC-2026-00123", "A12", "88.2025.GT", "0001", "1234567890123456789012345678901234567890"})
    void sensibleNumbers_areAccepted(String number) {
        assertThat(rules.problems(document(number, "Sở Y tế Hà Nội", "2027-01-31"), PLACEMENT_START)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"??", "A1", "CCHN", "/125/2025", "125 2025", "số-125", "<script>1</script>",
            "12345678901234567890123456789012345678901"})
    void numbersInNoSaneFormat_areRefused(String number) {
        assertThat(rules.problems(document(number, "Sở Y tế Hà Nội", "2027-01-31"), PLACEMENT_START))
                .singleElement().extracting(LocalizedText::en).asString().contains("is not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"125/2025/CCHN", "CC-2026-00123", "A12", "88.2025.GT", "0001",
            "??", "A1", "CCHN", "/125/2025", "125 2025", "số-125", "<script>1</script>", "1234567890123456789012345678901234567890X"})
    void theFormsPattern_acceptsExactlyWhatTheRulesAccept(String number) throws IOException {
        String pattern = submitForm().path("components").findValues("pattern").get(0).asText();

        assertThat(Pattern.compile(pattern).matcher(number).matches())
                .isEqualTo(FieldDocumentRules.DOCUMENT_NUMBER.matcher(number).matches());
    }

    @Test
    void theFormsKinds_areExactlyTheKindsTheRulesAccept() throws IOException {
        List<String> values = new ArrayList<>();
        for (JsonNode component : submitForm().path("components")) {
            if ("documentKind".equals(component.path("key").asText())) {
                component.path("values").forEach(value -> values.add(value.path("value").asText()));
            }
        }

        assertThat(values).containsExactlyElementsOf(Arrays.stream(DocumentKind.values()).map(Enum::name).toList());
    }

    @Test
    void aLongEchoedValue_isCutShort() {
        String number = "9".repeat(100);
        assertThat(rules.problems(document(number, "Sở Y tế Hà Nội", "2027-01-31"), PLACEMENT_START))
                .singleElement().extracting(LocalizedText::en).asString()
                .contains("'" + "9".repeat(Problems.MAX_ECHOED_INPUT) + "…'").doesNotContain("9".repeat(41));
    }

    @Test
    void theLifecyclesMidnightInVietnam_isThatVietnameseDay() {
        Date midnight = Date.from(PLACEMENT_START.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
        assertThat(FieldDocumentRules.vietnameseDay(midnight)).isEqualTo(PLACEMENT_START);
    }

    @Test
    void anInstantLateOnTheDayBeforeInUtc_isAlreadyTheNextDayInVietnam() {
        // 31 January 2026, 18:00 UTC is 1 February, 01:00 in Vietnam (UTC+7)
        Date evening = Date.from(LocalDateTime.of(2026, 1, 31, 18, 0).toInstant(ZoneOffset.UTC));
        assertThat(FieldDocumentRules.vietnameseDay(evening)).isEqualTo(PLACEMENT_START);
    }

    private static FieldDocument document(String number, String issuer, String validUntil) {
        return new FieldDocument(DocumentKind.PRACTISING_CERTIFICATE.name(), number, issuer, validUntil);
    }

    private JsonNode submitForm() throws IOException {
        try (InputStream form = getClass().getClassLoader().getResourceAsStream(SUBMIT_FORM)) {
            return new ObjectMapper().readTree(form);
        }
    }
}
