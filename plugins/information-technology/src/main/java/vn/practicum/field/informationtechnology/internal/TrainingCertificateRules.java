package vn.practicum.field.informationtechnology.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What makes a training certificate acceptable before an IT placement starts (Cybersecurity Law 2018,
 * Decree 85/2016/NĐ-CP, Law on Personal Data Protection 91/2025/QH15):
 * <ul>
 *   <li>its number is present and looks like a certificate number: 3 to 40 letters, digits, {@code / - .},
 *       starting with a letter or digit and holding at least one digit ({@code 125/2025/ATTT-BCA});</li>
 *   <li>it names its issuer: a certificate nobody issued proves nothing;</li>
 *   <li>its valid-until date is a real date {@code yyyy-MM-dd} and not before the day it must be valid on
 *       (the placement's first day): valid until that very day is enough.</li>
 * </ul>
 * Every problem of every certificate is reported, so the student fixes everything in one go.
 */
public class TrainingCertificateRules {

    /** Dates of the programme are Vietnamese calendar days. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final Pattern CERTIFICATE_NUMBER = Pattern.compile("(?=.*\\d)[\\p{Alnum}][\\p{Alnum}./-]{2,39}");
    static final int MAX_ISSUER_LENGTH = 200;

    /** The problems of these certificates, in order; empty when all of them are acceptable. */
    public List<LocalizedText> problems(List<TrainingCertificate> certificates, LocalDate validOn) {
        Objects.requireNonNull(validOn, "validOn");
        List<LocalizedText> problems = new ArrayList<>();
        for (TrainingCertificate certificate : certificates) {
            problems.addAll(problems(certificate, validOn));
        }
        return problems;
    }

    List<LocalizedText> problems(TrainingCertificate certificate, LocalDate validOn) {
        LocalizedText label = certificate.kind().label();
        List<LocalizedText> problems = new ArrayList<>();

        String number = certificate.number();
        if (Problems.isBlank(number)) {
            problems.add(Problems.about(label, "thiếu số chứng chỉ", "the certificate number is missing"));
        } else if (!CERTIFICATE_NUMBER.matcher(number.strip()).matches()) {
            problems.add(Problems.about(label,
                    "số chứng chỉ " + Problems.echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the certificate number " + Problems.echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }

        String issuer = certificate.issuer();
        if (Problems.isBlank(issuer)) {
            problems.add(Problems.about(label, "thiếu đơn vị cấp chứng chỉ", "the issuer is missing"));
        } else if (issuer.strip().length() > MAX_ISSUER_LENGTH) {
            problems.add(Problems.about(label, "tên đơn vị cấp dài quá " + MAX_ISSUER_LENGTH + " ký tự",
                    "the issuer is longer than " + MAX_ISSUER_LENGTH + " characters"));
        }

        LocalDate lastDay = CalendarDays.required(label, certificate.validUntil(), "ngày hết hiệu lực", "the valid-until date",
                problems);
        if (lastDay != null && lastDay.isBefore(validOn)) {
            problems.add(Problems.about(label,
                    "chứng chỉ đã hết hạn ngày " + lastDay + ", trước ngày bắt đầu thực tập " + validOn,
                    "the certificate expired on " + lastDay + ", before the placement starts on " + validOn));
        }
        return problems;
    }

    /** The calendar day in Vietnam of an engine date (the lifecycle stores days as midnight, Vietnam time). */
    public static LocalDate vietnameseDay(Date date) {
        return CalendarDays.vietnameseDay(date);
    }
}
