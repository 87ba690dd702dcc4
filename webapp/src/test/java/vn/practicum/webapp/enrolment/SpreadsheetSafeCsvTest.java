package vn.practicum.webapp.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetSafeCsvTest {

    @Test
    void values_that_a_spreadsheet_would_run_as_formulas_are_written_as_text() {
        assertThat(List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"))
                .map(SpreadsheetSafeCsv::neutralise)
                .allSatisfy(cell -> assertThat(cell).startsWith("'"));
        assertThat(List.of("Nguyễn Văn An", "an@x.vn", "12", "", "a=b"))
                .map(SpreadsheetSafeCsv::neutralise)
                .containsExactly("Nguyễn Văn An", "an@x.vn", "12", "", "a=b");
        assertThat(SpreadsheetSafeCsv.neutralise(null)).isEmpty();
    }

    @Test
    void writes_utf8_with_a_byte_order_mark_quoted_and_neutralised() {
        byte[] csv = SpreadsheetSafeCsv.write(List.of("row", "value"),
                List.of(List.of("2", "=cmd|' /C calc'!A0"), List.of("3", "Trần, \"Bình\"")));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xef, 0xbb, 0xbf);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("row,value\r\n2,'=cmd|' /C calc'!A0\r\n3,\"Trần, \"\"Bình\"\"\"\r\n");
    }

    @Test
    void the_report_of_a_file_read_back_never_starts_a_cell_with_a_formula_character() {
        String hostile = EnrolmentFiles.csv("=1+1,@x,-y@z,+w,==,1,-1/1/2027,2027-01-01,=gv,=true");
        EnrolmentValidator validator = new EnrolmentValidator(new vn.practicum.engine.field.FieldRegistry(List.of()));
        var problems = validator.validate("hust", SpreadsheetReader.read(EnrolmentFiles.utf8(hostile), FileKind.CSV)).problems();
        assertThat(problems).isNotEmpty();

        byte[] report = SpreadsheetSafeCsv.write(EnrolmentController.REPORT_HEADER, problems.stream()
                .map(p -> List.of(String.valueOf(p.row()), String.valueOf(p.column()), p.value() == null ? "" : p.value(),
                        p.problem().vi(), p.problem().en())).toList());

        var back = SpreadsheetReader.read(report, FileKind.CSV);
        assertThat(back.problems()).isEmpty();
        assertThat(back.rows()).hasSize(problems.size() + 1).allSatisfy(row -> assertThat(row.cells())
                .allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@")));
        assertThat(back.rows()).anySatisfy(row -> assertThat(row.cells()).contains("'=1+1"));
    }
}
