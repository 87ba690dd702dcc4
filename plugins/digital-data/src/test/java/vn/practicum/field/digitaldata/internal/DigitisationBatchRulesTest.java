package vn.practicum.field.digitaldata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

class DigitisationBatchRulesTest {

    final DigitisationBatchRules rules = new DigitisationBatchRules();

    @Test
    void aBatchToTheStandard_hasNoProblems() {
        assertThat(rules.problems(batch(40, 1200, 1200, 40, "PDF_A", 300, "COLOUR", "SHA_256"))).isEmpty();
        assertThat(rules.problems(batch(40, 1200, 1200, 40, "PDF", 200, "COLOUR", "SHA_512"))).isEmpty();
    }

    @Test
    void twoHundredDpi_isTheMinimum_oneLessIsNot() {
        assertThat(rules.problems(batch(40, 1200, 1200, 40, "PDF_A", 200, "COLOUR", "SHA_256"))).isEmpty();
        assertThat(rules.problems(batch(40, 1200, 1200, 40, "PDF_A", 199, "COLOUR", "SHA_256"))).extracting(LocalizedText::en)
                .containsExactly("Digitisation batch: a resolution of 199 dpi is below the minimum of 200 dpi, Circular 02/2019/TT-BNV");
    }

    @Test
    void anUnrealisticResolution_isATypingError() {
        assertThat(rules.problems(batch(40, 1200, 1200, 40, "PDF_A", 30000, "COLOUR", "SHA_256"))).singleElement()
                .extracting(LocalizedText::en).asString().contains("30000 dpi is not realistic");
    }

    @Test
    void everyPageDigitised_andEveryFileDescribed() {
        assertThat(rules.problems(batch(40, 1200, 1199, 39, "PDF_A", 300, "COLOUR", "SHA_256"))).extracting(LocalizedText::en)
                .containsExactly("Digitisation batch: 1199 of 1200 pages digitised: every page must be digitised",
                        "Digitisation batch: 39 of 40 files have metadata: every file needs a complete metadata record");
    }

    @Test
    void moreImagesThanPages_isAMiscountToo() {
        assertThat(rules.problems(batch(40, 1200, 1201, 40, "PDF_A", 300, "COLOUR", "SHA_256"))).singleElement()
                .extracting(LocalizedText::en).asString().contains("1201 of 1200 pages digitised");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TIFF", "JPEG"})
    void imageFormatsOtherThanPdf_doNotConform(String format) {
        assertThat(rules.problems(batch(40, 1200, 1200, 40, format, 300, "COLOUR", "SHA_256"))).singleElement()
                .extracting(LocalizedText::en).asString().contains("the format " + format + " does not conform");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GREYSCALE", "BLACK_AND_WHITE"})
    void imagesNotInColour_doNotConform(String mode) {
        assertThat(rules.problems(batch(40, 1200, 1200, 40, "PDF_A", 300, mode, "SHA_256"))).singleElement()
                .extracting(LocalizedText::en).asString().contains("images do not conform: digitised records are in colour");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD5", "NONE"})
    void checksumsThatCannotShowIntegrity_areRefused(String algorithm) {
        assertThat(rules.problems(batch(40, 1200, 1200, 40, "PDF_A", 300, "COLOUR", algorithm))).extracting(LocalizedText::en)
                .containsExactly("Digitisation batch: " + algorithm + " cannot show integrity: record SHA-256 or SHA-512 for every file");
    }

    @Test
    void anEmptyBatch_orFewerPagesThanFiles_isRefused() {
        assertThat(rules.problems(batch(0, 0, 0, 0, "PDF_A", 300, "COLOUR", "SHA_256"))).extracting(LocalizedText::en)
                .containsExactly("Digitisation batch: the batch holds no file");
        assertThat(rules.problems(batch(40, 39, 39, 40, "PDF_A", 300, "COLOUR", "SHA_256"))).extracting(LocalizedText::en)
                .containsExactly("Digitisation batch: fewer pages (39) than files (40): every file has at least one page");
    }

    @Test
    void countsOfEveryNumberType_areRead_fractionsAndNegativesAreNot() {
        assertThat(rules.problems(batch(40L, 1200.0, (short) 1200, 40, "PDF_A", 300.0, "COLOUR", "SHA_256"))).isEmpty();
        assertThat(rules.problems(batch(40, -1, 1200, 40.5, "PDF_A", 300, "COLOUR", "SHA_256"))).extracting(LocalizedText::en)
                .containsExactly("Digitisation batch: the number of pages '-1' must be a whole number, not negative",
                        "Digitisation batch: the number of files with metadata '40.5' must be a whole number, not negative");
    }

    @Test
    void unknownChoices_areRefused() {
        assertThat(rules.problems(batch(40, 1200, 1200, 40, "DOCX", 300, "SEPIA", "CRC32"))).extracting(LocalizedText::en)
                .containsExactly("Digitisation batch: the file format 'DOCX' is not one we know",
                        "Digitisation batch: the colour mode 'SEPIA' is not one we know",
                        "Digitisation batch: the checksum algorithm 'CRC32' is not one we know");
    }

    @Test
    void nothingEntered_listsEverything() {
        List<LocalizedText> problems = rules.problems(new DigitisationBatch(null, null, null, null, null, null, null, null, null, null));

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "Digitisation batch: the batch code is missing",
                "Digitisation batch: the number of files is missing",
                "Digitisation batch: the number of pages is missing",
                "Digitisation batch: the number of page images is missing",
                "Digitisation batch: the number of files with metadata is missing",
                "Digitisation batch: the file format is missing",
                "Digitisation batch: the resolution (dpi) is missing",
                "Digitisation batch: the colour mode is missing",
                "Digitisation batch: the checksum algorithm is missing",
                "Digitisation batch: where the manifest (files, checksums, metadata) is stored is missing");
        assertThat(Problems.describe(problems).lines()).hasSize(10).allMatch(line -> line.contains(" / "));
    }

    @Test
    void theFormsBatchCodePattern_acceptsExactlyWhatTheRulesAccept() throws Exception {
        String pattern;
        try (var form = getClass().getClassLoader().getResourceAsStream(
                "practicum/fields/digital-data/digital-data-submit-digitisation-batch.form")) {
            pattern = new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).path("components").findValues("pattern")
                    .get(0).asText();
        }
        for (String code : List.of("DH-DC-2026-01", "LO_1.2", "A/B", "AB", "-LO1", "LO 1", "lô-1")) {
            assertThat(java.util.regex.Pattern.compile(pattern).matcher(code).matches()).as(code)
                    .isEqualTo(DigitisationBatchRules.BATCH_CODE.matcher(code).matches());
        }
    }

    private static DigitisationBatch batch(Number files, Number pages, Number images, Number records, String format, Number dpi,
                                           String colour, String checksum) {
        return new DigitisationBatch("DH-DC-2026-01", files, pages, images, records, format, dpi, colour, checksum,
                "\\\\nas\\so-hoa\\DH-DC-2026-01\\manifest.csv");
    }
}
