package vn.practicum.field.greencertification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class GhgTrainingRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);

    final GhgTrainingRules rules = new GhgTrainingRules();

    @Test
    void sixteenHours_coveringTheWholeMethod_isEnough_fifteenIsNot() {
        assertThat(rules.problems(training("2025-11-20", 16), 16, 3, START)).isEmpty();
        assertThat(rules.problems(training("2025-11-20", 15.5), 16, 3, START)).extracting(LocalizedText::en)
                .containsExactly("GHG-inventory method training: 15.5 hours, fewer than the 16 needed");
    }

    @Test
    void completedOnTheFirstDay_isInTime_theDayAfterIsNot() {
        assertThat(rules.problems(training("2026-02-01", 24), 16, 3, START)).isEmpty();
        assertThat(rules.problems(training("2026-02-02", 24), 16, 3, START)).extracting(LocalizedText::en).containsExactly(
                "GHG-inventory method training: completed on 2026-02-02, after the placement starts on 2026-02-01: train before");
    }

    @Test
    void exactlyThreeYearsOld_isStillCurrent_aDayOlderIsNot() {
        assertThat(rules.problems(training("2023-02-01", 24), 16, 3, START)).isEmpty();
        assertThat(rules.problems(training("2023-01-31", 24), 16, 3, START)).singleElement().extracting(LocalizedText::en).asString()
                .contains("more than 3 years before the placement starts");
        assertThat(rules.problems(training("2023-01-31", 24), 16, 5, START)).isEmpty();
    }

    @Test
    void everyMissingTopic_isNamed_withItsClause() {
        GhgTraining training = new GhgTraining("KNK-2025/0312", "Trung tâm đào tạo", "2025-11-20", 24, true, null, false, "true");
        assertThat(rules.problems(training, 16, 3, START)).extracting(LocalizedText::en).containsExactly(
                "GHG-inventory method training: it does not cover activity data (clause 6), emission factors (clause 6) of ISO 14064-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-4", "mười sáu"})
    void hoursThatAreNotAPositiveNumber_areRefused(String hours) {
        GhgTraining training = new GhgTraining("KNK-2025/0312", "Trung tâm đào tạo", "2025-11-20", hours, true, true, true, true);
        assertThat(rules.problems(training, 16, 3, START)).singleElement().extracting(LocalizedText::en).asString()
                .endsWith("must be a number above 0");
    }

    @Test
    void nothingEntered_listsEverything() {
        assertThat(rules.problems(new GhgTraining(null, null, null, null, null, null, null, null), 16, 3, START))
                .extracting(LocalizedText::en).containsExactly(
                        "GHG-inventory method training: the certificate number is missing",
                        "GHG-inventory method training: the training provider is missing",
                        "GHG-inventory method training: the completion date is missing",
                        "GHG-inventory method training: the training hours are missing",
                        "GHG-inventory method training: it does not cover boundaries and scopes (clause 5), activity data (clause 6),"
                                + " emission factors (clause 6), QA/QC and uncertainty (clause 8) of ISO 14064-1");
    }

    @Test
    void aMalformedDateOrNumber_isAProblem() {
        GhgTraining training = new GhgTraining("KNK", "Trung tâm đào tạo", "20/11/2025", 24, true, true, true, true);
        assertThat(rules.problems(training, 16, 3, START)).extracting(LocalizedText::en).containsExactly(
                "GHG-inventory method training: the certificate number 'KNK' is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)",
                "GHG-inventory method training: the completion date '20/11/2025' is not a valid date in the format yyyy-MM-dd");
    }

    @Test
    void parametersOutsideTheirRange_areModellingErrors() {
        assertThatThrownBy(() -> rules.problems(training("2025-11-20", 24), 0, 3, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumTrainingHours");
        assertThatThrownBy(() -> rules.problems(training("2025-11-20", 24), 16, 11, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumTrainingAgeYears");
    }

    private static GhgTraining training(String completedOn, Object hours) {
        return new GhgTraining("KNK-2025/0312", "Trung tâm đào tạo kiểm kê khí nhà kính", completedOn, hours, true, true, true, true);
    }
}
