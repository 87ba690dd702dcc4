package vn.practicum.engine.party;

/** What a party of the programme is. */
public enum PartyKind {
    /** A university or college; its students do the practicum. */
    SCHOOL,
    /** A business or public body that hosts students. */
    HOST
}
