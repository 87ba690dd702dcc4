package vn.practicum.engine.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.practicum.engine.test.PracticumTestEngine;

/** The register of students' personal data (V3__student_register.sql) on the test engine's database. */
class StudentRegisterTest {

    static final Instant NOW = Instant.parse("2026-01-15T02:00:00Z");

    final ProcessEngine engine = PracticumTestEngine.withFields();
    final JdbcTemplate jdbc = PracticumTestEngine.jdbc(engine);
    final StudentRegister register = new StudentRegister(jdbc);

    static StudentRecord student(String code, String name) {
        return new StudentRecord(StudentRecord.studentId("reg", code), "reg", code, name, code + "@reg.edu.vn", false, NOW);
    }

    @Test
    void registers_finds_and_erases_a_student_s_personal_data() {
        register.register(List.of(student("001", "Nguyễn Thị Ánh"), new StudentRecord("reg-002", "reg", "002",
                "Trần Văn Bình", "binh@reg.edu.vn", true, NOW)));

        assertThat(register.find("reg-001")).hasValueSatisfying(s -> {
            assertThat(s.fullName()).isEqualTo("Nguyễn Thị Ánh");
            assertThat(s.email()).isEqualTo("001@reg.edu.vn");
            assertThat(s.placementPriority()).isFalse();
            assertThat(s.createdAt()).isEqualTo(NOW);
        });
        assertThat(register.find("reg-002").orElseThrow().placementPriority()).isTrue();
        assertThat(register.registered(List.of("reg-001", "reg-002", "reg-003"))).containsExactlyInAnyOrder("reg-001", "reg-002");

        assertThat(register.erase("reg-001")).isTrue();
        assertThat(register.find("reg-001")).isEmpty();
        assertThat(register.erase("reg-001")).isFalse();
    }

    @Test
    void a_student_registered_twice_is_refused_by_the_database() {
        register.register(List.of(student("010", "Lê Văn Cường")));

        assertThatThrownBy(() -> register.register(List.of(student("010", "Lê Văn Cường"))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> register.register(List.of(new StudentRecord("other-id", "reg", "010", "X", "x@x.vn", false, NOW))))
                .as("a school's student code is unique too").isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void looks_up_more_ids_than_fit_one_in_list() {
        List<StudentRecord> many = new ArrayList<>();
        for (int i = 0; i < StudentRegister.CHUNK + 20; i++) {
            many.add(student("m" + i, "Sinh viên " + i));
        }
        register.register(many);
        List<String> ids = new ArrayList<>(many.stream().map(StudentRecord::studentId).toList());
        ids.add("reg-none");

        assertThat(register.registered(ids)).hasSize(StudentRegister.CHUNK + 20).doesNotContain("reg-none");
    }

    @Test
    void tells_which_students_the_tracking_model_knows() {
        // as the tracking listeners write it when a lifecycle reaches its first step
        jdbc.update("""
                insert into practicum_student_stage (student_id, school_code, field_key, stage, step_id, since,
                       process_instance_id, started_at, updated_at)
                values ('reg-100', 'reg', 'tourism', 'ENROLMENT', 'Task_ApproveEnrolment', current_timestamp, 'pi-1',
                        current_timestamp, current_timestamp)""");

        assertThat(register.tracked(List.of("reg-100", "reg-101"))).isEqualTo(Set.of("reg-100"));
    }
}
