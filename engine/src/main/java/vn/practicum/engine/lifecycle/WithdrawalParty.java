package vn.practicum.engine.lifecycle;

/** Who withdrew a student from the practicum: the value of {@code withdrawnBy}. */
public enum WithdrawalParty {
    STUDENT, SCHOOL, HOST
}
