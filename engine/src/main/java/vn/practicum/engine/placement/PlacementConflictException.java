package vn.practicum.engine.placement;

/** The request does not fit the round's state: closed already, another round open for the cohort, a taken id. */
public class PlacementConflictException extends RuntimeException {

    public PlacementConflictException(String message) {
        super(message);
    }
}
