package vn.practicum.engine.lifecycle;

/** How the enrolment stage ended: the value of {@code enrolmentOutcome}. */
public enum EnrolmentOutcome {
    ENROLLED, NOT_ELIGIBLE, REJECTED, NO_CONSENT
}
