package vn.practicum.field.vocationaldigitaltransformation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class PilotAnalyticsRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);
    static final LocalDate END = LocalDate.of(2026, 4, 30);

    final PilotAnalyticsRules rules = new PilotAnalyticsRules();

    @Test
    void aConsistentPilot_hasNoProblems_andItsMetrics() {
        PilotReport report = report(32, 29, 25);

        assertThat(rules.problems(report, START, END, 10)).isEmpty();
        assertThat(rules.metrics(report)).isEqualTo(new PilotMetrics(90.6, 78.1));
    }

    @Test
    void theMinimumOfLearners_isEnough_oneFewerIsNot() {
        assertThat(rules.problems(report(10, 9, 5), START, END, 10)).isEmpty();
        assertThat(rules.problems(report(9, 9, 5), START, END, 10)).extracting(LocalizedText::en)
                .containsExactly("Pilot report: the pilot had 9 learners enrolled, fewer than the minimum of 10");
        assertThat(rules.problems(report(9, 9, 5), START, END, 5)).isEmpty();
    }

    @Test
    void completedAtMostActive_atMostEnrolled() {
        assertThat(rules.problems(report(20, 20, 20), START, END, 10)).isEmpty();
        assertThat(rules.problems(report(20, 21, 21), START, END, 10)).extracting(LocalizedText::en)
                .containsExactly("Pilot report: more learners were active (21) than enrolled (20)");
        assertThat(rules.problems(report(20, 15, 16), START, END, 10)).extracting(LocalizedText::en)
                .containsExactly("Pilot report: more learners completed (16) than were active (15)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 12.5, Double.NaN})
    void countsThatAreNotWholeAndPositive_areRefused_andNotCompared(double enrolled) {
        assertThat(rules.problems(report(enrolled, 10, 5), START, END, 10)).extracting(LocalizedText::en)
                .containsExactly("Pilot report: the number of learners enrolled must be a whole number, 0 or more");
    }

    @Test
    void thePilotWithinThePlacement_onItsFirstAndLastDays_isFine() {
        assertThat(rules.problems(report("2026-02-01", "2026-04-30"), START, END, 10)).isEmpty();
        assertThat(rules.problems(report("2026-01-31", "2026-05-01"), START, END, 10)).extracting(LocalizedText::en)
                .containsExactly(
                        "Pilot report: the pilot started on 2026-01-31, before the placement starts on 2026-02-01: the"
                                + " pilot is the student's work during the placement",
                        "Pilot report: the pilot ended on 2026-05-01, after the placement ends on 2026-04-30");
        assertThat(rules.problems(report("2026-01-31", "2027-05-01"), START, null, 10)).hasSize(1);
    }

    @Test
    void aPilotEndingBeforeItStarts_isRefused() {
        assertThat(rules.problems(report("2026-03-20", "2026-03-19"), START, END, 10)).extracting(LocalizedText::en)
                .containsExactly("Pilot report: the pilot ended on 2026-03-19, before it started on 2026-03-20");
        assertThat(rules.problems(report("2026-03-20", "2026-03-20"), START, END, 10)).isEmpty();
    }

    @Test
    void scoreAndSatisfaction_haveTheirScales() {
        assertThat(rules.problems(scored(0, 1), START, END, 10)).isEmpty();
        assertThat(rules.problems(scored(100, 5), START, END, 10)).isEmpty();
        assertThat(rules.problems(scored(100.5, 0.9), START, END, 10)).extracting(LocalizedText::en).containsExactly(
                "Pilot report: the average assessment score must be from 0 to 100",
                "Pilot report: the average satisfaction must be from 1 to 5");
    }

    @Test
    void nothingEntered_listsEverything_inOrder() {
        PilotReport empty = new PilotReport(null, "", null, null, null, null, null, null, " ");
        assertThat(rules.problems(empty, START, END, 10)).extracting(LocalizedText::en).containsExactly(
                "Pilot report: the pilot's first day is missing",
                "Pilot report: the pilot's last day is missing",
                "Pilot report: the number of learners enrolled is missing",
                "Pilot report: the number of active learners is missing",
                "Pilot report: the number of learners who completed is missing",
                "Pilot report: the average assessment score is missing",
                "Pilot report: the average satisfaction is missing",
                "Pilot report: the report is missing: what the learning analytics show, the changes to the module");
        assertThat(rules.problems(empty, START, END, 10)).extracting(LocalizedText::vi)
                .allSatisfy(vi -> assertThat(vi).startsWith("Báo cáo thử nghiệm học phần: "));
    }

    @Test
    void aMinimumOutsideOneToAThousand_isAModellingError() {
        assertThatThrownBy(() -> rules.problems(report(32, 29, 25), START, END, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumPilotLearners");
        assertThatThrownBy(() -> rules.problems(report(32, 29, 25), START, END, 1001))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PilotReport report(Number enrolled, Number active, Number completed) {
        return new PilotReport("2026-03-16", "2026-04-12", enrolled, active, completed, 78.5, 4.3,
                "Bỏ dở nhiều ở bài 3", "Chia nhỏ video bài 3");
    }

    private static PilotReport report(String startedOn, String endedOn) {
        return new PilotReport(startedOn, endedOn, 32, 29, 25, 78.5, 4.3, "Bỏ dở nhiều ở bài 3", "Chia nhỏ video bài 3");
    }

    private static PilotReport scored(Number score, Number satisfaction) {
        return new PilotReport("2026-03-16", "2026-04-12", 32, 29, 25, score, satisfaction, "Bỏ dở nhiều ở bài 3",
                "Chia nhỏ video bài 3");
    }
}
