package vn.practicum.field.digitalbusiness.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.practicum.engine.spi.LocalizedText;

/** How the checks word what they found: one problem per line, Vietnamese first, then " / " and the English. */
public final class Problems {

    static final int MAX_ECHOED_INPUT = 40;

    private Problems() {
    }

    public static String describe(LocalizedText problem) {
        return problem.vi() + " / " + problem.en();
    }

    /** Every problem, one per line, for a process variable and the BPMN error's message. */
    public static String describe(List<LocalizedText> problems) {
        return problems.stream().map(Problems::describe).collect(Collectors.joining("\n"));
    }

    /** A problem of one document or part: "label: what" in both languages. */
    static LocalizedText of(LocalizedText label, String vi, String en) {
        return LocalizedText.of(label.vi() + ": " + vi, label.en() + ": " + en);
    }

    /** User input quoted back in a message: trimmed, and cut short so a message stays a message. */
    static String echo(String input) {
        String text = input.strip();
        return "'" + (text.length() > MAX_ECHOED_INPUT ? text.substring(0, MAX_ECHOED_INPUT) + "…" : text) + "'";
    }

    /**
     * A day the user typed, or null after adding the problem if it is missing or not a real date {@code yyyy-MM-dd}.
     *
     * @param nameVi what the day is, in Vietnamese ("ngày hết hiệu lực")
     * @param nameEn what the day is, in English ("the valid-until date")
     */
    static LocalDate day(LocalizedText label, String text, String nameVi, String nameEn, List<LocalizedText> problems) {
        if (isBlank(text)) {
            problems.add(of(label, "thiếu " + nameVi, nameEn + " is missing"));
            return null;
        }
        LocalDate day = Inputs.day(text);
        if (day == null) {
            problems.add(of(label, nameVi + " " + echo(text) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                    nameEn + " " + echo(text) + " is not a valid date in the format yyyy-MM-dd"));
        }
        return day;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
