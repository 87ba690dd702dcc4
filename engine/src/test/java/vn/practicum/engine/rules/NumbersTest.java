package vn.practicum.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void form_numbers_read_exactly() {
        assertThat(Numbers.exact(3)).isEqualByComparingTo("3");
        assertThat(Numbers.exact(2.5d)).isEqualByComparingTo("2.5");
        assertThat(Numbers.exact(0.1d)).isEqualTo(new BigDecimal("0.1"));
        assertThat(Numbers.exact(Double.NaN)).isNull();
        assertThat(Numbers.exact(Double.POSITIVE_INFINITY)).isNull();
        assertThat(Numbers.exact(null)).isNull();
    }

    @Test
    void whole_numbers_not_below_zero() {
        assertThat(Numbers.wholeNotNegative(4.0d)).isEqualTo(new BigDecimal("4"));
        assertThat(Numbers.wholeNotNegative(0L)).isEqualTo(BigDecimal.ZERO);
        assertThat(Numbers.wholeNotNegative(-1)).isNull();
        assertThat(Numbers.wholeNotNegative(1.5d)).isNull();
        assertThat(Numbers.wholeNotNegative(Double.NaN)).isNull();
    }

    @Test
    void anything_sent_parses_if_it_is_a_number_or_text_that_reads_as_one() {
        assertThat(Numbers.parse(7)).contains(new BigDecimal("7"));
        assertThat(Numbers.parse(" 12.50 ")).contains(new BigDecimal("12.50"));
        assertThat(Numbers.parse("twelve")).isEmpty();
        assertThat(Numbers.parse(Double.NaN)).isEmpty();
        assertThat(Numbers.parse(true)).isEmpty();
        assertThat(Numbers.parse(null)).isEmpty();
    }

    @Test
    void whole_numbers_fit_a_long() {
        assertThat(Numbers.whole(2024.0d)).contains(2024L);
        assertThat(Numbers.whole("15")).contains(15L);
        assertThat(Numbers.whole(-3)).contains(-3L);
        assertThat(Numbers.whole(2.5d)).isEmpty();
        assertThat(Numbers.whole("1" + "0".repeat(20))).isEmpty();
        assertThat(Numbers.whole(null)).isEmpty();
    }
}
