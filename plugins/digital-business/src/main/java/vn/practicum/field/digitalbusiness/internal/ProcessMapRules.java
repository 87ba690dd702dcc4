package vn.practicum.field.digitalbusiness.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When a process map is a deliverable the host can use:
 * <ul>
 *   <li>it names the process and is published where the host can open it (an https address);</li>
 *   <li>it uses a notation the host can read: BPMN 2.0, a swimlane flowchart or a value stream map;</li>
 *   <li>the as-is process has a whole number of steps from 3 to 200 (fewer is no process worth mapping; more must be
 *       split into sub-processes);</li>
 *   <li>it states the as-is pain points and the proposed improvements: a map that changes nothing is not analysis.</li>
 * </ul>
 * Every problem is reported.
 */
public class ProcessMapRules {

    public static final int MIN_STEPS = 3;
    public static final int MAX_STEPS = 200;

    static final LocalizedText LABEL = LocalizedText.of("Bản đồ quy trình", "Process map");

    /** The problems of the map, in order; empty when it is complete. */
    public List<LocalizedText> problems(ProcessMap map) {
        List<LocalizedText> problems = new ArrayList<>();
        if (Problems.isBlank(map.name())) {
            problems.add(problem("thiếu tên quy trình", "the process name is missing"));
        }
        if (Problems.isBlank(map.link())) {
            problems.add(problem("thiếu liên kết tới bản đồ", "the link to the map is missing"));
        } else if (!Inputs.isHttpsAddress(map.link())) {
            problems.add(problem("liên kết " + Problems.echo(map.link()) + " không phải địa chỉ https hợp lệ",
                    "the link " + Problems.echo(map.link()) + " is not a valid https address"));
        }
        if (Problems.isBlank(map.notation())) {
            problems.add(problem("thiếu ký pháp của bản đồ", "the notation is missing"));
        } else if (MapNotation.of(map.notation()).isEmpty()) {
            problems.add(problem("ký pháp " + Problems.echo(map.notation()) + " không được chấp nhận: BPMN 2.0, lưu đồ theo làn hoặc sơ đồ chuỗi giá trị",
                    "the notation " + Problems.echo(map.notation()) + " is not accepted: BPMN 2.0, a swimlane flowchart or a value stream map"));
        }

        if (map.stepCount() == null) {
            problems.add(problem("thiếu số bước của quy trình hiện tại", "the number of steps of the as-is process is missing"));
        } else if (Numbers.exact(map.stepCount()) == null) {
            problems.add(problem("số bước của quy trình không phải là số", "the number of steps is not a number"));
        } else if (!isWholeBetween(map.stepCount(), MIN_STEPS, MAX_STEPS)) {
            problems.add(problem("số bước " + shown(map.stepCount()) + " không hợp lệ: phải là số nguyên từ " + MIN_STEPS + " đến "
                            + MAX_STEPS + " (quy trình lớn hơn cần tách thành quy trình con)",
                    "the number of steps " + shown(map.stepCount()) + " is not valid: it must be a whole number from " + MIN_STEPS
                            + " to " + MAX_STEPS + " (split a larger process into sub-processes)"));
        }

        List<LocalizedText> missing = new ArrayList<>();
        if (Problems.isBlank(map.painPoints())) {
            missing.add(LocalizedText.of("điểm nghẽn của quy trình hiện tại", "the as-is pain points"));
        }
        if (Problems.isBlank(map.improvements())) {
            missing.add(LocalizedText.of("đề xuất cải tiến", "the proposed improvements"));
        }
        if (!missing.isEmpty()) {
            problems.add(problem("bản đồ thiếu: " + String.join(", ", missing.stream().map(LocalizedText::vi).toList()),
                    "the map is missing: " + String.join(", ", missing.stream().map(LocalizedText::en).toList())));
        }
        return problems;
    }

    static boolean isWholeBetween(Number number, int lowest, int highest) {
        BigDecimal value = Numbers.exact(number);
        return value != null && value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.valueOf(lowest)) >= 0 && value.compareTo(BigDecimal.valueOf(highest)) <= 0;
    }

    /** A number as users wrote it: no trailing zeros, no exponent. */
    static String shown(Number number) {
        return Numbers.exact(number).stripTrailingZeros().toPlainString();
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
