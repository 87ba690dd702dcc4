package vn.practicum.field.greencertification.internal;

import static vn.practicum.engine.rules.Problems.echo;
import static vn.practicum.engine.rules.Problems.isBlank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Whether the student may take part in verifying the organisation's GHG information without threatening the
 * verification body's impartiality (ISO 14065:2020 and ISO/IEC 17029:2019, impartiality; ISO 14064-3:2019):
 * <ul>
 *   <li>the declaration is about the verified organisation (its enterprise code), dated by the placement's first
 *       day, answers every question, and commits the student to declare any change;</li>
 *   <li>self-interest and self-review threats: no employment by, nor consultancy for (its GHG inventory included)
 *       the organisation ending less than 2 years before the placement starts — the usual cooling-off period;</li>
 *   <li>familiarity threat: no close relative in its management or GHG function;</li>
 *   <li>self-interest threat: no shares, loans or other financial interest in it.</li>
 * </ul>
 * A conflict cannot be fixed by the student: the host assigns the student to another organisation.
 */
public class ImpartialityRules {

    /** Years between the end of employment or consultancy and taking part in the organisation's verification. */
    public static final int COOLING_OFF_YEARS = 2;
    static final Pattern ENTERPRISE_CODE = Pattern.compile("[0-9]{10}(-[0-9]{3})?");

    /**
     * The findings on the declaration for the host's assignment.
     *
     * @param organisation     the verified organisation's name
     * @param organisationCode its enterprise code, as the host entered it
     */
    public ImpartialityAssessment assess(String organisation, String organisationCode, ImpartialityDeclaration declaration,
                                         LocalDate placementStart) {
        Objects.requireNonNull(placementStart, "placementStart");
        List<LocalizedText> engagement = new ArrayList<>();
        if (isBlank(organisation)) {
            engagement.add(LocalizedText.of("Đơn vị tiếp nhận chưa nêu tổ chức được thẩm định",
                    "The host has not named the organisation being verified"));
        }
        if (isBlank(organisationCode)) {
            engagement.add(LocalizedText.of("Đơn vị tiếp nhận chưa nhập mã số doanh nghiệp của tổ chức được thẩm định",
                    "The host has not entered the verified organisation's enterprise code"));
        } else if (!ENTERPRISE_CODE.matcher(organisationCode.strip()).matches()) {
            engagement.add(LocalizedText.of("Mã số doanh nghiệp " + echo(organisationCode) + " của tổ chức được thẩm định không hợp lệ (10 chữ số, hoặc 10-3 với chi nhánh)",
                    "The verified organisation's enterprise code " + echo(organisationCode) + " is not valid (10 digits, or 10-3 for a branch)"));
        }
        if (!engagement.isEmpty()) {
            return new ImpartialityAssessment(engagement, List.of(), List.of());
        }

        List<LocalizedText> incomplete = new ArrayList<>();
        List<LocalizedText> conflicts = new ArrayList<>();
        String declaredCode = declaration.organisationCode();
        if (isBlank(declaredCode)) {
            incomplete.add(LocalizedText.of("Thiếu mã số doanh nghiệp của tổ chức bạn khai", "Enter the enterprise code of the organisation you declare about"));
        } else if (!declaredCode.strip().equals(organisationCode.strip())) {
            incomplete.add(LocalizedText.of(
                    "Bản khai là về mã số " + echo(declaredCode) + ", không phải tổ chức được thẩm định " + organisation.strip() + " (" + organisationCode.strip() + ")",
                    "The declaration is about code " + echo(declaredCode) + ", not the verified organisation " + organisation.strip() + " (" + organisationCode.strip() + ")"));
        }

        coolingOff(declaration.employed(), declaration.employmentEndedOn(), placementStart,
                LocalizedText.of("đã từng làm việc cho tổ chức", "you worked for the organisation"),
                LocalizedText.of("Đã làm việc cho tổ chức đến ngày", "Employment by the organisation ended on"),
                incomplete, conflicts);
        coolingOff(declaration.consulted(), declaration.consultancyEndedOn(), placementStart,
                LocalizedText.of("đã từng tư vấn cho tổ chức (kể cả lập kiểm kê khí nhà kính)", "you gave the organisation consultancy (its GHG inventory included)"),
                LocalizedText.of("Đã tư vấn cho tổ chức đến ngày", "Consultancy for the organisation ended on"),
                incomplete, conflicts);

        Optional<Boolean> relative = answer(declaration.closeRelative(),
                LocalizedText.of("có người thân giữ vị trí quản lý hoặc phụ trách khí nhà kính tại tổ chức",
                        "a close relative is in the organisation's management or GHG function"), incomplete);
        if (relative.orElse(false)) {
            conflicts.add(LocalizedText.of(
                    "Có người thân giữ vị trí quản lý hoặc phụ trách khí nhà kính tại tổ chức: nguy cơ quen thuộc (ISO 14065, tính khách quan)",
                    "A close relative is in the organisation's management or GHG function: a familiarity threat (ISO 14065, impartiality)"));
        }
        Optional<Boolean> financial = answer(declaration.financialInterest(),
                LocalizedText.of("có cổ phần, khoản vay hay lợi ích tài chính khác tại tổ chức",
                        "you hold shares, loans or another financial interest in the organisation"), incomplete);
        if (financial.orElse(false)) {
            conflicts.add(LocalizedText.of(
                    "Có lợi ích tài chính tại tổ chức: nguy cơ tư lợi (ISO 14065, tính khách quan)",
                    "A financial interest in the organisation: a self-interest threat (ISO 14065, impartiality)"));
        }

        Optional<Boolean> commitment = Inputs.yesOrNo(declaration.commitment());
        if (!commitment.orElse(false)) {
            incomplete.add(LocalizedText.of("Cần cam kết khai báo ngay mọi thay đổi trong thời gian thực tập",
                    "Commit to declare any change during the placement"));
        }

        if (isBlank(declaration.declaredOn())) {
            incomplete.add(LocalizedText.of("Thiếu ngày khai", "The declaration's date is missing"));
        } else {
            Optional<LocalDate> declared = CalendarDays.parse(declaration.declaredOn());
            if (declared.isEmpty()) {
                incomplete.add(LocalizedText.of(
                        "Ngày khai " + echo(declaration.declaredOn()) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "The declaration's date " + echo(declaration.declaredOn()) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (declared.get().isAfter(placementStart)) {
                incomplete.add(LocalizedText.of(
                        "Bản khai ngày " + declared.get() + ", sau ngày bắt đầu thực tập " + placementStart + ": phải khai trước",
                        "The declaration is dated " + declared.get() + ", after the placement starts on " + placementStart + ": declare before"));
            }
        }
        return new ImpartialityAssessment(List.of(), incomplete, conflicts);
    }

    /** A past relationship: answered, dated when it existed, and ended at least the cooling-off period before the start. */
    private static void coolingOff(Object answer, String endedOn, LocalDate placementStart, LocalizedText question,
                                   LocalizedText ended, List<LocalizedText> incomplete, List<LocalizedText> conflicts) {
        Optional<Boolean> had = answer(answer, question, incomplete);
        if (!had.orElse(false)) {
            return;
        }
        if (isBlank(endedOn)) {
            incomplete.add(LocalizedText.of("Thiếu ngày kết thúc: " + question.vi(), "Say when it ended: " + question.en()));
            return;
        }
        Optional<LocalDate> end = CalendarDays.parse(endedOn);
        if (end.isEmpty()) {
            incomplete.add(LocalizedText.of(
                    ended.vi() + " " + echo(endedOn) + ": không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                    ended.en() + " " + echo(endedOn) + ": not a valid date in the format yyyy-MM-dd"));
        } else if (end.get().isAfter(placementStart.minusYears(COOLING_OFF_YEARS))) {
            conflicts.add(LocalizedText.of(
                    ended.vi() + " " + end.get() + ", chưa đủ " + COOLING_OFF_YEARS + " năm trước ngày bắt đầu thực tập " + placementStart
                            + " (ISO 14065, ISO/IEC 17029: tính khách quan)",
                    ended.en() + " " + end.get() + ", less than " + COOLING_OFF_YEARS + " years before the placement starts on " + placementStart
                            + " (ISO 14065, ISO/IEC 17029: impartiality)"));
        }
    }

    private static Optional<Boolean> answer(Object value, LocalizedText question, List<LocalizedText> incomplete) {
        if (value == null) {
            incomplete.add(LocalizedText.of("Chưa trả lời câu hỏi: " + question.vi(), "Not answered: whether " + question.en()));
            return Optional.empty();
        }
        Optional<Boolean> answer = Inputs.yesOrNo(value);
        if (answer.isEmpty()) {
            incomplete.add(LocalizedText.of("Câu trả lời " + echo(value) + " không phải có/không: " + question.vi(),
                    "The answer " + echo(value) + " is not yes or no: whether " + question.en()));
        }
        return answer;
    }
}
