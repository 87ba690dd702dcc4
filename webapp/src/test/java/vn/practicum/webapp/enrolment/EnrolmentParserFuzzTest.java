package vn.practicum.webapp.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.webapp.enrolment.EnrolmentValidator.Validation;

/**
 * The whole import parser (file kind detection, reading, row checks) on what users really upload and on garbage:
 * enrolment-shaped files in random encodings, with or without a byte-order mark, with random values in every column
 * (the optional nationalId too), and random bytes under random names and content types. The answer is always a
 * refusal or a row report, never an exception, and a file is accepted only when every row is.
 */
class EnrolmentParserFuzzTest {

    static final String SCHOOL = "fuzz";
    static final List<String> HEADER = List.of("studentCode", "fullName", "email", "fieldKey", "creditsEarned",
            "prerequisitesPassed", "placementStart", "placementEnd", "supervisorId", "priority", "nationalId");

    final EnrolmentValidator validator = new EnrolmentValidator(new FieldRegistry(List.of(), Set.of()));

    @Property(tries = 400)
    void enrolment_files_in_any_encoding_with_any_values_are_accepted_or_reported_row_by_row(
            @ForAll("enrolmentTexts") String text, @ForAll("encodings") Encoding encoding,
            @ForAll("fileNames") String fileName, @ForAll("contentTypes") String contentType) {
        byte[] content = encoding.encode(text);

        Validation validation = parse(content, fileName, contentType);

        assertReportOrStudents(validation);
    }

    @Property(tries = 300)
    void random_bytes_under_any_name_and_type_are_refused_or_reported_never_thrown(
            @ForAll @Size(max = 3000) byte[] content, @ForAll("fileNames") String fileName,
            @ForAll("contentTypes") String contentType) {
        Validation validation = parse(content, fileName, contentType);

        assertReportOrStudents(validation);
    }

    private Validation parse(byte[] content, String fileName, String contentType) {
        FileKind kind = FileKind.detect(content, fileName, contentType);
        if (kind == FileKind.UNSUPPORTED) {
            return new Validation(List.of(), List.of(RowProblem.ofFile("không hỗ trợ", "unsupported")));
        }
        return validator.validate(SCHOOL, SpreadsheetReader.read(content, kind));
    }

    private static void assertReportOrStudents(Validation validation) {
        assertThat(validation).isNotNull();
        if (validation.valid()) {
            assertThat(validation.students()).isNotEmpty();
            validation.students().forEach(student -> {
                assertThat(student.nationalId() == null || student.nationalId().matches("\\d{12}|\\d{9}")).isTrue();
                assertThat(student.placementEnd()).isAfter(student.placementStart());
            });
        } else {
            validation.problems().forEach(problem -> {
                assertThat(problem.problem().vi()).isNotBlank();
                assertThat(problem.problem().en()).isNotBlank();
                assertThat(problem.row()).isNotNegative();
            });
        }
    }

    @Provide
    Arbitrary<String> enrolmentTexts() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("SV001", "Nguyễn Văn An", "an@truong.edu.vn", "information-technology", "120", "true", "có",
                        "01/02/2027", "2027-04-30", "31/02/2027", "2027-13-01", "gv-sup", "079204001234", "12345",
                        "999999999999999999999", "-1", "1e9", "", " ", "=1+1", "\"quoted, comma\""),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars(",;\"\r\n\t\u00a0\u0301\ufeff").withCharRange('0', '9').ofMaxLength(15));
        Arbitrary<List<String>> row = cell.list().ofMinSize(0).ofMaxSize(HEADER.size() + 2);
        Arbitrary<String> delimiter = Arbitraries.of(",", ";");
        Arbitrary<String> lineBreak = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<List<String>> header = Arbitraries.subsetOf(HEADER).map(List::copyOf)
                .injectDuplicates(0.1).list().ofMaxSize(1).map(l -> l.isEmpty() ? HEADER : l.get(0));
        return Combinators.combine(header, row.list().ofMaxSize(6), delimiter, lineBreak).as((columns, rows, d, br) -> {
            StringBuilder text = new StringBuilder(String.join(d, columns)).append(br);
            rows.forEach(cells -> text.append(String.join(d, cells)).append(br));
            return text.toString();
        });
    }

    @Provide
    Arbitrary<Encoding> encodings() {
        return Arbitraries.of(
                new Encoding(StandardCharsets.UTF_8, new byte[0]),
                new Encoding(StandardCharsets.UTF_8, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}),
                new Encoding(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xff, (byte) 0xfe}),
                new Encoding(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xfe, (byte) 0xff}),
                new Encoding(StandardCharsets.UTF_16LE, new byte[0]),
                new Encoding(Charset.forName("windows-1258"), new byte[0]),
                new Encoding(StandardCharsets.ISO_8859_1, new byte[0]),
                new Encoding(StandardCharsets.UTF_8, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xef, (byte) 0xbb, (byte) 0xbf}));
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.oneOf(Arbitraries.of("students.csv", "students.CSV", "students.xlsx", "students.xls", "students",
                ".csv", "a.txt", "../../etc/passwd", "học sinh.csv"), Arbitraries.strings().all().ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(Arbitraries.of("text/csv", "text/plain", "application/octet-stream",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
                "application/json", "text/csv; charset=windows-1258", ""), Arbitraries.strings().ascii().ofMaxLength(20));
    }

    /** A character set and the byte-order mark written before the text (possibly none). */
    record Encoding(Charset charset, byte[] bom) {
        byte[] encode(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(bom);
            out.writeBytes(text.getBytes(charset));
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return charset + (bom.length > 0 ? " with BOM" : "");
        }
    }
}
