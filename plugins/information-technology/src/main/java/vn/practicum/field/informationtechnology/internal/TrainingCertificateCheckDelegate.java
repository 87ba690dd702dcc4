package vn.practicum.field.informationtechnology.internal;

import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CERTIFICATES_VALID_ON;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CERTIFICATE_PROBLEM;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_CERTIFICATE_NUMBER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_ISSUER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_VALID_UNTIL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_CERTIFICATE_NUMBER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_ISSUER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_VALID_UNTIL;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${itTrainingCertificateCheck}}: checks the two training certificates the student entered
 * ({@link TrainingCertificateRules}). Problems go to {@code certificateProblem} and raise
 * {@code Error_CertificateInvalid}, which sends the student back to the form; a clean check removes
 * {@code certificateProblem}.
 */
public class TrainingCertificateCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "itTrainingCertificateCheck";
    public static final String ERROR_CERTIFICATE_INVALID = "Error_CertificateInvalid";

    private final TrainingCertificateRules rules;

    public TrainingCertificateCheckDelegate(TrainingCertificateRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date validOn = CERTIFICATES_VALID_ON.from(execution);
        if (validOn == null) {
            validOn = PracticumVariables.PLACEMENT_START.require(execution);
        }
        List<LocalizedText> problems = rules.problems(List.of(
                new TrainingCertificate(CertificateKind.CYBERSECURITY, CYBERSECURITY_CERTIFICATE_NUMBER.from(execution),
                        CYBERSECURITY_ISSUER.from(execution), CYBERSECURITY_VALID_UNTIL.from(execution)),
                new TrainingCertificate(CertificateKind.PERSONAL_DATA, PERSONAL_DATA_CERTIFICATE_NUMBER.from(execution),
                        PERSONAL_DATA_ISSUER.from(execution), PERSONAL_DATA_VALID_UNTIL.from(execution))),
                TrainingCertificateRules.vietnameseDay(validOn));
        if (problems.isEmpty()) {
            execution.removeVariable(CERTIFICATE_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        CERTIFICATE_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_CERTIFICATE_INVALID, described);
    }
}
