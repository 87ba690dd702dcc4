package vn.practicum.engine.placement;

/** No such round, offer or applicant. */
public class PlacementNotFoundException extends RuntimeException {

    public PlacementNotFoundException(String message) {
        super(message);
    }
}
