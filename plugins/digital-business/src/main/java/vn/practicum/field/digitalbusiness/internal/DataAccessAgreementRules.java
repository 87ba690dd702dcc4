package vn.practicum.field.digitalbusiness.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When the data-access agreement between the host and the student is acceptable (Law on Electronic Transactions
 * 2023, Law 20/2023/QH15, for the agreement as a data message; Law on Personal Data Protection 91/2025/QH15 for
 * the personal data in it):
 * <ul>
 *   <li>it has a number (3 to 40 letters, digits, {@code / - .}, with a digit), a purpose and the data sets it
 *       covers: access for a stated purpose only;</li>
 *   <li>its access level is read-only or read-and-write;</li>
 *   <li>when the data includes personal data, the agreement says how it is protected, and the student may only read
 *       it: least privilege;</li>
 *   <li>access ends on a real day, no earlier than the placement's first day and no later than its last (when
 *       known).</li>
 * </ul>
 * Every problem is reported.
 */
public class DataAccessAgreementRules {

    static final LocalizedText LABEL = LocalizedText.of("Thỏa thuận truy cập dữ liệu", "Data-access agreement");

    /**
     * The problems of the agreement, in order; empty when it is acceptable.
     *
     * @param placementEnd the placement's last day, or null if not known
     */
    public List<LocalizedText> problems(DataAccessAgreement agreement, LocalDate placementStart, LocalDate placementEnd) {
        Objects.requireNonNull(placementStart, "placementStart");
        List<LocalizedText> problems = new ArrayList<>();

        String number = agreement.number();
        if (Problems.isBlank(number)) {
            problems.add(problem("thiếu số thỏa thuận", "the agreement number is missing"));
        } else if (!ElectronicContractRules.CONTRACT_NUMBER.matcher(number.strip()).matches()) {
            problems.add(problem(
                    "số thỏa thuận " + Problems.echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the agreement number " + Problems.echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }
        if (Problems.isBlank(agreement.purpose())) {
            problems.add(problem("thiếu mục đích sử dụng dữ liệu", "the purpose of the access is missing"));
        }
        if (Problems.isBlank(agreement.datasets())) {
            problems.add(problem("thiếu danh mục dữ liệu được truy cập", "the data sets covered are missing"));
        }

        AccessLevel level = null;
        if (Problems.isBlank(agreement.level())) {
            problems.add(problem("thiếu mức quyền truy cập", "the access level is missing"));
        } else {
            level = AccessLevel.of(agreement.level()).orElse(null);
            if (level == null) {
                problems.add(problem("mức quyền " + Problems.echo(agreement.level()) + " không được phép: chỉ đọc, hoặc đọc và ghi",
                        "the access level " + Problems.echo(agreement.level()) + " is not allowed: read-only, or read and write"));
            }
        }

        if (agreement.personalDataIncluded()) {
            if (Problems.isBlank(agreement.safeguards())) {
                problems.add(problem("dữ liệu có dữ liệu cá nhân nhưng thiếu biện pháp bảo vệ (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15)",
                        "the data includes personal data but the safeguards are missing (Law on Personal Data Protection 91/2025/QH15)"));
            }
            if (level == AccessLevel.READ_WRITE) {
                problems.add(problem("dữ liệu có dữ liệu cá nhân: sinh viên chỉ được cấp quyền chỉ đọc",
                        "the data includes personal data: a student gets read-only access"));
            }
        }

        LocalDate until = CalendarDays.required(LABEL, agreement.accessUntil(), "ngày kết thúc truy cập", "the access end date", problems);
        if (until != null && until.isBefore(placementStart)) {
            problems.add(problem("truy cập kết thúc ngày " + until + ", trước ngày bắt đầu thực tập " + placementStart,
                    "access ends on " + until + ", before the placement starts on " + placementStart));
        }
        if (until != null && placementEnd != null && until.isAfter(placementEnd)) {
            problems.add(problem("truy cập kéo dài đến " + until + ", sau ngày kết thúc thực tập " + placementEnd
                            + ": quyền truy cập chỉ trong thời gian thực tập",
                    "access lasts until " + until + ", after the placement ends on " + placementEnd
                            + ": access is for the placement only"));
        }
        return problems;
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
