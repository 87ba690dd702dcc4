package vn.practicum.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.test.PracticumTestEngine;

class CertificateRegistryTest {

    private final ProcessEngine engine = PracticumTestEngine.withFields();
    private final CertificateRegistry certificates = new CertificateRegistry();

    private <T> T inEngineTransaction(Command<T> command) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(command);
    }

    @Test
    void issues_one_certificate_per_student_however_often_it_is_asked() {
        Date now = Date.from(Instant.parse("2026-04-30T03:00:00Z"));

        String first = inEngineTransaction(context -> certificates.issue("cert-001", "tourism", "A", 9.1, now));
        String again = inEngineTransaction(context -> certificates.issue("cert-001", "tourism", "B", 7.0, now));

        assertThat(first).isEqualTo("HTLV-2026-CERT-001").isEqualTo(again);
        assertThat(PracticumTestEngine.jdbc(engine).queryForObject(
                "select count(*) from practicum_certificate where student_id = 'cert-001'", Integer.class)).isEqualTo(1);
        assertThat(PracticumTestEngine.jdbc(engine).queryForObject(
                "select final_grade from practicum_certificate where student_id = 'cert-001'", String.class)).isEqualTo("A");
    }
}
