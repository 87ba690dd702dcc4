package vn.practicum.field.digitaldata.internal;

import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_CERTIFICATE_NUMBER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_COMPLETED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_ISSUER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_VALID_UNTIL;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_CERTIFICATE_NUMBER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_COMPLETED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_ISSUER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_VALID_UNTIL;
import static vn.practicum.field.digitaldata.DigitalDataVariables.TRAINING_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.TRAINING_VALID_ON;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${digitalDataTrainingCheck}}: checks the data-classification and archive-handling trainings the student
 * entered ({@link TrainingRecordRules}) against the task's input {@code trainingValidOn} (by default the placement's
 * first day). Problems go to {@code trainingProblem} and raise {@code Error_TrainingRecordInvalid}, which sends the
 * student back to the form; a clean check removes {@code trainingProblem}.
 */
public class TrainingRecordCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "digitalDataTrainingCheck";
    public static final String ERROR_TRAINING_RECORD_INVALID = "Error_TrainingRecordInvalid";

    private final TrainingRecordRules rules;

    public TrainingRecordCheckDelegate(TrainingRecordRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date validOn = TRAINING_VALID_ON.from(execution);
        if (validOn == null) {
            validOn = PracticumVariables.PLACEMENT_START.require(execution);
        }
        Inputs in = new Inputs(execution);
        List<TrainingRecord> records = List.of(
                new TrainingRecord(TrainingKind.DATA_CLASSIFICATION, in.read(DATA_CLASSIFICATION_CERTIFICATE_NUMBER),
                        in.read(DATA_CLASSIFICATION_ISSUER), in.read(DATA_CLASSIFICATION_COMPLETED_ON),
                        in.read(DATA_CLASSIFICATION_VALID_UNTIL)),
                new TrainingRecord(TrainingKind.ARCHIVE_HANDLING, in.read(ARCHIVE_TRAINING_CERTIFICATE_NUMBER),
                        in.read(ARCHIVE_TRAINING_ISSUER), in.read(ARCHIVE_TRAINING_COMPLETED_ON), in.read(ARCHIVE_TRAINING_VALID_UNTIL)));

        List<LocalizedText> problems = in.problems().isEmpty()
                ? rules.problems(records, CalendarDays.vietnameseDay(validOn)) : in.problems();
        if (problems.isEmpty()) {
            execution.removeVariable(TRAINING_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        TRAINING_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_TRAINING_RECORD_INVALID, described);
    }
}
