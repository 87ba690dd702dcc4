package vn.practicum.field.portoperations.internal;

import static vn.practicum.engine.rules.Problems.echo;
import static vn.practicum.engine.rules.Problems.isBlank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When a shift log is complete enough for the shift supervisor to sign its hand-over off:
 * <ul>
 *   <li>the shift is during the placement (from its first to its last day) and later than the last signed-off
 *       shift: each shift is logged once, in order;</li>
 *   <li>its start is a time {@code HH:mm} and it lasted more than 0 and at most the maximum hours (12 unless the
 *       host sets fewer: Labour Code 2019, Art. 107, normal and overtime hours at most 12 a day);</li>
 *   <li>it names the area, the operations the student took part in, and the hand-over notes for the next shift;</li>
 *   <li>it says whether an accident, incident or near miss happened, and if one did, reports it (Law on
 *       Occupational Safety and Health 2015, Art. 34: incidents are reported).</li>
 * </ul>
 */
public class ShiftLogRules {

    /** Normal and overtime hours in a day (Labour Code 2019, Art. 107). */
    public static final int LEGAL_MAXIMUM_HOURS = 12;

    /**
     * The problems of the log, in order; empty when it is complete.
     *
     * @param maximumHours       the longest shift accepted, 1 to 12
     * @param placementEnd       the placement's last day, or null if not known
     * @param previousShiftStart the start of the last signed-off shift, or null for the first log
     */
    public List<LocalizedText> problems(ShiftLog log, int maximumHours, LocalDate placementStart, LocalDate placementEnd,
                                        LocalDateTime previousShiftStart) {
        Objects.requireNonNull(placementStart, "placementStart");
        if (maximumHours < 1 || maximumHours > LEGAL_MAXIMUM_HOURS) {
            throw new IllegalArgumentException("maximumShiftHours must be 1 to " + LEGAL_MAXIMUM_HOURS + ", not " + maximumHours);
        }
        List<LocalizedText> problems = new ArrayList<>();

        Optional<LocalDate> day = Optional.empty();
        if (isBlank(log.date())) {
            problems.add(LocalizedText.of("Thiếu ngày của ca", "The shift's date is missing"));
        } else {
            day = CalendarDays.parse(log.date());
            if (day.isEmpty()) {
                problems.add(LocalizedText.of(
                        "Ngày của ca " + echo(log.date()) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "The shift's date " + echo(log.date()) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (day.get().isBefore(placementStart)) {
                problems.add(LocalizedText.of("Ca ngày " + day.get() + " trước khi bắt đầu thực tập (" + placementStart + ")",
                        "The shift on " + day.get() + " is before the placement started (" + placementStart + ")"));
            } else if (placementEnd != null && day.get().isAfter(placementEnd)) {
                problems.add(LocalizedText.of("Ca ngày " + day.get() + " sau khi kết thúc thực tập (" + placementEnd + ")",
                        "The shift on " + day.get() + " is after the placement ended (" + placementEnd + ")"));
            }
        }

        Optional<LocalTime> time = Optional.empty();
        if (isBlank(log.startTime())) {
            problems.add(LocalizedText.of("Thiếu giờ bắt đầu ca", "The shift's start time is missing"));
        } else {
            time = TimesOfDay.parse(log.startTime());
            if (time.isEmpty()) {
                problems.add(LocalizedText.of("Giờ bắt đầu " + echo(log.startTime()) + " không hợp lệ (HH:mm, ví dụ 06:00)",
                        "The start time " + echo(log.startTime()) + " is not valid (HH:mm, e.g. 06:00)"));
            }
        }
        if (day.isPresent() && time.isPresent() && previousShiftStart != null) {
            LocalDateTime start = day.get().atTime(time.get());
            if (!start.isAfter(previousShiftStart)) {
                problems.add(LocalizedText.of(
                        "Ca bắt đầu " + day.get() + " " + time.get() + " không sau ca đã ký gần nhất (" + previousShiftStart.toLocalDate()
                                + " " + previousShiftStart.toLocalTime() + "): mỗi ca ghi một lần, theo thứ tự",
                        "The shift starting " + day.get() + " " + time.get() + " is not after the last signed-off shift ("
                                + previousShiftStart.toLocalDate() + " " + previousShiftStart.toLocalTime() + "): log each shift once, in order"));
            }
        }

        Optional<BigDecimal> hours = Numbers.parse(log.hours());
        if (log.hours() == null) {
            problems.add(LocalizedText.of("Thiếu số giờ làm việc của ca", "The hours worked are missing"));
        } else if (hours.isEmpty() || hours.get().signum() <= 0) {
            problems.add(LocalizedText.of("Số giờ làm việc " + echo(log.hours()) + " phải là số lớn hơn 0",
                    "The hours worked " + echo(log.hours()) + " must be a number above 0"));
        } else if (hours.get().compareTo(BigDecimal.valueOf(maximumHours)) > 0) {
            String shown = hours.get().stripTrailingZeros().toPlainString();
            problems.add(maximumHours == LEGAL_MAXIMUM_HOURS
                    ? LocalizedText.of("Ca " + shown + " giờ vượt quá 12 giờ làm việc một ngày (Bộ luật Lao động 2019, Điều 107)",
                            "A " + shown + "-hour shift is more than the 12 working hours a day allows (Labour Code 2019, Art. 107)")
                    : LocalizedText.of("Ca " + shown + " giờ vượt quá " + maximumHours + " giờ đơn vị tiếp nhận cho phép sinh viên làm",
                            "A " + shown + "-hour shift is more than the " + maximumHours + " hours the host lets a student work"));
        }

        if (isBlank(log.area())) {
            problems.add(LocalizedText.of("Thiếu vị trí làm việc (cầu tàu, khu bãi, vị trí điều độ)",
                    "The work position (berth, yard block, control position) is missing"));
        }
        if (isBlank(log.operations())) {
            problems.add(LocalizedText.of("Thiếu nội dung công việc trong ca", "The operations of the shift are missing"));
        }
        if (isBlank(log.handOverNotes())) {
            problems.add(LocalizedText.of("Thiếu nội dung bàn giao ca", "The hand-over notes for the next shift are missing"));
        }

        Optional<Boolean> incident = Inputs.yesOrNo(log.safetyIncident());
        if (log.safetyIncident() == null) {
            problems.add(LocalizedText.of("Chưa cho biết trong ca có sự cố, tai nạn hay suýt xảy ra tai nạn không",
                    "Say whether an accident, incident or near miss happened during the shift"));
        } else if (incident.isEmpty()) {
            problems.add(LocalizedText.of("Giá trị sự cố " + echo(log.safetyIncident()) + " không hợp lệ (có/không)",
                    "The incident answer " + echo(log.safetyIncident()) + " is not yes or no"));
        } else if (incident.get() && isBlank(log.incidentReport())) {
            problems.add(LocalizedText.of("Có sự cố trong ca: cần báo cáo diễn biến và biện pháp đã xử lý (Luật An toàn, vệ sinh lao động 2015, Điều 34)",
                    "An incident happened: report what happened and what was done (Law on Occupational Safety and Health 2015, Art. 34)"));
        }
        return problems;
    }
}
