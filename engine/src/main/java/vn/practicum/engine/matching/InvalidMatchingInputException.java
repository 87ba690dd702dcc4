package vn.practicum.engine.matching;

import java.util.List;

/** The round's input cannot be matched; each problem names what is at fault. */
public class InvalidMatchingInputException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidMatchingInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
