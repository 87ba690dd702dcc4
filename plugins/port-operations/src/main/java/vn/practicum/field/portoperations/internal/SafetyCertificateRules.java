package vn.practicum.field.portoperations.internal;

import static vn.practicum.engine.rules.Problems.about;
import static vn.practicum.engine.rules.Problems.echo;
import static vn.practicum.engine.rules.Problems.isBlank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Whether the student's occupational-safety training lets them start work in the assigned port area (Law on
 * Occupational Safety and Health 2015; Decree 44/2016/NĐ-CP on OSH training):
 * <ul>
 *   <li>the training group fits the work: group 3 (safety card) on the quays and yards, group 3 or 4 in the control
 *       centre ({@link PortWorkArea});</li>
 *   <li>the certificate has a number ({@code 125/2026/ATLĐ-N3}) and names who trained the student;</li>
 *   <li>the training was completed before work starts (on or before the placement's first day) — training comes
 *       before the work is assigned;</li>
 *   <li>it is still valid that day (until that very day is enough), and its valid-until date is within the group's
 *       term after the training: 2 years for group 3, 1 year for group 4 (periodic training).</li>
 * </ul>
 * Every problem is reported, so the student fixes everything in one go.
 */
public class SafetyCertificateRules {

    static final Pattern CERTIFICATE_NUMBER = Pattern.compile("(?=.*\\d)[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{2,39}");
    static final int MAX_ISSUER_LENGTH = 200;

    static final LocalizedText WORK_AREA = LocalizedText.of("Khu vực làm việc", "Work area");
    static final LocalizedText CERTIFICATE = LocalizedText.of("Chứng nhận huấn luyện an toàn, vệ sinh lao động",
            "Occupational-safety training certificate");

    /** The problems of the training for work in {@code workArea}, in order; empty when the student may start. */
    public List<LocalizedText> problems(String workArea, SafetyCertificate certificate, LocalDate validOn) {
        Objects.requireNonNull(validOn, "validOn");
        List<LocalizedText> problems = new ArrayList<>();

        Optional<PortWorkArea> area = PortWorkArea.ofCode(workArea);
        if (isBlank(workArea)) {
            problems.add(about(WORK_AREA, "đơn vị tiếp nhận chưa xác định khu vực làm việc", "the host has not set the work area"));
        } else if (area.isEmpty()) {
            problems.add(about(WORK_AREA, "khu vực " + echo(workArea) + " không hợp lệ (QUAY_AND_YARD, CONTROL_CENTRE)",
                    "the area " + echo(workArea) + " is not valid (QUAY_AND_YARD, CONTROL_CENTRE)"));
        }

        Optional<SafetyTrainingGroup> group = SafetyTrainingGroup.ofCode(certificate.group());
        if (isBlank(certificate.group())) {
            problems.add(about(CERTIFICATE, "chưa chọn nhóm huấn luyện (1–6)", "the training group (1–6) is missing"));
        } else if (group.isEmpty()) {
            problems.add(about(CERTIFICATE, "nhóm " + echo(certificate.group()) + " không thuộc 6 nhóm của Nghị định 44/2016/NĐ-CP",
                    "group " + echo(certificate.group()) + " is not one of the 6 groups of Decree 44/2016/ND-CP"));
        } else if (area.isPresent() && !area.get().accepts(group.get())) {
            problems.add(about(CERTIFICATE,
                    "huấn luyện " + group.get().label().vi() + " không phù hợp công việc tại " + area.get().label().vi()
                            + ": cần " + (area.get().accepts(SafetyTrainingGroup.GROUP_4) ? "nhóm 3 hoặc nhóm 4" : "nhóm 3 (thẻ an toàn)")
                            + " (Nghị định 44/2016/NĐ-CP)",
                    "training of " + group.get().label().en() + " does not fit work at the " + area.get().label().en()
                            + ": it needs " + (area.get().accepts(SafetyTrainingGroup.GROUP_4) ? "group 3 or group 4" : "group 3 (safety card)")
                            + " (Decree 44/2016/ND-CP)"));
        }

        String number = certificate.number();
        if (isBlank(number)) {
            problems.add(about(CERTIFICATE, "thiếu số chứng nhận", "the certificate number is missing"));
        } else if (!CERTIFICATE_NUMBER.matcher(number.strip()).matches()) {
            problems.add(about(CERTIFICATE,
                    "số chứng nhận " + echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the certificate number " + echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }

        String issuer = certificate.issuer();
        if (isBlank(issuer)) {
            problems.add(about(CERTIFICATE, "thiếu đơn vị huấn luyện", "the training organisation is missing"));
        } else if (issuer.strip().length() > MAX_ISSUER_LENGTH) {
            problems.add(about(CERTIFICATE, "tên đơn vị huấn luyện dài quá " + MAX_ISSUER_LENGTH + " ký tự",
                    "the training organisation is longer than " + MAX_ISSUER_LENGTH + " characters"));
        }

        Optional<LocalDate> completed = Optional.empty();
        if (isBlank(certificate.completedOn())) {
            problems.add(about(CERTIFICATE, "thiếu ngày hoàn thành huấn luyện", "the training completion date is missing"));
        } else {
            completed = CalendarDays.parse(certificate.completedOn());
            if (completed.isEmpty()) {
                problems.add(about(CERTIFICATE,
                        "ngày hoàn thành " + echo(certificate.completedOn()) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "the completion date " + echo(certificate.completedOn()) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (completed.get().isAfter(validOn)) {
                problems.add(about(CERTIFICATE,
                        "huấn luyện xong ngày " + completed.get() + ", sau ngày bắt đầu làm việc " + validOn + ": phải huấn luyện trước khi bố trí công việc",
                        "the training was completed on " + completed.get() + ", after work starts on " + validOn + ": training comes first"));
            }
        }

        String validUntil = certificate.validUntil();
        if (isBlank(validUntil)) {
            problems.add(about(CERTIFICATE, "thiếu ngày hết hiệu lực", "the valid-until date is missing"));
        } else {
            Optional<LocalDate> lastDay = CalendarDays.parse(validUntil);
            if (lastDay.isEmpty()) {
                problems.add(about(CERTIFICATE,
                        "ngày hết hiệu lực " + echo(validUntil) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "the valid-until date " + echo(validUntil) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (lastDay.get().isBefore(validOn)) {
                problems.add(about(CERTIFICATE,
                        "chứng nhận đã hết hạn ngày " + lastDay.get() + ", trước ngày bắt đầu thực tập " + validOn + ": cần huấn luyện định kỳ",
                        "the certificate expired on " + lastDay.get() + ", before the placement starts on " + validOn + ": periodic training is due"));
            } else if (group.isPresent() && completed.isPresent()
                    && lastDay.get().isAfter(completed.get().plusYears(group.get().validYears()))) {
                int years = group.get().validYears();
                problems.add(about(CERTIFICATE,
                        "ngày hết hiệu lực " + lastDay.get() + " quá " + years + " năm sau ngày huấn luyện " + completed.get()
                                + ": " + group.get().label().vi() + " phải huấn luyện định kỳ sau " + years + " năm",
                        "the valid-until date " + lastDay.get() + " is more than " + years + (years == 1 ? " year" : " years")
                                + " after the training on " + completed.get() + ": " + group.get().label().en()
                                + " is retrained every " + (years == 1 ? "year" : years + " years")));
            }
        }
        return problems;
    }
}
