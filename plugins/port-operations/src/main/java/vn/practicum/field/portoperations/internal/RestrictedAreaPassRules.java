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
 * Whether the port facility may let the student into its restricted areas (ISPS Code, SOLAS chapter XI-2: the
 * port facility security plan controls access to restricted areas, and every person working there knows its
 * security measures):
 * <ul>
 *   <li>the student attended the security-awareness induction before work starts (on or before the placement's
 *       first day);</li>
 *   <li>the restricted-area pass was issued after that induction (no pass without induction) and by the first
 *       day;</li>
 *   <li>it opens the area the student is assigned to, has a number, and is valid on the first day (until that
 *       very day is enough), its valid-until date after its issue date.</li>
 * </ul>
 */
public class RestrictedAreaPassRules {

    static final Pattern PASS_NUMBER = Pattern.compile("(?=.*\\d)[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{2,39}");

    static final LocalizedText INDUCTION = LocalizedText.of("Phổ biến an ninh cảng biển", "Port-security induction");
    static final LocalizedText PASS = LocalizedText.of("Thẻ ra vào khu vực hạn chế", "Restricted-area pass");

    /** The problems of the induction and pass for work in {@code workArea}, in order; empty when all is in order. */
    public List<LocalizedText> problems(String workArea, SecurityInduction induction, LocalDate validOn) {
        Objects.requireNonNull(validOn, "validOn");
        List<LocalizedText> problems = new ArrayList<>();

        Optional<LocalDate> inducted = day(INDUCTION, induction.inductionCompletedOn(),
                "thiếu ngày phổ biến an ninh", "the induction date is missing", problems);
        if (inducted.isPresent() && inducted.get().isAfter(validOn)) {
            problems.add(about(INDUCTION,
                    "phổ biến ngày " + inducted.get() + ", sau ngày bắt đầu thực tập " + validOn,
                    "the induction on " + inducted.get() + " is after the placement starts on " + validOn));
        }

        String number = induction.passNumber();
        if (isBlank(number)) {
            problems.add(about(PASS, "thiếu số thẻ", "the pass number is missing"));
        } else if (!PASS_NUMBER.matcher(number.strip()).matches()) {
            problems.add(about(PASS,
                    "số thẻ " + echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the pass number " + echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }

        Optional<PassZone> zone = PassZone.ofCode(induction.passZone());
        Optional<PortWorkArea> area = PortWorkArea.ofCode(workArea);
        if (isBlank(induction.passZone())) {
            problems.add(about(PASS, "chưa chọn khu vực được phép ra vào", "the areas it opens are missing"));
        } else if (zone.isEmpty()) {
            problems.add(about(PASS, "khu vực " + echo(induction.passZone()) + " không hợp lệ",
                    "the zone " + echo(induction.passZone()) + " is not valid"));
        } else if (area.isEmpty()) {
            problems.add(about(PASS, "chưa rõ khu vực làm việc của sinh viên để đối chiếu",
                    "the student's work area is not set, so the pass cannot be matched to it"));
        } else if (!zone.get().opens(area.get())) {
            problems.add(about(PASS,
                    "thẻ chỉ mở " + zone.get().label().vi() + ", sinh viên làm việc tại " + area.get().label().vi(),
                    "the pass opens only the " + zone.get().label().en() + ", the student works at the " + area.get().label().en()));
        }

        Optional<LocalDate> issued = day(PASS, induction.passIssuedOn(), "thiếu ngày cấp thẻ", "the issue date is missing", problems);
        if (issued.isPresent()) {
            if (inducted.isPresent() && issued.get().isBefore(inducted.get())) {
                problems.add(about(PASS,
                        "thẻ cấp ngày " + issued.get() + ", trước khi sinh viên được phổ biến an ninh (" + inducted.get() + ")",
                        "the pass was issued on " + issued.get() + ", before the security induction (" + inducted.get() + ")"));
            } else if (issued.get().isAfter(validOn)) {
                problems.add(about(PASS,
                        "thẻ cấp ngày " + issued.get() + ", sau ngày bắt đầu thực tập " + validOn,
                        "the pass was issued on " + issued.get() + ", after the placement starts on " + validOn));
            }
        }

        Optional<LocalDate> lastDay = day(PASS, induction.passValidUntil(), "thiếu ngày hết hạn của thẻ",
                "the pass's valid-until date is missing", problems);
        if (lastDay.isPresent()) {
            if (lastDay.get().isBefore(validOn)) {
                problems.add(about(PASS,
                        "thẻ hết hạn ngày " + lastDay.get() + ", trước ngày bắt đầu thực tập " + validOn,
                        "the pass expired on " + lastDay.get() + ", before the placement starts on " + validOn));
            } else if (issued.isPresent() && !lastDay.get().isAfter(issued.get())) {
                problems.add(about(PASS,
                        "ngày hết hạn " + lastDay.get() + " không sau ngày cấp " + issued.get(),
                        "the valid-until date " + lastDay.get() + " is not after the issue date " + issued.get()));
            }
        }
        return problems;
    }

    /** The day typed, or empty with its problem added when it is missing or not a date. */
    private static Optional<LocalDate> day(LocalizedText label, String text, String missingVi, String missingEn,
                                           List<LocalizedText> problems) {
        if (isBlank(text)) {
            problems.add(about(label, missingVi, missingEn));
            return Optional.empty();
        }
        Optional<LocalDate> day = CalendarDays.parse(text);
        if (day.isEmpty()) {
            problems.add(about(label,
                    "ngày " + echo(text) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                    "the date " + echo(text) + " is not a valid date in the format yyyy-MM-dd"));
        }
        return day;
    }
}
