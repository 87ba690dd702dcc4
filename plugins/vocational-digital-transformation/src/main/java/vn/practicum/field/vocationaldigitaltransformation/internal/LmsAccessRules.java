package vn.practicum.field.vocationaldigitaltransformation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When the access to the host's learning management system lets a student do the field's work, and no more (the
 * national programme for digital transformation in vocational education, Decision 2222/QĐ-TTg: institutions teach
 * on LMSs with digital learning materials; Law on Personal Data Protection 91/2025/QH15 for the learners in it):
 * <ul>
 *   <li>it names the LMS, its https address, the student's own account (no shared or administrator one) and the
 *       course shell the module is built in;</li>
 *   <li>the role can build a course (editing teacher or course creator) and administers nothing (no manager, no site
 *       administrator): least privilege;</li>
 *   <li>access lasts at least to the placement's last day (its first day when the last is not known): the pilot and
 *       its analytics come at the end of the placement.</li>
 * </ul>
 * Every problem is reported.
 */
public class LmsAccessRules {

    static final LocalizedText LABEL = LocalizedText.of("Quyền truy cập hệ thống quản lý học tập (LMS)", "LMS access");
    static final Set<String> SHARED_ACCOUNTS = Set.of("admin", "administrator", "root", "guest", "teacher", "giaovien",
            "student", "test");

    /**
     * The problems of the access, in order; empty when it is acceptable.
     *
     * @param placementEnd the placement's last day, or null if not known
     */
    public List<LocalizedText> problems(LmsAccess access, LocalDate placementStart, LocalDate placementEnd) {
        Objects.requireNonNull(placementStart, "placementStart");
        List<LocalizedText> problems = new ArrayList<>();
        if (Problems.isBlank(access.platform())) {
            problems.add(problem("thiếu tên hệ thống LMS", "the LMS platform is missing"));
        }
        if (Problems.isBlank(access.url())) {
            problems.add(problem("thiếu địa chỉ LMS", "the LMS address is missing"));
        } else if (!Inputs.isHttpsAddress(access.url())) {
            problems.add(problem("địa chỉ " + Problems.echo(access.url()) + " không phải địa chỉ https hợp lệ",
                    "the address " + Problems.echo(access.url()) + " is not a valid https address"));
        }
        String account = access.account();
        if (Problems.isBlank(account)) {
            problems.add(problem("thiếu tài khoản của sinh viên", "the student's account is missing"));
        } else if (SHARED_ACCOUNTS.contains(account.strip().toLowerCase(Locale.ROOT))) {
            problems.add(problem("tài khoản " + Problems.echo(account) + " là tài khoản dùng chung: cấp tài khoản riêng cho sinh viên",
                    "the account " + Problems.echo(account) + " is a shared account: give the student an account of their own"));
        }

        if (Problems.isBlank(access.role())) {
            problems.add(problem("thiếu vai trò của tài khoản", "the account's role is missing"));
        } else {
            LmsRole role = LmsRole.of(access.role()).orElse(null);
            if (role == null) {
                problems.add(problem("vai trò " + Problems.echo(access.role()) + " không xác định",
                        "the role " + Problems.echo(access.role()) + " is unknown"));
            } else if (!role.canBuildCourses()) {
                problems.add(problem("vai trò '" + role.label().vi() + "' không sửa được khóa học: cấp vai trò giáo viên được sửa khóa học"
                                + " hoặc người tạo khóa học",
                        "the role '" + role.label().en() + "' cannot edit a course: grant editing teacher or course creator"));
            } else if (!role.isForStudents()) {
                problems.add(problem("vai trò '" + role.label().vi() + "' vượt quá nhu cầu công việc: chỉ cấp quyền tối thiểu"
                                + " (giáo viên được sửa khóa học hoặc người tạo khóa học)",
                        "the role '" + role.label().en() + "' is more than the work needs: grant the least privilege"
                                + " (editing teacher or course creator)"));
            }
        }

        if (Problems.isBlank(access.courseShell())) {
            problems.add(problem("thiếu khóa học dùng để xây dựng học phần", "the course shell for the module is missing"));
        }

        LocalDate until = CalendarDays.required(LABEL, access.accessUntil(), "ngày kết thúc truy cập", "the access end date", problems);
        LocalDate needed = placementEnd != null ? placementEnd : placementStart;
        if (until != null && until.isBefore(needed)) {
            problems.add(placementEnd != null
                    ? problem("truy cập kết thúc ngày " + until + ", trước ngày kết thúc thực tập " + placementEnd
                                    + ": thử nghiệm và phân tích dữ liệu học tập cần truy cập đến cuối kỳ",
                            "access ends on " + until + ", before the placement ends on " + placementEnd
                                    + ": the pilot and its analytics need access to the end")
                    : problem("truy cập kết thúc ngày " + until + ", trước ngày bắt đầu thực tập " + placementStart,
                            "access ends on " + until + ", before the placement starts on " + placementStart));
        }
        return problems;
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
