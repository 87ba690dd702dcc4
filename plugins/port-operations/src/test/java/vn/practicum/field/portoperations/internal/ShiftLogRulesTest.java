package vn.practicum.field.portoperations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class ShiftLogRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);
    static final LocalDate END = LocalDate.of(2026, 4, 30);

    final ShiftLogRules rules = new ShiftLogRules();

    @Test
    void aCompleteLog_hasNoProblems() {
        assertThat(rules.problems(log("2026-02-03", "06:00", 8, false, null), 12, START, END, null)).isEmpty();
    }

    @Test
    void shiftsOnThePlacementsFirstAndLastDay_count_theDaysAroundDoNot() {
        assertThat(rules.problems(log("2026-02-01", "06:00", 8, false, null), 12, START, END, null)).isEmpty();
        assertThat(rules.problems(log("2026-04-30", "06:00", 8, false, null), 12, START, END, null)).isEmpty();
        assertThat(rules.problems(log("2026-01-31", "06:00", 8, false, null), 12, START, END, null)).extracting(LocalizedText::en)
                .containsExactly("The shift on 2026-01-31 is before the placement started (2026-02-01)");
        assertThat(rules.problems(log("2026-05-01", "06:00", 8, false, null), 12, START, END, null)).extracting(LocalizedText::en)
                .containsExactly("The shift on 2026-05-01 is after the placement ended (2026-04-30)");
        assertThat(rules.problems(log("2026-05-01", "06:00", 8, false, null), 12, START, null, null)).isEmpty();
    }

    @Test
    void twelveHours_isTheMost_aHostMayAllowFewer() {
        assertThat(rules.problems(log("2026-02-03", "06:00", 12, false, null), 12, START, END, null)).isEmpty();
        assertThat(rules.problems(log("2026-02-03", "06:00", 12.5, false, null), 12, START, END, null)).extracting(LocalizedText::en)
                .containsExactly("A 12.5-hour shift is more than the 12 working hours a day allows (Labour Code 2019, Art. 107)");
        assertThat(rules.problems(log("2026-02-03", "06:00", 8, false, null), 8, START, END, null)).isEmpty();
        assertThat(rules.problems(log("2026-02-03", "06:00", 9, false, null), 8, START, END, null)).extracting(LocalizedText::en)
                .containsExactly("A 9-hour shift is more than the 8 hours the host lets a student work");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "tám", "NaN"})
    void hoursThatAreNotAPositiveNumber_areRefused(String hours) {
        Object value = hours.equals("NaN") ? (Object) Double.NaN : hours;
        assertThat(rules.problems(log("2026-02-03", "06:00", value, false, null), 12, START, END, null)).singleElement()
                .extracting(LocalizedText::en).asString().endsWith("must be a number above 0");
    }

    @Test
    void aLaterShift_thanTheLastSignedOff_isNeeded() {
        LocalDateTime previous = LocalDateTime.of(2026, 2, 3, 6, 0);
        assertThat(rules.problems(log("2026-02-03", "14:00", 8, false, null), 12, START, END, previous)).isEmpty();
        assertThat(rules.problems(log("2026-02-03", "06:00", 8, false, null), 12, START, END, previous)).extracting(LocalizedText::en)
                .containsExactly("The shift starting 2026-02-03 06:00 is not after the last signed-off shift (2026-02-03 06:00):"
                        + " log each shift once, in order");
        assertThat(rules.problems(log("2026-02-02", "22:00", 8, false, null), 12, START, END, previous)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6:00", "24:00", "06:60", "6h", "06.00"})
    void startTimesNotHHmm_areRefused(String time) {
        assertThat(rules.problems(log("2026-02-03", time, 8, false, null), 12, START, END, null)).singleElement()
                .extracting(LocalizedText::en).asString().contains("'" + time + "'", "HH:mm");
    }

    @Test
    void anIncident_needsItsReport() {
        assertThat(rules.problems(log("2026-02-03", "06:00", 8, true, null), 12, START, END, null)).extracting(LocalizedText::en)
                .containsExactly("An incident happened: report what happened and what was done"
                        + " (Law on Occupational Safety and Health 2015, Art. 34)");
        assertThat(rules.problems(log("2026-02-03", "06:00", 8, true, "Xe nâng suýt va chạm, đã dừng khai thác"), 12, START, END, null))
                .isEmpty();
        assertThat(rules.problems(log("2026-02-03", "06:00", 8, "true", "Xe nâng suýt va chạm"), 12, START, END, null)).isEmpty();
        assertThat(rules.problems(log("2026-02-03", "06:00", 8, "có", null), 12, START, END, null)).extracting(LocalizedText::en)
                .containsExactly("The incident answer 'có' is not yes or no");
    }

    @Test
    void nothingEntered_listsEverything() {
        assertThat(rules.problems(new ShiftLog(null, null, null, null, null, null, null, " "), 12, START, END, null))
                .extracting(LocalizedText::en).containsExactly(
                        "The shift's date is missing",
                        "The shift's start time is missing",
                        "The hours worked are missing",
                        "The work position (berth, yard block, control position) is missing",
                        "The operations of the shift are missing",
                        "The hand-over notes for the next shift are missing",
                        "Say whether an accident, incident or near miss happened during the shift");
    }

    @Test
    void aMaximumOutsideOneToTwelve_isAModellingError() {
        assertThatThrownBy(() -> rules.problems(log("2026-02-03", "06:00", 8, false, null), 13, START, END, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumShiftHours");
    }

    private static ShiftLog log(String date, String time, Object hours, Object incident, String report) {
        return new ShiftLog(date, time, hours, "Cầu tàu số 2", "Theo dõi xếp dỡ tàu container", incident, report,
                "Còn 36 container chờ xếp");
    }
}
