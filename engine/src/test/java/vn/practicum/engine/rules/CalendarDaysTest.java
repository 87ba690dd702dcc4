package vn.practicum.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.LocalizedText;

class CalendarDaysTest {

    static final LocalizedText LABEL = LocalizedText.of("Hợp đồng", "Contract");

    @Test
    void an_engine_date_is_the_day_in_vietnam() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(CalendarDays.vietnameseDay(Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant()))).isEqualTo(day);
        // 00:30 in Vietnam is still the previous day in UTC: the day is Vietnam's
        Date earlyMorning = Date.from(day.atTime(0, 30).atZone(PracticumVariables.VIETNAM).toInstant());
        assertThat(CalendarDays.vietnameseDay(earlyMorning)).isEqualTo(day);
    }

    @Test
    void only_real_days_in_the_format_yyyy_mm_dd_parse() {
        assertThat(CalendarDays.parse(" 2026-12-31 ")).contains(LocalDate.of(2026, 12, 31));
        assertThat(CalendarDays.parse("2028-02-29")).contains(LocalDate.of(2028, 2, 29));
        assertThat(CalendarDays.parse("2026-02-30")).isEmpty();
        assertThat(CalendarDays.parse("31/12/2026")).isEmpty();
        assertThat(CalendarDays.parse("2026-1-5")).isEmpty();
        assertThat(CalendarDays.parse("")).isEmpty();
        assertThat(CalendarDays.parse(null)).isEmpty();
    }

    @Test
    void a_required_day_is_returned_without_a_problem() {
        List<LocalizedText> problems = new ArrayList<>();
        assertThat(CalendarDays.required(LABEL, "2026-05-01", "ngày ký", "the signing day", problems)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(problems).isEmpty();
    }

    @Test
    void a_missing_required_day_is_a_problem() {
        List<LocalizedText> problems = new ArrayList<>();
        assertThat(CalendarDays.required(LABEL, " ", "ngày ký", "the signing day", problems)).isNull();
        assertThat(problems).containsExactly(LocalizedText.of("Hợp đồng: thiếu ngày ký", "Contract: the signing day is missing"));
    }

    @Test
    void a_required_day_that_is_no_real_date_is_a_problem_quoting_it() {
        List<LocalizedText> problems = new ArrayList<>();
        assertThat(CalendarDays.required(LABEL, "2026-02-30", "ngày ký", "the signing day", problems)).isNull();
        assertThat(problems).containsExactly(LocalizedText.of(
                "Hợp đồng: ngày ký '2026-02-30' không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                "Contract: the signing day '2026-02-30' is not a valid date in the format yyyy-MM-dd"));
    }
}
