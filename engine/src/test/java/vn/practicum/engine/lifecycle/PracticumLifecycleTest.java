package vn.practicum.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.test.PracticumTestEngine;

class PracticumLifecycleTest {

    private final PracticumLifecycle lifecycle = new PracticumLifecycle(
            PracticumTestEngine.withFields().getRuntimeService(), new FieldRegistry(List.of()));

    @Test
    void names_every_problem_of_a_bad_start_request() {
        PracticumStart bad = new PracticumStart("<script>", "HUST!", "astrology", " ", -5, true,
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 2, 1));

        assertThatThrownBy(() -> lifecycle.start(bad))
                .isInstanceOfSatisfying(PracticumLifecycle.InvalidLifecycleRequestException.class, e ->
                        assertThat(e.problems()).hasSize(6).anySatisfy(p -> assertThat(p).startsWith("studentId"))
                                .anySatisfy(p -> assertThat(p).contains("unknown field 'astrology'"))
                                .anySatisfy(p -> assertThat(p).startsWith("placementEnd")));
    }

    @Test
    void sets_the_student_as_typed_variables_and_leaves_the_schedule_to_mentoring() {
        Map<String, Object> variables = lifecycle.variablesOf(PracticumTestEngine.eligibleStudent("st-1", "hust", "tourism"));

        assertThat(variables).containsEntry("studentId", "st-1").containsEntry("schoolCode", "hust")
                .containsEntry("fieldKey", "tourism").containsEntry("creditsEarned", 120)
                .containsKey("placementStart")
                .doesNotContainKeys("logbookCount", "logbookInterval", "taskDueAfter", "reminderAfter", "escalationAfter",
                        "midtermAfter");
    }

    @Test
    void refuses_a_withdrawal_without_reason_or_party_and_one_with_nothing_running() {
        assertThatThrownBy(() -> lifecycle.withdraw("st-2", null, " "))
                .isInstanceOfSatisfying(PracticumLifecycle.InvalidLifecycleRequestException.class,
                        e -> assertThat(e.problems()).hasSize(2));
        assertThatThrownBy(() -> lifecycle.withdraw("st-2", WithdrawalParty.STUDENT, "Chuyển trường"))
                .isInstanceOf(PracticumLifecycle.LifecycleConflictException.class)
                .hasMessageContaining("no practicum running");
    }

    @Test
    void refuses_a_new_student_in_a_field_switched_off() {
        PracticumLifecycle withTourismOff = new PracticumLifecycle(PracticumTestEngine.withFields().getRuntimeService(),
                new FieldRegistry(List.of(), java.util.Set.of("tourism")));

        assertThatThrownBy(() -> withTourismOff.start(PracticumTestEngine.eligibleStudent("st-off-1", "hust", "tourism")))
                .isInstanceOfSatisfying(PracticumLifecycle.InvalidLifecycleRequestException.class, e ->
                        assertThat(e.problems()).containsExactly("fieldKey: field 'tourism' is switched off and takes no new students"));
    }
}
