package vn.practicum.field.digitaldata.internal;

import static vn.practicum.engine.rules.Problems.isBlank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What makes a training acceptable before a digital-data student handles the host's records (Law on Archives 2024,
 * Law on Data 2024 on data classification, Law on Protection of State Secrets 2018):
 * <ul>
 *   <li>its certificate number is present and looks like one: 3 to 40 letters, digits, {@code / - .}, starting with a
 *       letter or digit and holding at least one digit;</li>
 *   <li>it names who trained and certified the student;</li>
 *   <li>it was completed before work starts: on the placement's first day at the latest;</li>
 *   <li>its certificate is still valid that day (valid until that very day is enough), and was not valid only
 *       until before it was completed.</li>
 * </ul>
 * Every problem of every training is reported, so the student fixes everything in one go.
 */
public class TrainingRecordRules {

    static final Pattern CERTIFICATE_NUMBER = Pattern.compile("(?=.*\\d)[\\p{Alnum}][\\p{Alnum}./-]{2,39}");
    static final int MAX_ISSUER_LENGTH = 200;

    /** The problems of these trainings, in order; empty when all of them are acceptable on {@code workStarts}. */
    public List<LocalizedText> problems(List<TrainingRecord> records, LocalDate workStarts) {
        Objects.requireNonNull(workStarts, "workStarts");
        List<LocalizedText> problems = new ArrayList<>();
        for (TrainingRecord record : records) {
            problems.addAll(problems(record, workStarts));
        }
        return problems;
    }

    List<LocalizedText> problems(TrainingRecord record, LocalDate workStarts) {
        LocalizedText label = record.kind().label();
        List<LocalizedText> problems = new ArrayList<>();

        if (isBlank(record.number())) {
            problems.add(Problems.about(label, "thiếu số chứng nhận", "the certificate number is missing"));
        } else if (!CERTIFICATE_NUMBER.matcher(record.number().strip()).matches()) {
            problems.add(Problems.about(label,
                    "số chứng nhận " + Problems.echo(record.number()) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the certificate number " + Problems.echo(record.number()) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }

        if (isBlank(record.issuer())) {
            problems.add(Problems.about(label, "thiếu đơn vị đào tạo, cấp chứng nhận", "the issuer is missing"));
        } else if (record.issuer().strip().length() > MAX_ISSUER_LENGTH) {
            problems.add(Problems.about(label, "tên đơn vị cấp dài quá " + MAX_ISSUER_LENGTH + " ký tự",
                    "the issuer is longer than " + MAX_ISSUER_LENGTH + " characters"));
        }

        Optional<LocalDate> completed = day(label, record.completedOn(), "ngày hoàn thành", "completion date", problems);
        Optional<LocalDate> lastDay = day(label, record.validUntil(), "ngày hết hiệu lực", "valid-until date", problems);
        if (completed.isPresent() && completed.get().isAfter(workStarts)) {
            problems.add(Problems.about(label,
                    "hoàn thành ngày " + completed.get() + ", sau ngày bắt đầu thực tập " + workStarts + ": phải học xong trước khi làm việc với tài liệu",
                    "completed on " + completed.get() + ", after the placement starts on " + workStarts + ": the training comes before any work on records"));
        }
        if (lastDay.isPresent() && lastDay.get().isBefore(workStarts)) {
            problems.add(Problems.about(label,
                    "chứng nhận đã hết hạn ngày " + lastDay.get() + ", trước ngày bắt đầu thực tập " + workStarts,
                    "the certificate expired on " + lastDay.get() + ", before the placement starts on " + workStarts));
        }
        if (completed.isPresent() && lastDay.isPresent() && lastDay.get().isBefore(completed.get())) {
            problems.add(Problems.about(label,
                    "ngày hết hiệu lực " + lastDay.get() + " trước ngày hoàn thành " + completed.get(),
                    "the valid-until date " + lastDay.get() + " is before the completion date " + completed.get()));
        }
        return problems;
    }

    private static Optional<LocalDate> day(LocalizedText label, String text, String vi, String en, List<LocalizedText> problems) {
        if (isBlank(text)) {
            problems.add(Problems.about(label, "thiếu " + vi, "the " + en + " is missing"));
            return Optional.empty();
        }
        Optional<LocalDate> day = CalendarDays.parse(text);
        if (day.isEmpty()) {
            problems.add(Problems.about(label, vi + " " + Problems.echo(text) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                    "the " + en + " " + Problems.echo(text) + " is not a valid date in the format yyyy-MM-dd"));
        }
        return day;
    }
}
