package vn.practicum.field.strategicmanagement.internal;

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
 * Whether a strategic-management placement may start (host practice; confidentiality of business secrets under the
 * Labour Code 2019, Article 21(2), and the Law on Intellectual Property):
 * <ul>
 *   <li>an executive sponsor is named by user id (not the student), with a position, at a level that can act on the
 *       strategy: {@code lowestSponsorLevel} or above (a functional director unless the host sets otherwise);</li>
 *   <li>the strategic question is given;</li>
 *   <li>a confidentiality agreement is numbered, signed no later than work starts, and binding at least until the
 *       placement's last day (and not ending before it was signed).</li>
 * </ul>
 * Every problem is reported, so the host corrects everything in one go.
 */
public class SponsorshipRules {

    /** The engine's user ids: letters, digits and {@code . _ : -}, starting with a letter or digit, at most 64. */
    static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._:-]{0,63}");
    static final Pattern AGREEMENT_NUMBER = Pattern.compile("(?=.*\\d)[\\p{Alnum}][\\p{Alnum}./-]{2,39}");
    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_TOPIC_LENGTH = 2000;

    static final LocalizedText SPONSOR = LocalizedText.of("Lãnh đạo bảo trợ", "Executive sponsor");
    static final LocalizedText AGREEMENT = LocalizedText.of("Thỏa thuận bảo mật", "Confidentiality agreement");

    /**
     * @param studentId  the student, who cannot sponsor themselves
     * @param lowest     the lowest level a sponsor may hold
     * @param workStarts the placement's first day
     * @param workEnds   the placement's last day, or null if unknown (the agreement must then bind on the first day)
     */
    public List<LocalizedText> problems(Sponsorship sponsorship, String studentId, SponsorLevel lowest, LocalDate workStarts,
                                        LocalDate workEnds) {
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(workStarts, "workStarts");
        List<LocalizedText> problems = new ArrayList<>();
        sponsor(sponsorship, studentId, lowest, problems);
        if (isBlank(sponsorship.topic())) {
            problems.add(Problems.about(SPONSOR, "thiếu vấn đề chiến lược giao cho sinh viên", "the strategic question for the student is missing"));
        } else if (sponsorship.topic().strip().length() > MAX_TOPIC_LENGTH) {
            problems.add(Problems.about(SPONSOR, "vấn đề chiến lược dài quá " + MAX_TOPIC_LENGTH + " ký tự",
                    "the strategic question is longer than " + MAX_TOPIC_LENGTH + " characters"));
        }
        agreement(sponsorship, workStarts, workEnds, problems);
        return problems;
    }

    private static void sponsor(Sponsorship sponsorship, String studentId, SponsorLevel lowest, List<LocalizedText> problems) {
        String id = sponsorship.sponsorId();
        if (isBlank(id)) {
            problems.add(Problems.about(SPONSOR, "chưa chỉ định lãnh đạo bảo trợ (tài khoản người dùng)", "no sponsor is named (user id)"));
        } else if (!USER_ID.matcher(id.strip()).matches()) {
            problems.add(Problems.about(SPONSOR,
                    "tài khoản " + Problems.echo(id) + " không hợp lệ (chữ, số, '.', '_', ':', '-', tối đa 64 ký tự)",
                    "the user id " + Problems.echo(id) + " is not valid (letters, digits, '.', '_', ':', '-', at most 64)"));
        } else if (id.strip().equals(studentId)) {
            problems.add(Problems.about(SPONSOR, "sinh viên không thể tự làm lãnh đạo bảo trợ", "the student cannot be their own sponsor"));
        }
        if (isBlank(sponsorship.sponsorTitle())) {
            problems.add(Problems.about(SPONSOR, "thiếu chức vụ", "the position is missing"));
        } else if (sponsorship.sponsorTitle().strip().length() > MAX_TITLE_LENGTH) {
            problems.add(Problems.about(SPONSOR, "chức vụ dài quá " + MAX_TITLE_LENGTH + " ký tự",
                    "the position is longer than " + MAX_TITLE_LENGTH + " characters"));
        }
        if (isBlank(sponsorship.sponsorLevel())) {
            problems.add(Problems.about(SPONSOR, "thiếu cấp quản lý", "the management level is missing"));
            return;
        }
        Optional<SponsorLevel> level = SponsorLevel.of(sponsorship.sponsorLevel());
        if (level.isEmpty()) {
            problems.add(Problems.about(SPONSOR, "cấp quản lý " + Problems.echo(sponsorship.sponsorLevel()) + " không được hỗ trợ",
                    "the management level " + Problems.echo(sponsorship.sponsorLevel()) + " is not one we know"));
        } else if (level.get().isBelow(lowest)) {
            problems.add(Problems.about(SPONSOR,
                    level.get().label().vi() + " chưa đủ thẩm quyền bảo trợ một đề án chiến lược: cần từ cấp " + lowest.label().vi() + " trở lên",
                    level.get().label().en() + " cannot sponsor a strategy assignment: " + lowest.label().en() + " or above is needed"));
        }
    }

    private static void agreement(Sponsorship sponsorship, LocalDate workStarts, LocalDate workEnds, List<LocalizedText> problems) {
        if (isBlank(sponsorship.agreementNumber())) {
            problems.add(Problems.about(AGREEMENT, "thiếu số thỏa thuận", "the agreement number is missing"));
        } else if (!AGREEMENT_NUMBER.matcher(sponsorship.agreementNumber().strip()).matches()) {
            problems.add(Problems.about(AGREEMENT,
                    "số " + Problems.echo(sponsorship.agreementNumber()) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the number " + Problems.echo(sponsorship.agreementNumber()) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }
        Optional<LocalDate> signedOn = day(sponsorship.agreementSignedOn(), "ngày ký", "signing date", problems);
        Optional<LocalDate> validUntil = day(sponsorship.agreementValidUntil(), "ngày hết hiệu lực", "end date", problems);
        if (signedOn.isPresent() && signedOn.get().isAfter(workStarts)) {
            problems.add(Problems.about(AGREEMENT,
                    "ký ngày " + signedOn.get() + ", sau ngày bắt đầu thực tập " + workStarts + ": phải ký trước khi sinh viên tiếp cận thông tin",
                    "signed on " + signedOn.get() + ", after the placement starts on " + workStarts + ": it must be signed before the student sees anything"));
        }
        LocalDate mustBindUntil = workEnds == null ? workStarts : workEnds;
        if (validUntil.isPresent() && validUntil.get().isBefore(mustBindUntil)) {
            problems.add(Problems.about(AGREEMENT,
                    "hết hiệu lực ngày " + validUntil.get() + ", trước ngày kết thúc thực tập " + mustBindUntil,
                    "ends on " + validUntil.get() + ", before the placement ends on " + mustBindUntil));
        }
        if (signedOn.isPresent() && validUntil.isPresent() && validUntil.get().isBefore(signedOn.get())) {
            problems.add(Problems.about(AGREEMENT, "ngày hết hiệu lực " + validUntil.get() + " trước ngày ký " + signedOn.get(),
                    "the end date " + validUntil.get() + " is before the signing date " + signedOn.get()));
        }
    }

    private static Optional<LocalDate> day(String text, String vi, String en, List<LocalizedText> problems) {
        if (isBlank(text)) {
            problems.add(Problems.about(AGREEMENT, "thiếu " + vi, "the " + en + " is missing"));
            return Optional.empty();
        }
        Optional<LocalDate> day = CalendarDays.parse(text);
        if (day.isEmpty()) {
            problems.add(Problems.about(AGREEMENT, vi + " " + Problems.echo(text) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                    "the " + en + " " + Problems.echo(text) + " is not a valid date in the format yyyy-MM-dd"));
        }
        return day;
    }
}
