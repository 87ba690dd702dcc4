package vn.practicum.webapp.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.tracking.StageStep;
import vn.practicum.engine.tracking.StudentStage;

/**
 * Where a student stands, for the tracking API: the stage (code and names), the step they wait in, and,
 * for one student, the steps so far.
 */
public record StudentStageView(String studentId, String schoolCode, String hostCode, String fieldKey, String mentorId,
                               StageName stage, CurrentStep step, String outcome, Instant startedAt,
                               String processInstanceId,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> history) {

    /** A stage with its Vietnamese and English names. */
    public record StageName(String code, String vi, String en) {
        static StageName of(Stage stage) {
            return stage == null ? null : new StageName(stage.name(), stage.label().vi(), stage.label().en());
        }
    }

    public record CurrentStep(String id, String name, Instant since) {
    }

    public record Step(StageName stage, String id, String name, Instant startedAt, Instant endedAt, String actor,
                       String outcome) {
        static Step of(StageStep step) {
            return new Step(StageName.of(step.stage()), step.stepId(), step.stepName(), step.startedAt(), step.endedAt(),
                    step.actor(), step.outcome());
        }
    }

    /** The student with their history. */
    static StudentStageView of(StudentStage student, List<StageStep> history) {
        return new StudentStageView(student.studentId(), student.schoolCode(), student.hostCode(), student.fieldKey(),
                student.mentorId(), StageName.of(student.stage()),
                new CurrentStep(student.stepId(), student.stepName(), student.since()), student.outcome(),
                student.startedAt(), student.processInstanceId(), history.stream().map(Step::of).toList());
    }

    /** The student without history: a row of a list. */
    static StudentStageView summary(StudentStage student) {
        return new StudentStageView(student.studentId(), student.schoolCode(), student.hostCode(), student.fieldKey(),
                student.mentorId(), StageName.of(student.stage()),
                new CurrentStep(student.stepId(), student.stepName(), student.since()), student.outcome(),
                student.startedAt(), student.processInstanceId(), null);
    }
}
