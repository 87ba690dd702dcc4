package vn.practicum.webapp.enrolment;

import java.util.List;

/** The file has problems: nothing was imported. */
class EnrolmentRefusedException extends RuntimeException {

    private final List<RowProblem> problems;

    EnrolmentRefusedException(List<RowProblem> problems) {
        super(problems.size() + " problems in the enrolment file", null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<RowProblem> problems() {
        return problems;
    }
}
