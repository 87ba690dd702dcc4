package vn.practicum.webapp.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.csv;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.row;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.utf8;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.webapp.enrolment.EnrolmentValidator.Validation;

class EnrolmentValidatorTest {

    final EnrolmentValidator validator = new EnrolmentValidator(new FieldRegistry(List.of(), Set.of("fintech")));

    Validation validate(String text) {
        return validator.validate("hust", SpreadsheetReader.read(utf8(text), FileKind.CSV));
    }

    @Test
    void a_valid_file_gives_one_student_per_row_with_typed_values() {
        Validation validation = validate(csv(row("SV001", "Nguyễn Văn An"),
                "SV002,Trần Thị Bình,binh@hust.edu.vn,tourism,95,không,1/2/2027,2027-04-30,gv-02,có"));

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.students()).hasSize(2);
        EnrolmentRow binh = validation.students().get(1);
        assertThat(binh.row()).isEqualTo(3);
        assertThat(binh.studentId("hust")).isEqualTo("hust-SV002");
        assertThat(binh.creditsEarned()).isEqualTo(95);
        assertThat(binh.prerequisitesPassed()).isFalse();
        assertThat(binh.priority()).isTrue();
        assertThat(binh.placementStart()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(binh.placementEnd()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(binh.start("hust")).satisfies(start -> {
            assertThat(start.studentId()).isEqualTo("hust-SV002");
            assertThat(start.schoolCode()).isEqualTo("hust");
            assertThat(start.supervisorId()).isEqualTo("gv-02");
        });
        assertThat(binh.record("hust", java.time.Instant.EPOCH).fullName()).isEqualTo("Trần Thị Bình");
    }

    @Test
    void names_every_problem_by_row_and_column_in_vietnamese_and_english() {
        Validation validation = validate(csv(
                row("SV001", "Nguyễn Văn An"),
                "SV 2,,not-an-email,astrology,-3,maybe,31/02/2027,2027-13-01,,",
                "SV003,Lê Văn Cường,c@hust.edu.vn,fintech,120,true,2027-05-01,2027-04-01,gv-01,perhaps",
                row("sv001", "Phạm Thị Dung")));

        assertThat(validation.valid()).isFalse();
        assertThat(validation.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "studentCode"),
                org.assertj.core.groups.Tuple.tuple(3, "fullName"),
                org.assertj.core.groups.Tuple.tuple(3, "email"),
                org.assertj.core.groups.Tuple.tuple(3, "fieldKey"),
                org.assertj.core.groups.Tuple.tuple(3, "creditsEarned"),
                org.assertj.core.groups.Tuple.tuple(3, "prerequisitesPassed"),
                org.assertj.core.groups.Tuple.tuple(3, "placementStart"),
                org.assertj.core.groups.Tuple.tuple(3, "placementEnd"),
                org.assertj.core.groups.Tuple.tuple(3, "supervisorId"),
                org.assertj.core.groups.Tuple.tuple(4, "fieldKey"),
                org.assertj.core.groups.Tuple.tuple(4, "placementEnd"),
                org.assertj.core.groups.Tuple.tuple(4, "priority"),
                org.assertj.core.groups.Tuple.tuple(5, "studentCode"));
        RowProblem email = validation.problems().get(2);
        assertThat(email.value()).isEqualTo("not-an-email");
        assertThat(email.problem().vi()).isEqualTo("Địa chỉ e-mail không hợp lệ");
        assertThat(email.problem().en()).isEqualTo("not a valid e-mail address");
        assertThat(email.describe()).isEqualTo("Dòng 3, cột email: Địa chỉ e-mail không hợp lệ"
                + " / Row 3, column email: not a valid e-mail address");
        assertThat(validation.problems().get(3).problem().en()).startsWith("unknown field; one of: ").contains("tourism");
        assertThat(validation.problems().get(9).problem().en()).contains("switched off");
        assertThat(validation.problems().get(12).problem().en()).isEqualTo("the same student code as row 2");
    }

    @Test
    void the_header_must_name_every_required_column_once_and_nothing_unknown() {
        Validation validation = validate("Student Code;full_name;emial;fullName\nSV001;A;b;c\n");

        assertThat(validation.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(1))
                .extracting(RowProblem::column).containsExactly("emial", "fullName", "email", "fieldKey", "creditsEarned",
                        "prerequisitesPassed", "placementStart", "placementEnd", "supervisorId");
        assertThat(validation.problems().get(1).problem().en()).isEqualTo("the column appears twice");
        assertThat(validation.problems().get(2).problem().en()).isEqualTo("required column missing");
    }

    @Test
    void an_empty_file_and_a_file_with_only_a_header_are_refused() {
        assertThat(validate("").problems()).singleElement().satisfies(p -> assertThat(p.problem().en()).startsWith("the file is empty"));
        assertThat(validate(EnrolmentFiles.HEADER + "\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.problem().en()).contains("no students"));
    }

    @Test
    void a_value_beyond_the_header_and_a_student_code_too_long_for_a_user_id() {
        String longCode = "A".repeat(64 - "hust".length());
        Validation validation = validate(csv(row("SV001", "An") + ",extra", row(longCode, "Bình")));

        assertThat(validation.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, null), org.assertj.core.groups.Tuple.tuple(3, "studentCode"));
        assertThat(validation.problems().get(1).problem().en()).contains("at most 59 characters");
    }

    @Test
    void a_missing_optional_priority_column_means_no_priority() {
        String header = EnrolmentFiles.HEADER.replace(",priority", "");
        String row = row("SV001", "An");
        Validation validation = validate(header + "\n" + row.substring(0, row.lastIndexOf(',')) + "\n");

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.students().get(0).priority()).isFalse();
    }
}
