package vn.practicum.field.greencertification.internal;

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

    /** User input quoted back in a message: trimmed, and cut short so a message stays a message. */
    static String echo(Object input) {
        String text = String.valueOf(input).strip();
        return "'" + (text.length() > MAX_ECHOED_INPUT ? text.substring(0, MAX_ECHOED_INPUT) + "…" : text) + "'";
    }

    /** A problem about one thing: "label: vi" / "label: en". */
    static LocalizedText about(LocalizedText label, String vi, String en) {
        return LocalizedText.of(label.vi() + ": " + vi, label.en() + ": " + en);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
