package vn.practicum.field.digitaldata.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * The metadata QA of a digitisation batch, by sampling (the digital-data milestone: a batch with its metadata QA
 * signed off):
 * <ul>
 *   <li>the mentor's entry is usable when the sample is a whole number of records, at least the host's minimum share
 *       of the batch's records (rounded up; at least one record, at most all of them), the errors found are a whole
 *       number no larger than the sample, and the mentor attests the check;</li>
 *   <li>the batch passes when records in error are at most the host's highest acceptable rate of the sample: exactly
 *       that rate still passes.</li>
 * </ul>
 */
public class MetadataQaRules {

    public static final BigDecimal DEFAULT_MINIMUM_SAMPLE_PERCENT = BigDecimal.TEN;
    public static final BigDecimal DEFAULT_MAXIMUM_ERROR_RATE_PERCENT = BigDecimal.valueOf(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final LocalizedText QA = LocalizedText.of("Kiểm tra mẫu siêu dữ liệu", "Metadata QA");

    /**
     * @param minimumSamplePercent    the smallest sample, percent of the batch's records, above 0 and at most 100
     * @param maximumErrorRatePercent the highest acceptable share of records in error, percent, 0 to 100
     */
    public MetadataQaResult evaluate(MetadataQa qa, BigDecimal minimumSamplePercent, BigDecimal maximumErrorRatePercent) {
        Objects.requireNonNull(minimumSamplePercent, "minimumSamplePercent");
        Objects.requireNonNull(maximumErrorRatePercent, "maximumErrorRatePercent");
        if (minimumSamplePercent.signum() <= 0 || minimumSamplePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("minimumSamplePercent must be above 0 and at most 100, not " + minimumSamplePercent);
        }
        if (maximumErrorRatePercent.signum() < 0 || maximumErrorRatePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("maximumErrorRatePercent must be 0 to 100, not " + maximumErrorRatePercent);
        }
        BigDecimal population = qa.population() == null ? null : Numbers.wholeNotNegative(qa.population());
        if (population == null || population.signum() == 0) {
            throw new IllegalStateException("The batch's metadata record count must be a whole number above 0, not "
                    + qa.population() + ": the batch check comes before the metadata QA");
        }

        List<LocalizedText> problems = new ArrayList<>();
        BigDecimal sample = null;
        if (qa.sampleSize() == null) {
            problems.add(problem("thiếu số bản ghi đã kiểm tra", "the sample size is missing"));
        } else {
            sample = Numbers.wholeNotNegative(qa.sampleSize());
            BigDecimal minimum = minimumSample(population, minimumSamplePercent);
            if (sample == null) {
                problems.add(problem("số bản ghi đã kiểm tra " + Problems.echo(qa.sampleSize()) + " phải là số nguyên không âm",
                        "the sample size " + Problems.echo(qa.sampleSize()) + " must be a whole number, not negative"));
            } else if (sample.compareTo(population) > 0) {
                problems.add(problem("mẫu " + sample + " bản ghi lớn hơn cả lô (" + population + " bản ghi)",
                        "a sample of " + sample + " records is larger than the batch (" + population + " records)"));
                sample = null;
            } else if (sample.compareTo(minimum) < 0) {
                problems.add(problem("mẫu " + sample + " bản ghi quá nhỏ: cần ít nhất " + minimum + " trên " + population + " bản ghi ("
                                + minimumSamplePercent.stripTrailingZeros().toPlainString() + "%)",
                        "a sample of " + sample + " records is too small: at least " + minimum + " of " + population + " records ("
                                + minimumSamplePercent.stripTrailingZeros().toPlainString() + "%)"));
                sample = null;
            }
        }
        BigDecimal errors = null;
        if (qa.errors() == null) {
            problems.add(problem("thiếu số bản ghi có lỗi", "the number of records in error is missing"));
        } else {
            errors = Numbers.wholeNotNegative(qa.errors());
            if (errors == null) {
                problems.add(problem("số bản ghi có lỗi " + Problems.echo(qa.errors()) + " phải là số nguyên không âm",
                        "the number of records in error " + Problems.echo(qa.errors()) + " must be a whole number, not negative"));
            } else if (sample != null && errors.compareTo(sample) > 0) {
                problems.add(problem(errors + " bản ghi có lỗi nhiều hơn số bản ghi đã kiểm tra (" + sample + ")",
                        errors + " records in error are more than the records checked (" + sample + ")"));
            }
        }
        if (!Boolean.TRUE.equals(qa.attested())) {
            problems.add(problem("người hướng dẫn chưa xác nhận đã đối chiếu mẫu với bản gốc",
                    "the mentor has not attested checking the sample against the originals"));
        }
        if (!problems.isEmpty()) {
            return new MetadataQaResult(problems, null, null);
        }

        double rate = errors.multiply(HUNDRED).divide(sample, 2, RoundingMode.HALF_UP).doubleValue();
        if (errors.multiply(HUNDRED).compareTo(maximumErrorRatePercent.multiply(sample)) <= 0) {
            return new MetadataQaResult(List.of(), rate, null);
        }
        String max = maximumErrorRatePercent.stripTrailingZeros().toPlainString();
        return new MetadataQaResult(List.of(), rate, problem(
                errors + " trên " + sample + " bản ghi kiểm tra có lỗi (" + rate + "%), vượt mức cho phép " + max
                        + "%: rà soát và sửa siêu dữ liệu của cả lô rồi nộp lại",
                errors + " of " + sample + " records checked are in error (" + rate + "%), above the " + max
                        + "% allowed: review and correct the whole batch's metadata, then submit it again"));
    }

    /** The smallest sample: the share of the population rounded up, at least one record, at most all of them. */
    static BigDecimal minimumSample(BigDecimal population, BigDecimal percent) {
        BigDecimal minimum = population.multiply(percent).divide(HUNDRED, 0, RoundingMode.CEILING);
        return minimum.max(BigDecimal.ONE).min(population);
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(QA, vi, en);
    }
}
