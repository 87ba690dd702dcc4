package vn.practicum.engine.privacy;

/** What happened to a student's consent. */
public enum ConsentEvent {
    /** Given on the enrolment's consent task. */
    GIVEN,
    /** Refused on the enrolment's consent task: the enrolment ends (NO_CONSENT). */
    REFUSED,
    /** Withdrawn later by the student or the school: the lifecycle is withdrawn and nothing more runs. */
    WITHDRAWN
}
