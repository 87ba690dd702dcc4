package vn.practicum.webapp.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
 * <p>Each lifecycle is started queued ({@link PracticumLifecycle#startQueuedBatch}): the import creates the process
 * instance, its variables and one job, and commits; the job executor then moves each student on to their first task
 * (eligibility decision, coordinator's approval), retrying and raising an incident on failure. Starting a lifecycle
 * up to its first wait state was about 9 ms of engine work per student, which the import no longer waits for.
 *
 * <p>Idempotent: the student id is {@code <schoolCode>-<studentCode>}; a student already registered or already
 * tracked (a lifecycle started before, by a file or one by one, running or finished) is skipped and reported as
 * such. Students are started in batches ({@code practicum.enrolment.batch-size}, default 50), each batch in one
 * transaction with its register rows and in one engine command (one flush of batched inserts; larger batches lose
 * more to the engine's sorting of inserts by reference than they gain), one batch at a time unless {@code practicum.enrolment.threads} says more (on
 * H2 with two cores a second thread gains nothing: starting a lifecycle is CPU-bound engine work): a
 * failure rolls back that batch only and starts no further batch, and uploading the same file again continues with
 * the students not started yet. From {@code practicum.enrolment.hold-job-executor-from} students (default 500) this
 * node's job executor waits while the upload starts them ({@link JobAcquisitionPause}). Two uploads of the same file at once cannot start a student twice: the register's
 * primary key refuses the second.
 */
@Service
class BulkEnrolment {


    private final EnrolmentValidator validator;
    private final PracticumLifecycle lifecycle;
    private final StudentRegister register;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final int threads;
    private final JobAcquisitionPause jobAcquisition;
    private final int holdJobsFrom;

    @Autowired
    BulkEnrolment(EnrolmentValidator validator, PracticumLifecycle lifecycle, StudentRegister register,
                  PlatformTransactionManager transactionManager,
                  @Value("${practicum.enrolment.batch-size:50}") int batchSize,
                  @Value("${practicum.enrolment.threads:1}") int threads,
                  JobAcquisitionPause jobAcquisition,
                  @Value("${practicum.enrolment.hold-job-executor-from:500}") int holdJobsFrom) {
        this(validator, lifecycle, register, transactionManager, Clock.systemUTC(), batchSize, threads, jobAcquisition,
                holdJobsFrom);
    }

    BulkEnrolment(EnrolmentValidator validator, PracticumLifecycle lifecycle, StudentRegister register,
                  PlatformTransactionManager transactionManager, Clock clock, int batchSize, int threads) {
        this(validator, lifecycle, register, transactionManager, clock, batchSize, threads, JobAcquisitionPause.none(),
                Integer.MAX_VALUE);
    }

    BulkEnrolment(EnrolmentValidator validator, PracticumLifecycle lifecycle, StudentRegister register,
                  PlatformTransactionManager transactionManager, Clock clock, int batchSize, int threads,
                  JobAcquisitionPause jobAcquisition, int holdJobsFrom) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("practicum.enrolment.batch-size and .threads must be 1 or more");
        }
        this.batchSize = batchSize;
        this.threads = threads;
        this.validator = validator;
        this.lifecycle = lifecycle;
        this.register = register;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.jobAcquisition = jobAcquisition;
        this.holdJobsFrom = holdJobsFrom;
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

        if (toStart.size() >= holdJobsFrom) {
            try (JobAcquisitionPause.Hold hold = jobAcquisition.hold()) {
                startAll(schoolCode, toStart);
            }
        } else {
            startAll(schoolCode, toStart);
        }
        return new EnrolmentResult(schoolCode, students.size(), toStart.size(), students.size() - toStart.size(), results);
    }

    /** Starts the students in batches, {@link #threads} batches at a time; stops at the first batch that fails. */
    private void startAll(String schoolCode, List<EnrolmentRow> students) {
        List<List<EnrolmentRow>> batches = new ArrayList<>();
        for (int from = 0; from < students.size(); from += batchSize) {
            batches.add(students.subList(from, Math.min(students.size(), from + batchSize)));
        }
        AtomicInteger started = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, batches.size())));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<EnrolmentRow> batch : batches) {
                done.add(workers.submit(() -> {
                    if (failure.get() != null) {
                        return; // an earlier batch failed: start nothing more
                    }
                    try {
                        startBatch(schoolCode, batch);
                        started.addAndGet(batch.size());
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }));
            }
            for (Future<?> batch : done) {
                batch.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new IllegalStateException("interrupted", e));
        } catch (ExecutionException e) {
            failure.compareAndSet(null, new IllegalStateException(e.getCause()));
        } finally {
            workers.shutdownNow();
        }
        if (failure.get() != null) {
            throw new EnrolmentInterruptedException(started.get(), failure.get());
        }
    }

    private void startBatch(String schoolCode, List<EnrolmentRow> batch) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            register.register(batch.stream().map(student -> student.record(schoolCode, now)).toList());
            lifecycle.startQueuedBatch(batch.stream().map(student -> student.start(schoolCode)).toList());
        });
    }
}
