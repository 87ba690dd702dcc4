package vn.practicum.engine.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** {@code ${certificateIssuer}}: issues the student's certificate and keeps its number in {@code certificateNumber}. */
public class CertificateIssuerDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "certificateIssuer";

    private final CertificateRegistry certificates;

    public CertificateIssuerDelegate(CertificateRegistry certificates) {
        this.certificates = certificates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = certificates.issue(
                execution.getProcessBusinessKey(),
                PracticumVariables.FIELD_KEY.require(execution),
                PracticumVariables.FINAL_GRADE.require(execution),
                PracticumVariables.FINAL_SCORE.require(execution),
                ClockUtil.getCurrentTime());
        PracticumVariables.CERTIFICATE_NUMBER.set(execution, number);
    }
}
