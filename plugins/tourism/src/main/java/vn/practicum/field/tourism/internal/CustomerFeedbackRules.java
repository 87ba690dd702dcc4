package vn.practicum.field.tourism.internal;

import static vn.practicum.engine.rules.Problems.echo;
import static vn.practicum.engine.rules.Problems.isBlank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When the customer feedback on the tour the student guided is usable evidence of service quality:
 * <ul>
 *   <li>the tour took place during the placement (on or after its first day), and the feedback was collected on
 *       or after the tour's day;</li>
 *   <li>the group had at least one tourist, and there are no more responses than tourists;</li>
 *   <li>there are at least the minimum number of responses (5 unless the task says otherwise), or every tourist's
 *       response when the group is smaller than that;</li>
 *   <li>the mean rating is on the 1–5 scale, and the feedback is summarised;</li>
 *   <li>customers less than satisfied (mean below 4, "satisfied") call for an improvement plan.</li>
 * </ul>
 */
public class CustomerFeedbackRules {

    public static final int DEFAULT_MINIMUM_RESPONSES = 5;
    public static final int MAX_MINIMUM_RESPONSES = 1000;
    static final BigDecimal LOWEST_RATING = BigDecimal.ONE;
    static final BigDecimal HIGHEST_RATING = BigDecimal.valueOf(5);
    /** "Satisfied" on the 1–5 scale: a mean below it needs an improvement plan. */
    static final BigDecimal SATISFIED = BigDecimal.valueOf(4);

    /**
     * The problems of the feedback, in order; empty when it is usable.
     *
     * @param minimumResponses the fewest responses a tour needs, 1 to 1000
     * @param placementStart   the placement's first day
     */
    public List<LocalizedText> problems(CustomerFeedback feedback, int minimumResponses, LocalDate placementStart) {
        Objects.requireNonNull(placementStart, "placementStart");
        if (minimumResponses < 1 || minimumResponses > MAX_MINIMUM_RESPONSES) {
            throw new IllegalArgumentException("minimumFeedbackResponses must be 1 to " + MAX_MINIMUM_RESPONSES + ", not " + minimumResponses);
        }
        List<LocalizedText> problems = new ArrayList<>();

        Optional<LocalDate> tourDay = Optional.empty();
        if (isBlank(feedback.tourDate())) {
            problems.add(LocalizedText.of("Thiếu ngày diễn ra tour", "The tour's date is missing"));
        } else {
            tourDay = CalendarDays.parse(feedback.tourDate());
            if (tourDay.isEmpty()) {
                problems.add(LocalizedText.of(
                        "Ngày diễn ra tour " + echo(feedback.tourDate()) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "The tour's date " + echo(feedback.tourDate()) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (tourDay.get().isBefore(placementStart)) {
                problems.add(LocalizedText.of(
                        "Tour ngày " + tourDay.get() + " diễn ra trước khi bắt đầu thực tập (" + placementStart + ")",
                        "The tour on " + tourDay.get() + " was before the placement started (" + placementStart + ")"));
            }
        }

        Optional<Long> group = Numbers.whole(feedback.groupSize()).filter(size -> size >= 1);
        if (feedback.groupSize() == null) {
            problems.add(LocalizedText.of("Thiếu số khách trong đoàn", "The group size is missing"));
        } else if (group.isEmpty()) {
            problems.add(LocalizedText.of("Số khách trong đoàn " + echo(feedback.groupSize()) + " phải là số nguyên từ 1 trở lên",
                    "The group size " + echo(feedback.groupSize()) + " must be a whole number of at least 1"));
        }

        Optional<Long> responses = Numbers.whole(feedback.responses()).filter(count -> count >= 0);
        if (feedback.responses() == null) {
            problems.add(LocalizedText.of("Thiếu số phiếu phản hồi", "The number of responses is missing"));
        } else if (responses.isEmpty()) {
            problems.add(LocalizedText.of("Số phiếu phản hồi " + echo(feedback.responses()) + " phải là số nguyên không âm",
                    "The number of responses " + echo(feedback.responses()) + " must be a whole number, 0 or more"));
        } else if (group.isPresent() && responses.get() > group.get()) {
            problems.add(LocalizedText.of(
                    responses.get() + " phiếu phản hồi nhiều hơn số khách trong đoàn (" + group.get() + ")",
                    responses.get() + " responses are more than the tourists in the group (" + group.get() + ")"));
        } else {
            long needed = group.map(size -> Math.min(size, minimumResponses)).orElse((long) minimumResponses);
            if (responses.get() < needed) {
                problems.add(LocalizedText.of(
                        "Cần ít nhất " + needed + " phiếu phản hồi, mới có " + responses.get(),
                        "At least " + needed + " responses are needed, there are " + responses.get()));
            }
        }

        Optional<BigDecimal> rating = Numbers.parse(feedback.averageRating())
                .filter(value -> value.compareTo(LOWEST_RATING) >= 0 && value.compareTo(HIGHEST_RATING) <= 0);
        if (feedback.averageRating() == null) {
            problems.add(LocalizedText.of("Thiếu điểm hài lòng trung bình (1–5)", "The mean rating (1–5) is missing"));
        } else if (rating.isEmpty()) {
            problems.add(LocalizedText.of("Điểm hài lòng trung bình " + echo(feedback.averageRating()) + " phải từ 1 đến 5",
                    "The mean rating " + echo(feedback.averageRating()) + " must be from 1 to 5"));
        } else if (rating.get().compareTo(SATISFIED) < 0 && isBlank(feedback.improvementPlan())) {
            problems.add(LocalizedText.of(
                    "Điểm hài lòng " + rating.get().stripTrailingZeros().toPlainString() + "/5 dưới mức hài lòng (4): cần kế hoạch cải thiện",
                    "A mean rating of " + rating.get().stripTrailingZeros().toPlainString() + "/5 is below satisfied (4): an improvement plan is needed"));
        }

        if (isBlank(feedback.collectedOn())) {
            problems.add(LocalizedText.of("Thiếu ngày thu thập phản hồi", "The date the feedback was collected is missing"));
        } else {
            Optional<LocalDate> collected = CalendarDays.parse(feedback.collectedOn());
            if (collected.isEmpty()) {
                problems.add(LocalizedText.of(
                        "Ngày thu thập " + echo(feedback.collectedOn()) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "The collection date " + echo(feedback.collectedOn()) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (tourDay.isPresent() && collected.get().isBefore(tourDay.get())) {
                problems.add(LocalizedText.of(
                        "Phản hồi thu ngày " + collected.get() + ", trước ngày diễn ra tour " + tourDay.get(),
                        "The feedback was collected on " + collected.get() + ", before the tour on " + tourDay.get()));
            }
        }

        if (isBlank(feedback.summary())) {
            problems.add(LocalizedText.of("Thiếu tóm tắt ý kiến khách hàng", "The summary of the customers' comments is missing"));
        }
        return problems;
    }
}
