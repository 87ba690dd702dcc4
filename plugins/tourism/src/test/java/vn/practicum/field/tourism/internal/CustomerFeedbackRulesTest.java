package vn.practicum.field.tourism.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class CustomerFeedbackRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);

    final CustomerFeedbackRules rules = new CustomerFeedbackRules();

    @Test
    void enoughResponses_fromASatisfiedGroup_areUsable() {
        assertThat(rules.problems(feedback(20, 5, 4.0, null), 5, START)).isEmpty();
    }

    @Test
    void oneResponseShort_isRefused() {
        assertThat(rules.problems(feedback(20, 4, 4.5, null), 5, START)).extracting(LocalizedText::en)
                .containsExactly("At least 5 responses are needed, there are 4");
    }

    @Test
    void aGroupSmallerThanTheMinimum_needsEveryTouristsResponse() {
        assertThat(rules.problems(feedback(3, 3, 4.5, null), 5, START)).isEmpty();
        assertThat(rules.problems(feedback(3, 2, 4.5, null), 5, START)).extracting(LocalizedText::en)
                .containsExactly("At least 3 responses are needed, there are 2");
    }

    @Test
    void moreResponsesThanTourists_isRefused() {
        assertThat(rules.problems(feedback(10, 11, 4.5, null), 5, START)).extracting(LocalizedText::en)
                .containsExactly("11 responses are more than the tourists in the group (10)");
    }

    @Test
    void aMeanJustBelowSatisfied_needsAnImprovementPlan() {
        assertThat(rules.problems(feedback(20, 8, 3.9, null), 5, START)).extracting(LocalizedText::en)
                .containsExactly("A mean rating of 3.9/5 is below satisfied (4): an improvement plan is needed");
        assertThat(rules.problems(feedback(20, 8, 3.9, "Giảm thời gian di chuyển"), 5, START)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.9, 5.1, 10})
    void ratingsOffTheOneToFiveScale_areRefused(double rating) {
        assertThat(rules.problems(feedback(20, 8, rating, "kế hoạch"), 5, START)).singleElement()
                .extracting(LocalizedText::en).asString().endsWith("must be from 1 to 5");
    }

    @Test
    void aTourBeforeThePlacement_orFeedbackBeforeTheTour_isRefused() {
        CustomerFeedback early = new CustomerFeedback("2026-01-31", 20, 8, 4.5, "2026-01-31", "Hài lòng", null);
        assertThat(rules.problems(early, 5, START)).extracting(LocalizedText::en)
                .containsExactly("The tour on 2026-01-31 was before the placement started (2026-02-01)");

        CustomerFeedback collectedBefore = new CustomerFeedback("2026-02-01", 20, 8, 4.5, "2026-01-31", "Hài lòng", null);
        assertThat(rules.problems(collectedBefore, 5, START)).extracting(LocalizedText::en)
                .containsExactly("The feedback was collected on 2026-01-31, before the tour on 2026-02-01");
    }

    @Test
    void partGroupsOrResponses_areRefused() {
        assertThat(rules.problems(feedback(20.5, 8.5, 4.5, null), 5, START)).extracting(LocalizedText::en).containsExactly(
                "The group size '20.5' must be a whole number of at least 1",
                "The number of responses '8.5' must be a whole number, 0 or more");
    }

    @Test
    void numbersSentAsText_areReadAsNumbers_andAnythingElseIsAProblem() {
        assertThat(rules.problems(feedback("20", " 8 ", 4.5, null), 5, START)).isEmpty();
        assertThat(rules.problems(feedback("hai mươi", true, 4.5, null), 5, START)).extracting(LocalizedText::en).containsExactly(
                "The group size 'hai mươi' must be a whole number of at least 1",
                "The number of responses 'true' must be a whole number, 0 or more");
    }

    @Test
    void nothingEntered_listsEverything() {
        assertThat(rules.problems(new CustomerFeedback(null, null, null, null, null, null, null), 5, START))
                .extracting(LocalizedText::en).containsExactly(
                        "The tour's date is missing",
                        "The group size is missing",
                        "The number of responses is missing",
                        "The mean rating (1–5) is missing",
                        "The date the feedback was collected is missing",
                        "The summary of the customers' comments is missing");
    }

    @Test
    void malformedDates_areProblems() {
        CustomerFeedback feedback = new CustomerFeedback("14/03/2026", 20, 8, 4.5, "2026-02-30", "Hài lòng", null);
        assertThat(rules.problems(feedback, 5, START)).extracting(LocalizedText::en).containsExactly(
                "The tour's date '14/03/2026' is not a valid date in the format yyyy-MM-dd",
                "The collection date '2026-02-30' is not a valid date in the format yyyy-MM-dd");
    }

    @Test
    void aMinimumOutsideOneToAThousand_isAModellingError() {
        assertThatThrownBy(() -> rules.problems(feedback(20, 8, 4.5, null), 0, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumFeedbackResponses");
    }

    private static CustomerFeedback feedback(Object groupSize, Object responses, double rating, String plan) {
        return new CustomerFeedback("2026-03-14", groupSize, responses, rating, "2026-03-15",
                "Khách khen thuyết minh rõ ràng", plan);
    }
}
