package vn.practicum.webapp.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.student.StudentRegister;
import vn.practicum.webapp.enrolment.EnrolmentResult.StudentResult;
import vn.practicum.webapp.enrolment.EnrolmentValidator.Validation;
import vn.practicum.webapp.enrolment.SpreadsheetReader.Sheet;

/**
 * Enrols a school's students from a file: reads it, checks every row, and only if every row is right registers
 * each student (name and e-mail in the student register, never in the process) and starts their lifecycle.
 *
 * <p>Idempotent: the student id is {@code <schoolCode>-<studentCode>}; a student already registered or already
 * tracked (a lifecycle started before, by a file or one by one, running or finished) is skipped and reported as
 * such. Students are started in batches of {@link #BATCH}, each batch in one transaction with its register rows:
 * a failure rolls back that batch only, and uploading the same file again continues after the batches done. Two
 * uploads of the same file at once cannot start a student twice: the register's primary key refuses the second.
 */
@Service
class BulkEnrolment {

    static final int BATCH = 200;

    private final EnrolmentValidator validator;
    private final PracticumLifecycle lifecycle;
    private final StudentRegister register;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @Autowired
    BulkEnrolment(EnrolmentValidator validator, PracticumLifecycle lifecycle, StudentRegister register,
                  PlatformTransactionManager transactionManager) {
        this(validator, lifecycle, register, transactionManager, Clock.systemUTC());
    }

    BulkEnrolment(EnrolmentValidator validator, PracticumLifecycle lifecycle, StudentRegister register,
                  PlatformTransactionManager transactionManager, Clock clock) {
        this.validator = validator;
        this.lifecycle = lifecycle;
        this.register = register;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Reads and checks the file; imports nothing. */
    Validation check(String schoolCode, byte[] content, FileKind kind) {
        Sheet sheet = SpreadsheetReader.read(content, kind);
        return validator.validate(schoolCode, sheet);
    }

    /**
     * Enrols every student of a valid file.
     *
     * @throws EnrolmentRefusedException     if any row has a problem: nothing is imported
     * @throws EnrolmentInterruptedException if starting stopped part-way (see the class documentation)
     */
    EnrolmentResult enrol(String schoolCode, byte[] content, FileKind kind) {
        Validation validation = check(schoolCode, content, kind);
        if (!validation.valid()) {
            throw new EnrolmentRefusedException(validation.problems());
        }
        List<EnrolmentRow> students = validation.students();
        List<String> ids = students.stream().map(student -> student.studentId(schoolCode)).toList();
        Set<String> tracked = register.tracked(ids);
        Set<String> registered = register.registered(ids);

        List<StudentResult> results = new ArrayList<>(students.size());
        List<EnrolmentRow> toStart = new ArrayList<>();
        for (EnrolmentRow student : students) {
            String id = student.studentId(schoolCode);
            if (tracked.contains(id)) {
                results.add(new StudentResult(student.row(), id, "SKIPPED", "Sinh viên đã có quy trình thực tập; bỏ qua"
                        + " / the student already has a practicum; skipped"));
            } else if (registered.contains(id)) {
                results.add(new StudentResult(student.row(), id, "SKIPPED", "Sinh viên đã được nhập trước đó; bỏ qua"
                        + " / the student was enrolled before; skipped"));
            } else {
                results.add(new StudentResult(student.row(), id, "STARTED", null));
                toStart.add(student);
            }
        }

        int started = 0;
        for (int from = 0; from < toStart.size(); from += BATCH) {
            List<EnrolmentRow> batch = toStart.subList(from, Math.min(toStart.size(), from + BATCH));
            try {
                startBatch(schoolCode, batch);
            } catch (RuntimeException e) {
                throw new EnrolmentInterruptedException(started, e);
            }
            started += batch.size();
        }
        return new EnrolmentResult(schoolCode, students.size(), toStart.size(), students.size() - toStart.size(), results);
    }

    private void startBatch(String schoolCode, List<EnrolmentRow> batch) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            register.register(batch.stream().map(student -> student.record(schoolCode, now)).toList());
            batch.forEach(student -> lifecycle.start(student.start(schoolCode)));
        });
    }
}
