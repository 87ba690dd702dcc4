package vn.practicum.field.informationtechnology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CERTIFICATES_VALID_ON;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CERTIFICATE_PROBLEM;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_CERTIFICATE_NUMBER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_ISSUER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.CYBERSECURITY_VALID_UNTIL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DOSSIER_PROBLEM;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.MAXIMUM_CLASSIFICATION_LEVEL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_CERTIFICATE_NUMBER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_ISSUER;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PERSONAL_DATA_VALID_UNTIL;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' own work: which day certificates must be valid on, and how a mis-configured task fails. */
class CheckDelegatesTest {

    final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void certificates_areCheckedAgainstTheTasksInput_whenItHasOne() {
        // given: valid until 31 March; the input asks for validity on 30 April (the placement's end)
        certificatesValidUntil("2026-03-31");
        when(execution.getVariable(CERTIFICATES_VALID_ON.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when / then
        assertThatThrownBy(() -> certificateCheck().execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo(TrainingCertificateCheckDelegate.ERROR_CERTIFICATE_INVALID);
                    assertThat(error.getMessage()).contains("2026-04-30");
                });
        verify(execution).setVariable(eq(CERTIFICATE_PROBLEM.name()), contains("2026-04-30"));
    }

    @Test
    void certificates_areCheckedAgainstThePlacementStart_withoutAnInput() throws Exception {
        // given
        certificatesValidUntil("2026-03-31");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when
        certificateCheck().execute(execution);

        // then
        verify(execution).removeVariable(CERTIFICATE_PROBLEM.name());
        verify(execution, never()).setVariable(eq(CERTIFICATE_PROBLEM.name()), any());
    }

    @Test
    void aMaximumLevelThatIsNotANumber_failsTheTask_asAModellingError() {
        // given
        when(execution.getVariable(MAXIMUM_CLASSIFICATION_LEVEL.name())).thenReturn("năm");
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_CheckSecurityDossier");

        // when / then
        assertThatThrownBy(() -> new SecurityDossierCheckDelegate(new SecurityDossierRules()).execute(execution))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximumClassificationLevel").hasMessageContaining("ServiceTask_CheckSecurityDossier");
        verify(execution, never()).setVariable(eq(DOSSIER_PROBLEM.name()), any());
    }

    private void certificatesValidUntil(String validUntil) {
        when(execution.getVariable(CYBERSECURITY_CERTIFICATE_NUMBER.name())).thenReturn("125/2025/ATTT");
        when(execution.getVariable(CYBERSECURITY_ISSUER.name())).thenReturn("Cục An toàn thông tin");
        when(execution.getVariable(CYBERSECURITY_VALID_UNTIL.name())).thenReturn(validUntil);
        when(execution.getVariable(PERSONAL_DATA_CERTIFICATE_NUMBER.name())).thenReturn("BVDLCN-2025-0088");
        when(execution.getVariable(PERSONAL_DATA_ISSUER.name())).thenReturn("Trường Đại học FPT");
        when(execution.getVariable(PERSONAL_DATA_VALID_UNTIL.name())).thenReturn(validUntil);
    }

    private static TrainingCertificateCheckDelegate certificateCheck() {
        return new TrainingCertificateCheckDelegate(new TrainingCertificateRules());
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(TrainingCertificateRules.VIETNAM).toInstant());
    }
}
