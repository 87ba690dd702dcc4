package vn.practicum.field.fintech.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When the sandbox access granted to a fintech student is acceptable: sandbox data only, and only after the
 * AML/KYC training (Law on Anti-Money Laundering 14/2022/QH15; Decree 94/2025/NĐ-CP on the controlled-testing
 * mechanism in banking; Law on Personal Data Protection 91/2025/QH15):
 * <ul>
 *   <li>it names the environment and the student's own account (no shared or administrator account);</li>
 *   <li>its data scope is synthetic or masked data, no wider than the host's policy allows; never live data;</li>
 *   <li>the host confirmed that the student has no access to production systems;</li>
 *   <li>access starts no earlier than the day the AML/KYC training was completed: no data access before it;</li>
 *   <li>access ends no earlier than it starts and than the placement's first day, and no later than the
 *       placement's last day (when known): least privilege, for the placement only.</li>
 * </ul>
 * Every problem is reported.
 */
public class SandboxAccessRules {

    static final LocalizedText LABEL = LocalizedText.of("Quyền truy cập môi trường thử nghiệm (sandbox)", "Sandbox access");
    /** Accounts that are nobody's own: access must be traceable to the student. */
    static final Set<String> SHARED_ACCOUNTS = Set.of("admin", "administrator", "root", "shared", "guest", "test", "system",
            "sandbox");

    /**
     * The problems of the access, in order; empty when it is acceptable.
     *
     * @param trainingCompletedOn the day the student's AML/KYC training was completed, as typed (may be null)
     * @param placementStart      the placement's first day
     * @param placementEnd        the placement's last day, or null if not known
     * @param maximumScope        the widest data the host's policy lets a student see
     */
    public List<LocalizedText> problems(SandboxAccess access, String trainingCompletedOn, LocalDate placementStart,
                                        LocalDate placementEnd, SandboxDataScope maximumScope) {
        Objects.requireNonNull(placementStart, "placementStart");
        Objects.requireNonNull(maximumScope, "maximumScope");
        List<LocalizedText> problems = new ArrayList<>();

        if (Problems.isBlank(access.environment())) {
            problems.add(problem("thiếu tên môi trường thử nghiệm", "the sandbox environment is missing"));
        }
        String account = access.account();
        if (Problems.isBlank(account)) {
            problems.add(problem("thiếu tài khoản của sinh viên", "the student's account is missing"));
        } else if (SHARED_ACCOUNTS.contains(account.strip().toLowerCase(Locale.ROOT))) {
            problems.add(problem("tài khoản " + Problems.echo(account)
                            + " là tài khoản dùng chung hoặc quản trị: cấp tài khoản riêng cho sinh viên",
                    "the account " + Problems.echo(account)
                            + " is a shared or administrator account: give the student an account of their own"));
        }

        if (Problems.isBlank(access.dataScope())) {
            problems.add(problem("thiếu phạm vi dữ liệu", "the data scope is missing"));
        } else {
            SandboxDataScope scope = SandboxDataScope.of(access.dataScope()).orElse(null);
            if (scope == null) {
                problems.add(problem("phạm vi dữ liệu " + Problems.echo(access.dataScope())
                                + " không được phép: sinh viên chỉ được dùng dữ liệu giả lập hoặc dữ liệu đã che giấu, không bao giờ dữ liệu khách hàng thật",
                        "the data scope " + Problems.echo(access.dataScope())
                                + " is not allowed: a student gets synthetic or masked data only, never live customer data"));
            } else if (scope.isWiderThan(maximumScope)) {
                problems.add(problem("phạm vi dữ liệu '" + scope.label().vi() + "' rộng hơn mức chính sách của đơn vị cho phép ("
                                + maximumScope.label().vi() + ")",
                        "the data scope '" + scope.label().en() + "' is wider than the host's policy allows ("
                                + maximumScope.label().en() + ")"));
            }
        }

        if (!access.productionAccessExcluded()) {
            problems.add(problem("chưa xác nhận sinh viên không có quyền truy cập hệ thống vận hành thật (production)",
                    "it is not confirmed that the student has no access to production systems"));
        }

        LocalDate from = CalendarDays.required(LABEL, access.accessFrom(), "ngày bắt đầu truy cập", "the access start date", problems);
        LocalDate until = CalendarDays.required(LABEL, access.accessUntil(), "ngày kết thúc truy cập", "the access end date", problems);
        LocalDate trained = CalendarDays.parse(trainingCompletedOn).orElse(null);
        if (from != null) {
            if (trained == null) {
                problems.add(problem("chưa có ngày hoàn thành đào tạo AML/KYC hợp lệ: không cấp quyền truy cập dữ liệu trước khi đào tạo",
                        "there is no valid AML/KYC training completion date: no data access before the training"));
            } else if (from.isBefore(trained)) {
                problems.add(problem("truy cập bắt đầu ngày " + from + ", trước khi hoàn thành đào tạo AML/KYC ngày " + trained,
                        "access starts on " + from + ", before the AML/KYC training was completed on " + trained));
            }
        }
        if (until != null) {
            if (from != null && until.isBefore(from)) {
                problems.add(problem("ngày kết thúc truy cập " + until + " trước ngày bắt đầu " + from,
                        "access ends on " + until + ", before it starts on " + from));
            }
            if (until.isBefore(placementStart)) {
                problems.add(problem("truy cập kết thúc ngày " + until + ", trước ngày bắt đầu thực tập " + placementStart,
                        "access ends on " + until + ", before the placement starts on " + placementStart));
            }
            if (placementEnd != null && until.isAfter(placementEnd)) {
                problems.add(problem("truy cập kéo dài đến " + until + ", sau ngày kết thúc thực tập " + placementEnd
                                + ": quyền truy cập chỉ trong thời gian thực tập",
                        "access lasts until " + until + ", after the placement ends on " + placementEnd
                                + ": access is for the placement only"));
            }
        }
        return problems;
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
