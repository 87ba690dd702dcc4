package vn.practicum.field.digitaldata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.practicum.engine.spi.LocalizedText;

class MetadataQaRulesTest {

    static final BigDecimal TEN = BigDecimal.TEN;
    static final BigDecimal TWO = BigDecimal.valueOf(2);

    final MetadataQaRules rules = new MetadataQaRules();

    @ParameterizedTest
    @CsvSource({"40, 4", "41, 5", "5, 1", "1, 1", "1000, 100", "1001, 101"})
    void theSmallestSample_isTheShareRoundedUp_atLeastOneRecord(int population, int minimum) {
        assertThat(MetadataQaRules.minimumSample(BigDecimal.valueOf(population), TEN)).isEqualByComparingTo(BigDecimal.valueOf(minimum));
    }

    @Test
    void theSmallestSample_isAccepted_oneRecordFewerIsNot() {
        assertThat(evaluate(4, 0, 40).passed()).isTrue();

        MetadataQaResult tooSmall = evaluate(3, 0, 40);
        assertThat(tooSmall.sampleUsable()).isFalse();
        assertThat(tooSmall.errorRate()).isNull();
        assertThat(tooSmall.sampleProblems()).extracting(LocalizedText::en)
                .containsExactly("Metadata QA: a sample of 3 records is too small: at least 4 of 40 records (10%)");
    }

    @Test
    void exactlyTheHighestErrorRate_passes_oneMoreErrorFails() {
        MetadataQaResult atLimit = evaluate(50, 1, 50);
        assertThat(atLimit.passed()).isTrue();
        assertThat(atLimit.errorRate()).isEqualTo(2.0);

        MetadataQaResult above = evaluate(50, 2, 50);
        assertThat(above.sampleUsable()).isTrue();
        assertThat(above.passed()).isFalse();
        assertThat(above.errorRate()).isEqualTo(4.0);
        assertThat(above.failure().en()).isEqualTo("Metadata QA: 2 of 50 records checked are in error (4.0%), above the 2% allowed:"
                + " review and correct the whole batch's metadata, then submit it again");
    }

    @Test
    void aZeroTolerance_refusesAnyError() {
        assertThat(rules.evaluate(new MetadataQa(10, 0, true, 40), TEN, BigDecimal.ZERO).passed()).isTrue();
        assertThat(rules.evaluate(new MetadataQa(10, 1, true, 40), TEN, BigDecimal.ZERO).passed()).isFalse();
    }

    @Test
    void aFractionalRate_isComparedExactly() {
        // 1 of 40 = 2.5 %: above 2 %, within 2.5 %
        assertThat(evaluate(40, 1, 40).passed()).isFalse();
        assertThat(rules.evaluate(new MetadataQa(40, 1, true, 40), TEN, new BigDecimal("2.5")).passed()).isTrue();
        // 1 of 30 = 3.33 %
        assertThat(rules.evaluate(new MetadataQa(30, 1, true, 300), TEN, new BigDecimal("3.33")).passed()).isFalse();
        assertThat(rules.evaluate(new MetadataQa(30, 1, true, 300), TEN, new BigDecimal("3.34")).errorRate()).isEqualTo(3.33);
    }

    @Test
    void aSampleLargerThanTheBatch_orMoreErrorsThanRecords_cannotBeUsed() {
        assertThat(evaluate(41, 0, 40).sampleProblems()).extracting(LocalizedText::en)
                .containsExactly("Metadata QA: a sample of 41 records is larger than the batch (40 records)");
        assertThat(evaluate(10, 11, 40).sampleProblems()).extracting(LocalizedText::en)
                .containsExactly("Metadata QA: 11 records in error are more than the records checked (10)");
    }

    @Test
    void withoutTheMentorsAttestation_theEntryCannotBeUsed() {
        assertThat(rules.evaluate(new MetadataQa(10, 0, false, 40), TEN, TWO).sampleProblems()).extracting(LocalizedText::en)
                .containsExactly("Metadata QA: the mentor has not attested checking the sample against the originals");
    }

    @Test
    void nothingEntered_listsEverything() {
        assertThat(rules.evaluate(new MetadataQa(null, null, null, 40), TEN, TWO).sampleProblems()).extracting(LocalizedText::en)
                .containsExactly("Metadata QA: the sample size is missing",
                        "Metadata QA: the number of records in error is missing",
                        "Metadata QA: the mentor has not attested checking the sample against the originals");
    }

    @Test
    void fractionalOrNegativeEntries_cannotBeUsed() {
        assertThat(rules.evaluate(new MetadataQa(10.5, -1, true, 40), TEN, TWO).sampleProblems()).extracting(LocalizedText::en)
                .containsExactly("Metadata QA: the sample size '10.5' must be a whole number, not negative",
                        "Metadata QA: the number of records in error '-1' must be a whole number, not negative");
    }

    @Test
    void percentagesOutOfRange_andABatchWithoutRecords_areModellingErrors() {
        assertThatThrownBy(() -> rules.evaluate(new MetadataQa(10, 0, true, 40), BigDecimal.ZERO, TWO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumSamplePercent");
        assertThatThrownBy(() -> rules.evaluate(new MetadataQa(10, 0, true, 40), TEN, BigDecimal.valueOf(101)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumErrorRatePercent");
        assertThatThrownBy(() -> rules.evaluate(new MetadataQa(10, 0, true, null), TEN, TWO))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("batch check comes before");
    }

    private MetadataQaResult evaluate(int sample, int errors, int population) {
        return rules.evaluate(new MetadataQa(sample, errors, true, population), TEN, TWO);
    }
}
