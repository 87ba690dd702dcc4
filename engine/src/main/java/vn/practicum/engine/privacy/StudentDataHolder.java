package vn.practicum.engine.privacy;

/**
 * A feature that keeps data about a student in tables of its own (notifications, placement rankings, audit...):
 * declare a bean of this type and the student's export includes its data, and an erasure erases or pseudonymises it
 * in the same transaction as the rest.
 */
public interface StudentDataHolder {

    /** The key of this holder's part in the export, for example {@code notifications}. */
    String name();

    /** The student's data, as something Jackson writes (records, maps, lists); null when there is none. */
    Object export(String studentId);

    /**
     * Erases the student's personal data (names, e-mail addresses, national id numbers, free text) and replaces the
     * student id by {@code pseudonym} where rows stay for statistics. Runs in the erasure's transaction.
     */
    void erase(String studentId, String pseudonym);
}
