package vn.practicum.field.fieldtemplate.internal;

import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_ISSUER;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_KIND;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_NUMBER;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_PROBLEM;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_VALID_ON;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_VALID_UNTIL;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${fieldTemplateDocumentCheck}}: checks the field document the student entered ({@link FieldDocumentRules})
 * on the day given by the task's input {@code documentValidOn}, or else on {@code placementStart}. Problems go to
 * {@code documentProblem} and raise {@code Error_DocumentInvalid}, which sends the student back to the form; a
 * clean check removes {@code documentProblem}.
 *
 * <p>Thin on purpose: variables in, rules, variables out or a BPMN error. A missing {@code placementStart} is a
 * modelling error (an incident), not the student's.
 */
public class DocumentCheckDelegate implements JavaDelegate {

    // FIELD AUTHOR: the bean name is what the BPMN and the element template call: keep the field's prefix.
    public static final String BEAN_NAME = "fieldTemplateDocumentCheck";
    public static final String ERROR_DOCUMENT_INVALID = "Error_DocumentInvalid";

    private final FieldDocumentRules rules;

    public DocumentCheckDelegate(FieldDocumentRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date validOn = DOCUMENT_VALID_ON.from(execution);
        if (validOn == null) {
            validOn = PracticumVariables.PLACEMENT_START.require(execution);
        }
        FieldDocument document = new FieldDocument(DOCUMENT_KIND.from(execution), DOCUMENT_NUMBER.from(execution),
                DOCUMENT_ISSUER.from(execution), DOCUMENT_VALID_UNTIL.from(execution));

        List<LocalizedText> problems = rules.problems(document, FieldDocumentRules.vietnameseDay(validOn));

        if (problems.isEmpty()) {
            execution.removeVariable(DOCUMENT_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        DOCUMENT_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_DOCUMENT_INVALID, described);
    }
}
