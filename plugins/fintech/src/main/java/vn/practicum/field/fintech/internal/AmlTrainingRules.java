package vn.practicum.field.fintech.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What makes an AML/KYC training attestation acceptable before a fintech placement starts (Law on Anti-Money
 * Laundering 14/2022/QH15 and Decree 19/2023/NĐ-CP: reporting entities train the people who handle customers
 * and their data; the host lets no one near its data without it):
 * <ul>
 *   <li>its number is present and looks like one: 3 to 40 letters, digits, {@code / - .}, starting with a letter
 *       or digit and holding at least one digit;</li>
 *   <li>it names who gave the training;</li>
 *   <li>the training was completed on a real day, no later than the day the attestation must be valid on (the
 *       placement's first day): training comes before any data access;</li>
 *   <li>the attestation is still valid on that day (valid until that very day is enough), and its valid-until day
 *       is not before the training;</li>
 *   <li>it covered every {@link AmlTrainingTopic};</li>
 *   <li>the final test's score is a number from 0 to 100 and at least the host's pass mark.</li>
 * </ul>
 * Every problem is reported, so the student fixes everything in one go.
 */
public class AmlTrainingRules {

    public static final int DEFAULT_PASS_MARK = 80;
    public static final int MAX_SCORE = 100;

    static final LocalizedText LABEL = LocalizedText.of("Xác nhận đào tạo phòng, chống rửa tiền (AML/KYC)",
            "AML/KYC training attestation");
    static final Pattern ATTESTATION_NUMBER = Pattern.compile("(?=.*\\d)[\\p{Alnum}][\\p{Alnum}./-]{2,39}");
    static final int MAX_PROVIDER_LENGTH = 200;

    /**
     * The problems of the attestation, in order; empty when it is acceptable.
     *
     * @param validOn  the day the attestation must be valid on, usually the placement's first day
     * @param passMark the lowest acceptable test score, 0 to 100
     */
    public List<LocalizedText> problems(AmlTrainingAttestation attestation, LocalDate validOn, int passMark) {
        Objects.requireNonNull(validOn, "validOn");
        if (passMark < 0 || passMark > MAX_SCORE) {
            throw new IllegalArgumentException("amlPassMark must be 0 to 100, not " + passMark);
        }
        List<LocalizedText> problems = new ArrayList<>();

        String number = attestation.number();
        if (Problems.isBlank(number)) {
            problems.add(problem("thiếu số văn bản xác nhận", "the attestation number is missing"));
        } else if (!ATTESTATION_NUMBER.matcher(number.strip()).matches()) {
            problems.add(problem(
                    "số xác nhận " + Problems.echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the attestation number " + Problems.echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }

        String provider = attestation.provider();
        if (Problems.isBlank(provider)) {
            problems.add(problem("thiếu đơn vị đào tạo", "the training provider is missing"));
        } else if (provider.strip().length() > MAX_PROVIDER_LENGTH) {
            problems.add(problem("tên đơn vị đào tạo dài quá " + MAX_PROVIDER_LENGTH + " ký tự",
                    "the training provider is longer than " + MAX_PROVIDER_LENGTH + " characters"));
        }

        LocalDate completedOn = CalendarDays.required(LABEL, attestation.completedOn(), "ngày hoàn thành đào tạo", "the training completion date",
                problems);
        if (completedOn != null && completedOn.isAfter(validOn)) {
            problems.add(problem(
                    "đào tạo hoàn thành ngày " + completedOn + ", sau ngày bắt đầu thực tập " + validOn
                            + ": phải hoàn thành đào tạo trước khi được truy cập dữ liệu",
                    "the training was completed on " + completedOn + ", after the placement starts on " + validOn
                            + ": the training must come before any data access"));
        }

        LocalDate validUntil = CalendarDays.required(LABEL, attestation.validUntil(), "ngày hết hiệu lực", "the valid-until date", problems);
        if (validUntil != null && validUntil.isBefore(validOn)) {
            problems.add(problem("xác nhận đã hết hiệu lực ngày " + validUntil + ", trước ngày bắt đầu thực tập " + validOn,
                    "the attestation expired on " + validUntil + ", before the placement starts on " + validOn));
        } else if (validUntil != null && completedOn != null && validUntil.isBefore(completedOn)) {
            problems.add(problem("ngày hết hiệu lực " + validUntil + " trước ngày hoàn thành đào tạo " + completedOn,
                    "the valid-until date " + validUntil + " is before the training completion date " + completedOn));
        }

        List<AmlTrainingTopic> missing = new ArrayList<>();
        for (AmlTrainingTopic topic : AmlTrainingTopic.values()) {
            if (!attestation.coveredTopics().contains(topic)) {
                missing.add(topic);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(problem(
                    "đào tạo chưa bao gồm: " + String.join(", ", missing.stream().map(t -> t.label().vi()).toList()),
                    "the training did not cover: " + String.join(", ", missing.stream().map(t -> t.label().en()).toList())));
        }

        problems.addAll(scoreProblems(attestation.testScore(), passMark));
        return problems;
    }

    private static List<LocalizedText> scoreProblems(Number score, int passMark) {
        if (score == null) {
            return List.of(problem("thiếu điểm bài kiểm tra cuối khóa", "the final test score is missing"));
        }
        BigDecimal value = Numbers.exact(score);
        if (value == null) {
            return List.of(problem("điểm bài kiểm tra không phải là số: phải từ 0 đến 100",
                    "the test score is not a number: it must be from 0 to 100"));
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_SCORE)) > 0) {
            return List.of(problem("điểm bài kiểm tra " + score + " không hợp lệ: phải từ 0 đến 100",
                    "the test score " + score + " is not valid: it must be from 0 to 100"));
        }
        if (value.compareTo(BigDecimal.valueOf(passMark)) < 0) {
            return List.of(problem(
                    "điểm bài kiểm tra " + value.stripTrailingZeros().toPlainString() + " thấp hơn điểm đạt " + passMark
                            + " của đơn vị tiếp nhận: cần học và kiểm tra lại",
                    "the test score " + value.stripTrailingZeros().toPlainString() + " is below the host's pass mark of "
                            + passMark + ": retake the training and its test"));
        }
        return List.of();
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
