package vn.practicum.field.fieldtemplate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_ISSUER;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_KIND;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_NUMBER;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_PROBLEM;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_VALID_ON;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_VALID_UNTIL;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegate's own work: which day the document must be valid on, what it sets, how a mis-modelled task fails. */
class DocumentCheckDelegateTest {

    final DelegateExecution execution = mock(DelegateExecution.class);
    final DocumentCheckDelegate delegate = new DocumentCheckDelegate(new FieldDocumentRules());

    @Test
    void aValidDocument_removesAnyEarlierProblem() throws Exception {
        // given
        documentValidUntil("2026-03-31");
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when
        delegate.execute(execution);

        // then
        verify(execution).removeVariable(DOCUMENT_PROBLEM.name());
        verify(execution, never()).setVariable(eq(DOCUMENT_PROBLEM.name()), any());
    }

    @Test
    void theDocument_isCheckedAgainstTheTasksInput_whenItHasOne() {
        // given: valid until 31 March; the input asks for validity on 30 April (the placement's end)
        documentValidUntil("2026-03-31");
        when(execution.getVariable(DOCUMENT_VALID_ON.name())).thenReturn(midnight(LocalDate.of(2026, 4, 30)));
        when(execution.getVariable(PracticumVariables.PLACEMENT_START.name())).thenReturn(midnight(LocalDate.of(2026, 2, 1)));

        // when / then
        assertThatThrownBy(() -> delegate.execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo(DocumentCheckDelegate.ERROR_DOCUMENT_INVALID);
                    assertThat(error.getMessage()).contains("2026-04-30", " / ");
                });
        verify(execution).setVariable(eq(DOCUMENT_PROBLEM.name()), contains("2026-04-30"));
        verify(execution, never()).removeVariable(DOCUMENT_PROBLEM.name());
    }

    @Test
    void withoutAPlacementStartOrAnInput_theTaskFails_asAModellingError() {
        // given
        documentValidUntil("2026-03-31");

        // when / then
        assertThatThrownBy(() -> delegate.execute(execution))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(PracticumVariables.PLACEMENT_START.name());
        verify(execution, never()).setVariable(eq(DOCUMENT_PROBLEM.name()), any());
    }

    private void documentValidUntil(String validUntil) {
        when(execution.getVariable(DOCUMENT_KIND.name())).thenReturn(DocumentKind.TRAINING_CERTIFICATE.name());
        when(execution.getVariable(DOCUMENT_NUMBER.name())).thenReturn("CC-2026-00123");
        when(execution.getVariable(DOCUMENT_ISSUER.name())).thenReturn("Trung tâm đào tạo nghiệp vụ");
        when(execution.getVariable(DOCUMENT_VALID_UNTIL.name())).thenReturn(validUntil);
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
