package vn.practicum.engine.placement;

/** A round takes offers and rankings while OPEN; CLOSED once matched. */
public enum RoundStatus {
    OPEN,
    CLOSED
}
