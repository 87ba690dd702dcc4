package vn.practicum.webapp.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileKindTest {

    private static final byte[] TEXT = "studentCode,fullName\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aDeclaredTypeOfParametersOnlyCountsAsNoType() {
        // found by EnrolmentParserFuzzTest: ";" as the content type threw instead of being read as no type
        assertThat(FileKind.detect(TEXT, "students.csv", ";")).isEqualTo(FileKind.CSV);
        assertThat(FileKind.detect(TEXT, "students", ";;charset=utf-8")).isEqualTo(FileKind.CSV);
        assertThat(FileKind.detect(TEXT, "students", " text/csv ; charset=utf-8")).isEqualTo(FileKind.CSV);
        assertThat(FileKind.detect(TEXT, "students", "image/png;")).isEqualTo(FileKind.UNSUPPORTED);
    }
}
