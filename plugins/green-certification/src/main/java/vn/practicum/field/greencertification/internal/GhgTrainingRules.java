package vn.practicum.field.greencertification.internal;

import static vn.practicum.engine.rules.Problems.echo;
import static vn.practicum.engine.rules.Problems.isBlank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Whether the student's GHG-inventory method training prepares them for verification work (Decree 06/2022/NĐ-CP on
 * GHG inventories; ISO 14064-1:2018):
 * <ul>
 *   <li>a certificate with a number ({@code GHG-2025/0312}) from a named provider;</li>
 *   <li>completed by the placement's first day and recent: no more than 3 years before it (a host may set another
 *       period), as methods and emission factors change;</li>
 *   <li>at least the minimum hours (16 unless the task says otherwise);</li>
 *   <li>covering the whole method: boundaries and scopes (ISO 14064-1, clause 5), activity data and emission
 *       factors (clause 6), quality management — QA/QC and uncertainty (clause 8).</li>
 * </ul>
 */
public class GhgTrainingRules {

    public static final int DEFAULT_MINIMUM_HOURS = 16;
    public static final int DEFAULT_MAXIMUM_AGE_YEARS = 3;
    static final Pattern CERTIFICATE_NUMBER = Pattern.compile("(?=.*\\d)[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{2,39}");
    static final int MAX_PROVIDER_LENGTH = 200;

    static final LocalizedText TRAINING = LocalizedText.of("Đào tạo phương pháp kiểm kê khí nhà kính", "GHG-inventory method training");
    static final LocalizedText BOUNDARIES = LocalizedText.of("ranh giới và phạm vi phát thải (điều 5)", "boundaries and scopes (clause 5)");
    static final LocalizedText ACTIVITY_DATA = LocalizedText.of("số liệu hoạt động (điều 6)", "activity data (clause 6)");
    static final LocalizedText EMISSION_FACTORS = LocalizedText.of("hệ số phát thải (điều 6)", "emission factors (clause 6)");
    static final LocalizedText QUALITY_MANAGEMENT = LocalizedText.of("QA/QC và độ không chắc chắn (điều 8)",
            "QA/QC and uncertainty (clause 8)");

    /**
     * The problems of the training, in order; empty when it is enough.
     *
     * @param minimumHours    the fewest hours, 1 to 200
     * @param maximumAgeYears how many years a training stays current, 1 to 10
     * @param completedBy     the day it must be completed by (the placement's first day)
     */
    public List<LocalizedText> problems(GhgTraining training, int minimumHours, int maximumAgeYears, LocalDate completedBy) {
        Objects.requireNonNull(completedBy, "completedBy");
        if (minimumHours < 1 || minimumHours > 200) {
            throw new IllegalArgumentException("minimumTrainingHours must be 1 to 200, not " + minimumHours);
        }
        if (maximumAgeYears < 1 || maximumAgeYears > 10) {
            throw new IllegalArgumentException("maximumTrainingAgeYears must be 1 to 10, not " + maximumAgeYears);
        }
        List<LocalizedText> problems = new ArrayList<>();

        String number = training.certificateNumber();
        if (isBlank(number)) {
            problems.add(Problems.about(TRAINING, "thiếu số chứng nhận", "the certificate number is missing"));
        } else if (!CERTIFICATE_NUMBER.matcher(number.strip()).matches()) {
            problems.add(Problems.about(TRAINING,
                    "số chứng nhận " + echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the certificate number " + echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }

        String provider = training.provider();
        if (isBlank(provider)) {
            problems.add(Problems.about(TRAINING, "thiếu đơn vị đào tạo", "the training provider is missing"));
        } else if (provider.strip().length() > MAX_PROVIDER_LENGTH) {
            problems.add(Problems.about(TRAINING, "tên đơn vị đào tạo dài quá " + MAX_PROVIDER_LENGTH + " ký tự",
                    "the training provider is longer than " + MAX_PROVIDER_LENGTH + " characters"));
        }

        if (isBlank(training.completedOn())) {
            problems.add(Problems.about(TRAINING, "thiếu ngày hoàn thành", "the completion date is missing"));
        } else {
            Optional<LocalDate> completed = CalendarDays.parse(training.completedOn());
            LocalDate oldest = completedBy.minusYears(maximumAgeYears);
            if (completed.isEmpty()) {
                problems.add(Problems.about(TRAINING,
                        "ngày hoàn thành " + echo(training.completedOn()) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "the completion date " + echo(training.completedOn()) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (completed.get().isAfter(completedBy)) {
                problems.add(Problems.about(TRAINING,
                        "hoàn thành ngày " + completed.get() + ", sau ngày bắt đầu thực tập " + completedBy + ": phải đào tạo trước",
                        "completed on " + completed.get() + ", after the placement starts on " + completedBy + ": train before"));
            } else if (completed.get().isBefore(oldest)) {
                problems.add(Problems.about(TRAINING,
                        "hoàn thành ngày " + completed.get() + ", quá " + maximumAgeYears + " năm trước ngày bắt đầu thực tập: cần cập nhật phương pháp và hệ số phát thải mới",
                        "completed on " + completed.get() + ", more than " + maximumAgeYears + " years before the placement starts: refresh it for current methods and emission factors"));
            }
        }

        Optional<BigDecimal> hours = Numbers.parse(training.hours());
        if (training.hours() == null) {
            problems.add(Problems.about(TRAINING, "thiếu số giờ đào tạo", "the training hours are missing"));
        } else if (hours.isEmpty() || hours.get().signum() <= 0) {
            problems.add(Problems.about(TRAINING, "số giờ " + echo(training.hours()) + " phải là số lớn hơn 0",
                    "the hours " + echo(training.hours()) + " must be a number above 0"));
        } else if (hours.get().compareTo(BigDecimal.valueOf(minimumHours)) < 0) {
            problems.add(Problems.about(TRAINING,
                    hours.get().stripTrailingZeros().toPlainString() + " giờ, ít hơn " + minimumHours + " giờ tối thiểu",
                    hours.get().stripTrailingZeros().toPlainString() + " hours, fewer than the " + minimumHours + " needed"));
        }

        List<LocalizedText> missing = new ArrayList<>();
        covers(training.coversBoundaries(), BOUNDARIES, missing);
        covers(training.coversActivityData(), ACTIVITY_DATA, missing);
        covers(training.coversEmissionFactors(), EMISSION_FACTORS, missing);
        covers(training.coversQualityManagement(), QUALITY_MANAGEMENT, missing);
        if (!missing.isEmpty()) {
            problems.add(Problems.about(TRAINING,
                    "chưa bao gồm " + String.join(", ", missing.stream().map(LocalizedText::vi).toList()) + " theo ISO 14064-1",
                    "it does not cover " + String.join(", ", missing.stream().map(LocalizedText::en).toList()) + " of ISO 14064-1"));
        }
        return problems;
    }

    private static void covers(Object answer, LocalizedText topic, List<LocalizedText> missing) {
        if (!Inputs.yesOrNo(answer).orElse(false)) {
            missing.add(topic);
        }
    }
}
