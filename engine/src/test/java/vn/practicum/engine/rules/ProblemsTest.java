package vn.practicum.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.LocalizedText;

class ProblemsTest {

    static final LocalizedText LABEL = LocalizedText.of("Chứng chỉ 1", "Certificate 1");

    @Test
    void one_problem_reads_vietnamese_then_english() {
        assertThat(Problems.describe(LocalizedText.of("thiếu", "missing"))).isEqualTo("thiếu / missing");
    }

    @Test
    void problems_are_one_per_line() {
        assertThat(Problems.describe(List.of(LocalizedText.of("a", "b"), LocalizedText.of("c", "d")))).isEqualTo("a / b\nc / d");
        assertThat(Problems.describe(List.of())).isEmpty();
    }

    @Test
    void a_problem_about_something_starts_with_its_label() {
        assertThat(Problems.about(LABEL, "thiếu số", "the number is missing"))
                .isEqualTo(LocalizedText.of("Chứng chỉ 1: thiếu số", "Certificate 1: the number is missing"));
    }

    @Test
    void echoed_input_is_quoted_trimmed_and_cut_short() {
        assertThat(Problems.echo("  abc ")).isEqualTo("'abc'");
        assertThat(Problems.echo(42)).isEqualTo("'42'");
        String longInput = "x".repeat(Problems.MAX_ECHOED_INPUT + 5);
        assertThat(Problems.echo(longInput)).isEqualTo("'" + "x".repeat(Problems.MAX_ECHOED_INPUT) + "…'");
        assertThat(Problems.echo("x".repeat(Problems.MAX_ECHOED_INPUT))).isEqualTo("'" + "x".repeat(Problems.MAX_ECHOED_INPUT) + "'");
    }

    @Test
    void blank_is_null_empty_or_white_space() {
        assertThat(Problems.isBlank(null)).isTrue();
        assertThat(Problems.isBlank("")).isTrue();
        assertThat(Problems.isBlank(" \t")).isTrue();
        assertThat(Problems.isBlank(" a ")).isFalse();
    }
}
