package vn.practicum.engine.rules;

import java.util.List;
import java.util.stream.Collectors;
import vn.practicum.engine.spi.LocalizedText;

/** How the checks word what they found: one problem per line, Vietnamese first, then " / " and the English. */
public final class Problems {

    /** How many characters of user input a message quotes back before cutting it short. */
    public static final int MAX_ECHOED_INPUT = 40;

    private Problems() {
    }

    /** One problem: "Vietnamese / English". */
    public static String describe(LocalizedText problem) {
        return problem.vi() + " / " + problem.en();
    }

    /** Every problem, one per line, for a process variable and the BPMN error's message. */
    public static String describe(List<LocalizedText> problems) {
        return problems.stream().map(Problems::describe).collect(Collectors.joining("\n"));
    }

    /** A problem about one thing (a document, a part of what was entered): "label: vi" / "label: en". */
    public static LocalizedText about(LocalizedText label, String vi, String en) {
        return LocalizedText.of(label.vi() + ": " + vi, label.en() + ": " + en);
    }

    /** User input quoted back in a message: as text, trimmed, and cut short so a message stays a message. */
    public static String echo(Object input) {
        String text = String.valueOf(input).strip();
        return "'" + (text.length() > MAX_ECHOED_INPUT ? text.substring(0, MAX_ECHOED_INPUT) + "…" : text) + "'";
    }

    /** True for no text or only white space. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
