package vn.practicum.field.digitaldata.internal;

import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_CHECKSUM_ALGORITHM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_CODE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_COLOUR_MODE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_FILE_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_FILE_FORMAT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_IMAGE_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_MANIFEST_REFERENCE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_METADATA_RECORD_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_PAGE_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_RESOLUTION_DPI;

import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${digitalDataBatchCheck}}: checks the digitisation batch the student submitted ({@link DigitisationBatchRules}).
 * Problems go to {@code batchProblem} and raise {@code Error_BatchNonConformant}, which sends the student back to the
 * batch; a conforming batch removes {@code batchProblem}.
 */
public class DigitisationBatchCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "digitalDataBatchCheck";
    public static final String ERROR_BATCH_NON_CONFORMANT = "Error_BatchNonConformant";

    private final DigitisationBatchRules rules;

    public DigitisationBatchCheckDelegate(DigitisationBatchRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Inputs in = new Inputs(execution);
        DigitisationBatch batch = new DigitisationBatch(in.read(BATCH_CODE), in.read(BATCH_FILE_COUNT), in.read(BATCH_PAGE_COUNT),
                in.read(BATCH_IMAGE_COUNT), in.read(BATCH_METADATA_RECORD_COUNT), in.read(BATCH_FILE_FORMAT),
                in.read(BATCH_RESOLUTION_DPI), in.read(BATCH_COLOUR_MODE), in.read(BATCH_CHECKSUM_ALGORITHM),
                in.read(BATCH_MANIFEST_REFERENCE));

        List<LocalizedText> problems = in.problems().isEmpty() ? rules.problems(batch) : in.problems();
        if (problems.isEmpty()) {
            execution.removeVariable(BATCH_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        BATCH_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_BATCH_NON_CONFORMANT, described);
    }
}
