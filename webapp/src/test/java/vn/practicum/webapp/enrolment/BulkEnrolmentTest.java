package vn.practicum.webapp.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.csv;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.row;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.utf8;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.student.StudentRecord;
import vn.practicum.engine.student.StudentRegister;

/** The service's decisions, without a database: what is skipped, what is started, in which batches, and failures. */
class BulkEnrolmentTest {

    final PracticumLifecycle lifecycle = mock(PracticumLifecycle.class);
    final StudentRegister register = mock(StudentRegister.class);
    final List<String> commits = new ArrayList<>();
    final BulkEnrolment enrolment = new BulkEnrolment(new EnrolmentValidator(new FieldRegistry(List.of())), lifecycle,
            register, new RecordingTransactions(commits), Clock.fixed(Instant.parse("2026-01-05T01:00:00Z"), ZoneOffset.UTC), 2, 1);

    static byte[] students(int count) {
        String[] rows = new String[count];
        for (int i = 0; i < count; i++) {
            rows[i] = row(String.format("SV%03d", i), "Sinh viên " + i);
        }
        return utf8(csv(rows));
    }

    @Test
    void skips_students_tracked_or_registered_and_starts_the_others_in_batches_with_their_register_rows() {
        when(register.tracked(anyCollection())).thenReturn(Set.of("hust-SV000"));
        when(register.registered(anyCollection())).thenReturn(Set.of("hust-SV000", "hust-SV001"));
        List<String> started = new ArrayList<>();
        when(lifecycle.startQueuedBatch(anyList())).thenAnswer(call -> {
            call.<List<PracticumStart>>getArgument(0).forEach(start -> started.add(start.studentId()));
            return List.of();
        });

        EnrolmentResult result = enrolment.enrol("hust", students(5), FileKind.CSV);

        assertThat(result.students()).isEqualTo(5);
        assertThat(result.started()).isEqualTo(3);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.results()).extracting(EnrolmentResult.StudentResult::result)
                .containsExactly("SKIPPED", "SKIPPED", "STARTED", "STARTED", "STARTED");
        assertThat(result.results().get(0).reason()).contains("already has a practicum");
        assertThat(result.results().get(1).reason()).contains("enrolled before");
        assertThat(started).containsExactly("hust-SV002", "hust-SV003", "hust-SV004");
        assertThat(commits).as("batches of two, each committed").hasSize(2);
        verify(register).register(List.of(
                new StudentRecord("hust-SV002", "hust", "SV002", "Sinh viên 2", "sv002@truong.edu.vn", false,
                        Instant.parse("2026-01-05T01:00:00Z")),
                new StudentRecord("hust-SV003", "hust", "SV003", "Sinh viên 3", "sv003@truong.edu.vn", false,
                        Instant.parse("2026-01-05T01:00:00Z"))));
    }

    @Test
    void a_failing_batch_is_rolled_back_no_later_batch_starts_and_the_answer_says_how_many_did() {
        when(register.tracked(anyCollection())).thenReturn(Set.of());
        when(register.registered(anyCollection())).thenReturn(Set.of());
        when(lifecycle.startQueuedBatch(anyList())).thenAnswer(call -> {
            if (call.<List<PracticumStart>>getArgument(0).stream().anyMatch(start -> start.studentId().equals("hust-SV003"))) {
                throw new PracticumLifecycle.LifecycleConflictException("already running");
            }
            return List.of();
        });

        assertThatThrownBy(() -> enrolment.enrol("hust", students(6), FileKind.CSV))
                .isInstanceOfSatisfying(EnrolmentInterruptedException.class, e -> {
                    assertThat(e.started()).isEqualTo(2);
                    assertThat(e.getCause()).isInstanceOf(PracticumLifecycle.LifecycleConflictException.class);
                });
        assertThat(commits).containsExactly("commit", "rollback");
    }

    @Test
    void a_file_with_a_wrong_row_starts_and_registers_nobody() {
        byte[] file = utf8(csv(row("SV001", "An"), row("SV002", "Bình").replace("120", "many")));

        assertThatThrownBy(() -> enrolment.enrol("hust", file, FileKind.CSV))
                .isInstanceOfSatisfying(EnrolmentRefusedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("creditsEarned")));
        verify(lifecycle, never()).startQueuedBatch(anyList());
        verify(register, never()).register(any());
    }

    /** Records commits and rollbacks instead of touching a database. */
    static final class RecordingTransactions extends AbstractPlatformTransactionManager {

        private final List<String> log;

        RecordingTransactions(List<String> log) {
            this.log = log;
        }

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            synchronized (log) {
                log.add("commit");
            }
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            synchronized (log) {
                log.add("rollback");
            }
        }
    }
}
