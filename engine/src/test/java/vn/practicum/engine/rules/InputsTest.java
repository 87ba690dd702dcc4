package vn.practicum.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.spi.LocalizedText;

class InputsTest {

    static final ProcessVariable<String> TEXT = ProcessVariable.of("text", String.class);
    static final ProcessVariable<Number> NUMBER = ProcessVariable.of("number", Number.class);
    static final ProcessVariable<Boolean> TICK = ProcessVariable.of("tick", Boolean.class);
    static final ProcessVariable<Long> COUNT = ProcessVariable.of("count", Long.class);

    static VariableScope scopeWith(String name, Object value) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(name)).thenReturn(value);
        return scope;
    }

    @Test
    void text_reads_anything_as_its_text() {
        assertThat(Inputs.text(scopeWith("text", "abc"), TEXT)).isEqualTo("abc");
        assertThat(Inputs.text(scopeWith("text", 42), TEXT)).isEqualTo("42");
        assertThat(Inputs.text(scopeWith("text", null), TEXT)).isNull();
    }

    @Test
    void text_or_day_reads_an_engine_date_as_its_vietnamese_day() {
        LocalDate day = LocalDate.of(2026, 4, 30);
        Date midnight = Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
        assertThat(Inputs.textOrDay(scopeWith("text", midnight), TEXT)).isEqualTo("2026-04-30");
        assertThat(Inputs.textOrDay(scopeWith("text", " x "), TEXT)).isEqualTo(" x ");
        assertThat(Inputs.textOrDay(scopeWith("text", 7L), TEXT)).isEqualTo("7");
        assertThat(Inputs.textOrDay(scopeWith("text", null), TEXT)).isNull();
    }

    @Test
    void raw_is_whatever_was_sent() {
        assertThat(Inputs.raw(scopeWith("number", "12"), NUMBER)).isEqualTo("12");
    }

    @Test
    void a_number_sent_as_text_reads_as_a_number_or_nan() {
        assertThat(Inputs.number(scopeWith("number", 3), NUMBER)).isEqualTo(3);
        assertThat(Inputs.number(scopeWith("number", " 2.5 "), NUMBER)).isEqualTo(new BigDecimal("2.5"));
        assertThat(Inputs.number(scopeWith("number", "many"), NUMBER)).isEqualTo(Double.NaN);
        assertThat(Inputs.number(scopeWith("number", null), NUMBER)).isNull();
    }

    @Test
    void a_tick_box_is_ticked_only_by_true() {
        assertThat(Inputs.ticked(scopeWith("tick", true), TICK)).isTrue();
        assertThat(Inputs.ticked(scopeWith("tick", " true "), TICK)).isTrue();
        assertThat(Inputs.ticked(scopeWith("tick", "yes"), TICK)).isFalse();
        assertThat(Inputs.ticked(scopeWith("tick", 1), TICK)).isFalse();
        assertThat(Inputs.ticked(scopeWith("tick", null), TICK)).isFalse();
    }

    @Test
    void yes_or_no_is_a_boolean_or_its_text() {
        assertThat(Inputs.yesOrNo(false)).contains(false);
        assertThat(Inputs.yesOrNo(" TRUE ")).contains(true);
        assertThat(Inputs.yesOrNo("yes")).isEmpty();
        assertThat(Inputs.yesOrNo(1)).isEmpty();
        assertThat(Inputs.yesOrNo(null)).isEmpty();
    }

    @Test
    void https_addresses_need_the_scheme_and_a_host() {
        assertThat(Inputs.isHttpsAddress(" https://bi.example.vn/d/42 ")).isTrue();
        assertThat(Inputs.isHttpsAddress("HTTPS://bi.example.vn")).isTrue();
        assertThat(Inputs.isHttpsAddress("http://bi.example.vn")).isFalse();
        assertThat(Inputs.isHttpsAddress("https:///path")).isFalse();
        assertThat(Inputs.isHttpsAddress("bi.example.vn")).isFalse();
        assertThat(Inputs.isHttpsAddress("https://a b")).isFalse();
        assertThat(Inputs.isHttpsAddress(null)).isFalse();
    }

    @Test
    void a_value_of_the_wrong_type_reads_as_absent_and_is_a_problem() {
        Inputs in = new Inputs(scopeWith("count", "many"));
        assertThat(in.read(COUNT)).isNull();
        assertThat(in.problems()).containsExactly(LocalizedText.of(
                "Giá trị của 'count' không đúng kiểu (cần Long)",
                "The value of 'count' has the wrong type (Long expected)"));
    }

    @Test
    void values_of_the_right_type_read_without_problems() {
        Inputs in = new Inputs(scopeWith("count", 5));
        assertThat(in.read(COUNT)).isEqualTo(5L);
        assertThat(in.read(TEXT)).isNull();
        assertThat(in.problems()).isEmpty();
    }
}
