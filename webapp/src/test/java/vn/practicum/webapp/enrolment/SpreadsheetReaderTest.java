package vn.practicum.webapp.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.csv;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.nfd;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.row;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.semicolons;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.utf8;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.withBom;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.practicum.webapp.enrolment.SpreadsheetReader.Sheet;

class SpreadsheetReaderTest {

    static final String NAME = "Nguyễn Thị Ánh Tuyết";

    @Test
    void reads_utf8_csv_with_and_without_a_byte_order_mark_alike() {
        String text = csv(row("SV001", NAME));

        Sheet plain = SpreadsheetReader.read(utf8(text), FileKind.CSV);
        Sheet bom = SpreadsheetReader.read(withBom(text), FileKind.CSV);

        assertThat(plain.problems()).isEmpty();
        assertThat(bom).isEqualTo(plain);
        assertThat(bom.rows().get(0).cell(0)).as("no BOM glued to the first header").isEqualTo("studentCode");
        assertThat(bom.rows().get(1).cell(1)).isEqualTo(NAME);
        assertThat(bom.rows().get(1).number()).isEqualTo(2);
    }

    @Test
    void composes_diacritics_typed_as_combining_marks() {
        String decomposed = nfd(NAME);
        assertThat(decomposed).isNotEqualTo(NAME).hasSizeGreaterThan(NAME.length());

        Sheet sheet = SpreadsheetReader.read(utf8(csv(row("SV001", decomposed))), FileKind.CSV);

        assertThat(sheet.rows().get(1).cell(1)).isEqualTo(NAME);
    }

    @Test
    void reads_semicolon_separated_files_and_quoted_fields() {
        String text = semicolons(csv(row("SV001", NAME))) + "SV002;\"Trần; Văn \"\"Bình\"\"\";b@x.vn\r\n";

        Sheet sheet = SpreadsheetReader.read(utf8(text), FileKind.CSV);

        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows()).hasSize(3);
        assertThat(sheet.rows().get(1).cells()).hasSize(10).startsWith("SV001", NAME);
        assertThat(sheet.rows().get(2).cells()).containsExactly("SV002", "Trần; Văn \"Bình\"", "b@x.vn");
    }

    @Test
    void a_comma_inside_quotes_does_not_make_a_semicolon_file_comma_separated() {
        assertThat(SpreadsheetReader.delimiterOf("\"a,b,c\";x;y\nz")).isEqualTo(';');
        assertThat(SpreadsheetReader.delimiterOf("a,b;c,d\n")).isEqualTo(',');
        assertThat(SpreadsheetReader.delimiterOf("\n\nstudentCode;fullName\n")).isEqualTo(';');
    }

    @Test
    void trims_cells_including_no_break_spaces_and_skips_blank_rows() {
        String text = "studentCode,fullName\r\n\u00a0 SV001 \u00a0, " + NAME + "\t\r\n,,\r\n\r\nSV002,B\r\n";

        Sheet sheet = SpreadsheetReader.read(utf8(text), FileKind.CSV);

        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(1, 2, 5);
        assertThat(sheet.rows().get(1).cells()).containsExactly("SV001", NAME);
    }

    @Test
    void refuses_text_that_is_not_utf8_with_a_hint() {
        byte[] legacy = "studentCode,fullName\nSV001,Đà\n".getBytes(Charset.forName("windows-1258"));

        Sheet sheet = SpreadsheetReader.read(legacy, FileKind.CSV);

        assertThat(sheet.rows()).isEmpty();
        assertThat(sheet.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(p.problem().en()).contains("not UTF-8").contains("CSV UTF-8");
        });
        assertThat(SpreadsheetReader.read(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0}, FileKind.CSV).problems().get(0)
                .problem().en()).contains("UTF-16");
    }

    @Test
    void reports_an_unclosed_quote_at_its_row() {
        Sheet sheet = SpreadsheetReader.read(utf8("studentCode,fullName\r\nSV001,\"Nguyễn\r\n"), FileKind.CSV);

        assertThat(sheet.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(2));
    }

    @Test
    void refuses_more_rows_than_one_file_may_hold() {
        StringBuilder text = new StringBuilder("studentCode\n");
        for (int i = 0; i <= SpreadsheetReader.MAX_ROWS; i++) {
            text.append("SV").append(i).append('\n');
        }

        Sheet sheet = SpreadsheetReader.read(utf8(text.toString()), FileKind.CSV);

        assertThat(sheet.rows()).isEmpty();
        assertThat(sheet.problems()).singleElement().satisfies(p -> assertThat(p.problem().en()).contains("more than 20000"));
    }

    @Test
    void reads_the_first_sheet_of_an_xlsx_workbook_with_typed_dates_numbers_and_booleans() {
        LocalDate start = LocalDate.of(2027, 2, 1);
        List<Object> values = new ArrayList<>(List.of("SV001", nfd(NAME), "a@truong.edu.vn", "tourism", 120, true, start,
                "30/04/2027", "gv-sup"));
        values.add(null);
        values.add(" ");
        byte[] xlsx = EnrolmentFiles.xlsx(EnrolmentFiles.headerColumns(), List.of(values, List.of(), List.of("SV002")));

        Sheet sheet = SpreadsheetReader.read(xlsx, FileKind.XLSX);

        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(1, 2, 4);
        assertThat(sheet.rows().get(1).cells()).containsExactly("SV001", NAME, "a@truong.edu.vn", "tourism", "120", "TRUE",
                "2027-02-01", "30/04/2027", "gv-sup");
    }

    @Test
    void an_archive_that_is_no_workbook_is_reported() {
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8};

        Sheet sheet = SpreadsheetReader.read(zip, FileKind.XLSX);

        assertThat(sheet.rows()).isEmpty();
        assertThat(sheet.problems()).singleElement().satisfies(p -> assertThat(p.problem().en()).contains("XLSX"));
    }

    @Test
    void tells_the_kind_of_a_file_from_its_first_bytes_name_and_type() {
        byte[] xlsx = EnrolmentFiles.xlsx(List.of("studentCode"), List.of());
        assertThat(FileKind.detect(xlsx, "sv.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isEqualTo(FileKind.XLSX);
        assertThat(FileKind.detect(xlsx, "sv.bin", "application/octet-stream")).isEqualTo(FileKind.XLSX);
        assertThat(FileKind.detect(utf8("a,b"), "sv.csv", "application/vnd.ms-excel")).isEqualTo(FileKind.CSV);
        assertThat(FileKind.detect(utf8("a,b"), "sv", "text/csv; charset=utf-8")).isEqualTo(FileKind.CSV);
        assertThat(FileKind.detect(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0}, "old.xls", "application/vnd.ms-excel"))
                .isEqualTo(FileKind.UNSUPPORTED);
        assertThat(FileKind.detect(utf8("%PDF-1.7"), "sv.csv", "text/csv")).isEqualTo(FileKind.UNSUPPORTED);
        assertThat(FileKind.detect(utf8("a,b"), "photo.png", "image/png")).isEqualTo(FileKind.UNSUPPORTED);
        assertThat(FileKind.detect(utf8("a,b"), "sv.xlsx", "")).as("named xlsx, but text").isEqualTo(FileKind.UNSUPPORTED);
    }
}
