package vn.practicum.webapp.enrolment;

/**
 * Starting the students stopped part-way: the students of earlier batches are started and registered, the batch
 * that failed is rolled back. Uploading the same file again continues where it stopped.
 */
class EnrolmentInterruptedException extends RuntimeException {

    private final int started;

    EnrolmentInterruptedException(int started, RuntimeException cause) {
        super("Enrolment stopped after " + started + " students", cause);
        this.started = started;
    }

    int started() {
        return started;
    }
}
