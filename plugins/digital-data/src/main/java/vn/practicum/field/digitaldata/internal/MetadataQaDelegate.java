package vn.practicum.field.digitaldata.internal;

import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_METADATA_RECORD_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.MAXIMUM_ERROR_RATE_PERCENT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_ERROR_RATE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_ATTESTED;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_ERRORS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_SAMPLE_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_SAMPLE_SIZE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.MINIMUM_SAMPLE_PERCENT;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;

/**
 * {@code ${digitalDataMetadataQaCheck}}: evaluates the mentor's metadata QA of the batch ({@link MetadataQaRules}), with
 * the task's inputs {@code minimumSamplePercent} (default "10") and {@code maximumErrorRatePercent} (default "2").
 * <ul>
 *   <li>an entry that cannot be used goes to {@code metadataQaSampleProblem} and raises {@code Error_QaSampleInvalid},
 *       back to the mentor;</li>
 *   <li>a batch with too many records in error sets {@code metadataErrorRate}, goes to {@code batchProblem} and raises
 *       {@code Error_MetadataQaFailed}, back to the student;</li>
 *   <li>a batch that passes sets {@code metadataErrorRate}: signed off.</li>
 * </ul>
 * An input that is not a percentage is a modelling error and fails the task (an incident), not the mentor.
 */
public class MetadataQaDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "digitalDataMetadataQaCheck";
    public static final String ERROR_QA_SAMPLE_INVALID = "Error_QaSampleInvalid";
    public static final String ERROR_METADATA_QA_FAILED = "Error_MetadataQaFailed";

    private final MetadataQaRules rules;

    public MetadataQaDelegate(MetadataQaRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BigDecimal minimumSample = percent(execution, MINIMUM_SAMPLE_PERCENT, MetadataQaRules.DEFAULT_MINIMUM_SAMPLE_PERCENT);
        BigDecimal maximumErrorRate = percent(execution, MAXIMUM_ERROR_RATE_PERCENT, MetadataQaRules.DEFAULT_MAXIMUM_ERROR_RATE_PERCENT);
        Inputs in = new Inputs(execution);
        MetadataQa qa = new MetadataQa(in.read(METADATA_QA_SAMPLE_SIZE), in.read(METADATA_QA_ERRORS), in.read(METADATA_QA_ATTESTED),
                BATCH_METADATA_RECORD_COUNT.from(execution));
        if (!in.problems().isEmpty()) {
            sampleInvalid(execution, Problems.describe(in.problems()));
        }

        MetadataQaResult result = rules.evaluate(qa, minimumSample, maximumErrorRate);
        if (!result.sampleUsable()) {
            sampleInvalid(execution, Problems.describe(result.sampleProblems()));
        }
        execution.removeVariable(METADATA_QA_SAMPLE_PROBLEM.name());
        METADATA_ERROR_RATE.set(execution, result.errorRate());
        if (!result.passed()) {
            String described = Problems.describe(result.failure());
            BATCH_PROBLEM.set(execution, described);
            throw new BpmnError(ERROR_METADATA_QA_FAILED, described);
        }
    }

    private static void sampleInvalid(DelegateExecution execution, String described) {
        METADATA_QA_SAMPLE_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_QA_SAMPLE_INVALID, described);
    }

    static BigDecimal percent(DelegateExecution execution, ProcessVariable<String> input, BigDecimal byDefault) {
        String configured = input.from(execution);
        if (configured == null || configured.isBlank()) {
            return byDefault;
        }
        try {
            return new BigDecimal(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Input parameter '" + input.name() + "' of " + execution.getCurrentActivityId()
                    + " must be a percentage such as 10 or 2.5, not '" + configured + "'", e);
        }
    }
}
