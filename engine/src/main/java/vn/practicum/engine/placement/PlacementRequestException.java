package vn.practicum.engine.placement;

import java.util.List;

/** A placement request with bad input; each problem names what is at fault, Vietnamese then English. */
public class PlacementRequestException extends RuntimeException {

    private final List<String> problems;

    public PlacementRequestException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public PlacementRequestException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
