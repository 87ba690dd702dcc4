package vn.practicum.webapp.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import vn.practicum.webapp.enrolment.SpreadsheetReader.Sheet;

/** Whatever a user uploads, the reader answers with rows or with problems: it never throws. */
class SpreadsheetReaderPropertyTest {

    @Property(tries = 300)
    void arbitrary_bytes_are_read_or_reported_never_thrown(@ForAll @Size(max = 2000) byte[] content, @ForAll FileKind kind) {
        Sheet sheet = SpreadsheetReader.read(content, kind);

        assertThat(sheet).isNotNull();
        assertThat(sheet.rows().isEmpty() || kind != FileKind.UNSUPPORTED).isTrue();
        if (sheet.rows().isEmpty() && kind != FileKind.CSV) {
            assertThat(sheet.problems()).isNotEmpty();
        }
    }

    @Property(tries = 200)
    void damaged_workbooks_are_reported_never_thrown(@ForAll("damagedWorkbooks") byte[] content) {
        Sheet sheet = SpreadsheetReader.read(content, FileKind.XLSX);

        assertThat(sheet.rows().isEmpty() ? sheet.problems() : sheet.rows()).isNotEmpty();
    }

    @Property(tries = 300)
    void text_of_any_characters_with_commas_semicolons_quotes_and_line_breaks_is_read_or_reported(
            @ForAll("csvLike") String text) {
        Sheet sheet = SpreadsheetReader.read(EnrolmentFiles.utf8(text), FileKind.CSV);

        for (SheetRow row : sheet.rows()) {
            assertThat(row.cells()).allSatisfy(cell -> assertThat(java.text.Normalizer.isNormalized(cell,
                    java.text.Normalizer.Form.NFC)).isTrue());
            assertThat(row.isBlank()).isFalse();
        }
    }

    /** A real workbook with bytes flipped or cut off. */
    @Provide
    Arbitrary<byte[]> damagedWorkbooks() {
        byte[] workbook = EnrolmentFiles.xlsx(EnrolmentFiles.headerColumns(),
                java.util.List.of(java.util.List.of("SV001", "Nguyễn Văn An", "an@x.vn")));
        Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, workbook.length - 1).list().ofMinSize(1).ofMaxSize(20)
                .map(positions -> {
                    byte[] copy = workbook.clone();
                    positions.forEach(p -> copy[p] = (byte) (copy[p] ^ 0x5a));
                    return copy;
                });
        Arbitrary<byte[]> cut = Arbitraries.integers().between(4, workbook.length - 1).map(length -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(workbook, 0, length);
            return out.toByteArray();
        });
        return Arbitraries.oneOf(flipped, cut);
    }

    @Provide
    Arbitrary<String> csvLike() {
        Arbitrary<String> spreadsheetish = Arbitraries.strings().withChars(",;\"\r\n \t\u00a0\u0301\u0303\ufeff=+-@ễắÁ")
                .withCharRange('a', 'e').ofMaxLength(300);
        return Arbitraries.oneOf(spreadsheetish, Arbitraries.strings().all().ofMaxLength(300));
    }
}
