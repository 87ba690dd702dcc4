package vn.practicum.field.fintech.internal;

import static vn.practicum.field.fintech.FintechVariables.AML_ATTESTATION_NUMBER;
import static vn.practicum.field.fintech.FintechVariables.AML_ATTESTATION_VALID_UNTIL;
import static vn.practicum.field.fintech.FintechVariables.AML_PASS_MARK;
import static vn.practicum.field.fintech.FintechVariables.AML_TEST_SCORE;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_CONFIDENTIALITY;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_CUSTOMER_DUE_DILIGENCE;
import static vn.practicum.field.fintech.FintechVariables.AML_TOPIC_SUSPICIOUS_TRANSACTIONS;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_COMPLETED_ON;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_PROBLEM;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_PROVIDER;
import static vn.practicum.field.fintech.FintechVariables.AML_TRAINING_VALID_ON;

import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${fintechAmlTrainingCheck}}: checks the AML/KYC training attestation the student entered
 * ({@link AmlTrainingRules}). Problems go to {@code amlTrainingProblem} and raise {@code Error_AmlTrainingInvalid},
 * which sends the student back to the form; a clean check removes {@code amlTrainingProblem}.
 *
 * <p>Optional input parameters: {@code amlTrainingValidOn} (a date, default {@code placementStart}) and
 * {@code amlPassMark} ("0" to "100", default "80"). A pass mark that is not such a number is a modelling error and
 * fails the task (an incident), not the student.
 */
public class AmlTrainingCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "fintechAmlTrainingCheck";
    public static final String ERROR_AML_TRAINING_INVALID = "Error_AmlTrainingInvalid";

    private final AmlTrainingRules rules;

    public AmlTrainingCheckDelegate(AmlTrainingRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date validOn = AML_TRAINING_VALID_ON.from(execution);
        if (validOn == null) {
            validOn = PracticumVariables.PLACEMENT_START.require(execution);
        }
        Set<AmlTrainingTopic> covered = EnumSet.noneOf(AmlTrainingTopic.class);
        if (Inputs.ticked(execution, AML_TOPIC_CUSTOMER_DUE_DILIGENCE)) {
            covered.add(AmlTrainingTopic.CUSTOMER_DUE_DILIGENCE);
        }
        if (Inputs.ticked(execution, AML_TOPIC_SUSPICIOUS_TRANSACTIONS)) {
            covered.add(AmlTrainingTopic.SUSPICIOUS_TRANSACTIONS);
        }
        if (Inputs.ticked(execution, AML_TOPIC_CONFIDENTIALITY)) {
            covered.add(AmlTrainingTopic.CONFIDENTIALITY);
        }
        AmlTrainingAttestation attestation = new AmlTrainingAttestation(
                Inputs.textOrDay(execution, AML_ATTESTATION_NUMBER), Inputs.textOrDay(execution, AML_TRAINING_PROVIDER),
                Inputs.textOrDay(execution, AML_TRAINING_COMPLETED_ON), Inputs.textOrDay(execution, AML_ATTESTATION_VALID_UNTIL),
                covered, Inputs.number(execution, AML_TEST_SCORE));

        List<LocalizedText> problems = rules.problems(attestation, CalendarDays.vietnameseDay(validOn), passMark(execution));
        if (problems.isEmpty()) {
            execution.removeVariable(AML_TRAINING_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        AML_TRAINING_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_AML_TRAINING_INVALID, described);
    }

    static int passMark(DelegateExecution execution) {
        String configured = AML_PASS_MARK.from(execution);
        if (configured == null || configured.isBlank()) {
            return AmlTrainingRules.DEFAULT_PASS_MARK;
        }
        try {
            return Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Input parameter '" + AML_PASS_MARK.name() + "' of "
                    + execution.getCurrentActivityId() + " must be 0 to 100, not '" + configured + "'", e);
        }
    }
}
