package vn.practicum.field.vocationaldigitaltransformation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When a pilot report is consistent enough to show the module's adoption (the national programme for digital
 * transformation in vocational education, Decision 2222/QĐ-TTg, counts learners reached by digital courses):
 * <ul>
 *   <li>the pilot ran on real days, ending no earlier than it started, within the placement (it is the student's work);</li>
 *   <li>learners enrolled, active and completed are whole numbers, completed ≤ active ≤ enrolled, and at least the
 *       host's minimum number of learners enrolled (10 by default): fewer tells nothing;</li>
 *   <li>the average assessment score is from 0 to 100 and the average satisfaction from 1 to 5;</li>
 *   <li>it summarises what the analytics show and what the student changes because of them.</li>
 * </ul>
 * Every problem is reported. A consistent report yields its {@link PilotMetrics}.
 */
public class PilotAnalyticsRules {

    public static final int DEFAULT_MINIMUM_LEARNERS = 10;
    public static final int MAX_MINIMUM_LEARNERS = 1000;

    static final LocalizedText LABEL = LocalizedText.of("Báo cáo thử nghiệm học phần", "Pilot report");

    /**
     * The problems of the report, in order; empty when it is consistent.
     *
     * @param placementEnd     the placement's last day, or null if not known
     * @param minimumLearners the fewest learners a pilot may have, 1 to 1000
     */
    public List<LocalizedText> problems(PilotReport report, LocalDate placementStart, LocalDate placementEnd,
                                        int minimumLearners) {
        Objects.requireNonNull(placementStart, "placementStart");
        if (minimumLearners < 1 || minimumLearners > MAX_MINIMUM_LEARNERS) {
            throw new IllegalArgumentException("minimumPilotLearners must be 1 to 1000, not " + minimumLearners);
        }
        List<LocalizedText> problems = new ArrayList<>();

        LocalDate started = CalendarDays.required(LABEL, report.startedOn(), "ngày bắt đầu thử nghiệm", "the pilot's first day", problems);
        LocalDate ended = CalendarDays.required(LABEL, report.endedOn(), "ngày kết thúc thử nghiệm", "the pilot's last day", problems);
        if (started != null && ended != null && ended.isBefore(started)) {
            problems.add(problem("thử nghiệm kết thúc ngày " + ended + ", trước ngày bắt đầu " + started,
                    "the pilot ended on " + ended + ", before it started on " + started));
        }
        if (started != null && started.isBefore(placementStart)) {
            problems.add(problem("thử nghiệm bắt đầu ngày " + started + ", trước ngày bắt đầu thực tập " + placementStart
                            + ": thử nghiệm là công việc của sinh viên trong kỳ thực tập",
                    "the pilot started on " + started + ", before the placement starts on " + placementStart
                            + ": the pilot is the student's work during the placement"));
        }
        if (ended != null && placementEnd != null && ended.isAfter(placementEnd)) {
            problems.add(problem("thử nghiệm kết thúc ngày " + ended + ", sau ngày kết thúc thực tập " + placementEnd,
                    "the pilot ended on " + ended + ", after the placement ends on " + placementEnd));
        }

        Long enrolled = count(report.enrolled(), "số học viên đăng ký", "the number of learners enrolled", problems);
        Long active = count(report.active(), "số học viên có hoạt động", "the number of active learners", problems);
        Long completed = count(report.completed(), "số học viên hoàn thành", "the number of learners who completed", problems);
        if (enrolled != null && enrolled < minimumLearners) {
            problems.add(problem("thử nghiệm có " + enrolled + " học viên đăng ký, ít hơn mức tối thiểu " + minimumLearners,
                    "the pilot had " + enrolled + " learners enrolled, fewer than the minimum of " + minimumLearners));
        }
        if (enrolled != null && active != null && active > enrolled) {
            problems.add(problem("số học viên có hoạt động (" + active + ") lớn hơn số đăng ký (" + enrolled + ")",
                    "more learners were active (" + active + ") than enrolled (" + enrolled + ")"));
        }
        if (active != null && completed != null && completed > active) {
            problems.add(problem("số học viên hoàn thành (" + completed + ") lớn hơn số có hoạt động (" + active + ")",
                    "more learners completed (" + completed + ") than were active (" + active + ")"));
        }

        range(report.averageScore(), 0, 100, "điểm trung bình bài đánh giá", "the average assessment score", problems);
        range(report.satisfaction(), 1, 5, "mức hài lòng trung bình", "the average satisfaction", problems);

        List<LocalizedText> missing = new ArrayList<>();
        if (Problems.isBlank(report.analyticsSummary())) {
            missing.add(LocalizedText.of("nhận định từ dữ liệu học tập", "what the learning analytics show"));
        }
        if (Problems.isBlank(report.improvementActions())) {
            missing.add(LocalizedText.of("điều chỉnh học phần", "the changes to the module"));
        }
        if (!missing.isEmpty()) {
            problems.add(problem("báo cáo thiếu: " + String.join(", ", missing.stream().map(LocalizedText::vi).toList()),
                    "the report is missing: " + String.join(", ", missing.stream().map(LocalizedText::en).toList())));
        }
        return problems;
    }

    /** The adoption metrics of a report without problems. */
    public PilotMetrics metrics(PilotReport report) {
        BigDecimal enrolled = Numbers.exact(report.enrolled());
        if (enrolled == null || enrolled.signum() <= 0) {
            throw new IllegalArgumentException("metrics need learners enrolled; check the report's problems first");
        }
        return new PilotMetrics(percent(report.active(), enrolled), percent(report.completed(), enrolled));
    }

    private static double percent(Number part, BigDecimal whole) {
        return Numbers.exact(part).multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A whole count of learners, 0 or more, or null after adding the problem. */
    private static Long count(Number number, String nameVi, String nameEn, List<LocalizedText> problems) {
        if (number == null) {
            problems.add(problem("thiếu " + nameVi, nameEn + " is missing"));
            return null;
        }
        BigDecimal value = Numbers.exact(number);
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            problems.add(problem(nameVi + " phải là số nguyên không âm", nameEn + " must be a whole number, 0 or more"));
            return null;
        }
        return value.longValueExact();
    }

    private static void range(Number number, int lowest, int highest, String nameVi, String nameEn,
                              List<LocalizedText> problems) {
        if (number == null) {
            problems.add(problem("thiếu " + nameVi, nameEn + " is missing"));
            return;
        }
        BigDecimal value = Numbers.exact(number);
        if (value == null || value.compareTo(BigDecimal.valueOf(lowest)) < 0 || value.compareTo(BigDecimal.valueOf(highest)) > 0) {
            problems.add(problem(nameVi + " phải từ " + lowest + " đến " + highest,
                    nameEn + " must be from " + lowest + " to " + highest));
        }
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
