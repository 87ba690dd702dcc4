package vn.practicum.engine.matching;

/** What became of one of a student's choices. */
public enum ChoiceStatus {
    /** The student is placed at this choice. */
    PLACED,
    /** The offer's places went to applicants its host orders above the student. */
    FULL,
    /** The offer is for another field. */
    WRONG_FIELD,
    /** The student lacks one or more of the offer's requirements. */
    REQUIREMENTS_NOT_MET,
    /** The host declined the student for this offer. */
    DECLINED_BY_HOST,
    /** A lower choice, not needed: the student is placed at a better one. */
    NOT_NEEDED
}
