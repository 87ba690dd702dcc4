package vn.practicum.field.digitaldata.internal;

import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_ACCESS_PROBLEM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_ACCESS_SCOPE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_FONDS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.CONFIDENTIALITY_SIGNED;
import static vn.practicum.field.digitaldata.DigitalDataVariables.CONFIDENTIALITY_SIGNED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.HIGHEST_DATA_CLASSIFICATION;
import static vn.practicum.field.digitaldata.DigitalDataVariables.MAXIMUM_DATA_CLASSIFICATION;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SUPERVISED_ACCESS;

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
 * {@code ${digitalDataArchiveAccessCheck}}: checks the archive access the host's HR means to grant
 * ({@link ArchiveAccessRules}). Problems go to {@code archiveAccessProblem} and raise {@code Error_ArchiveAccessRefused},
 * which sends the task back to the host's HR (not the student: the grant is theirs); a grant that may stand removes
 * {@code archiveAccessProblem}.
 *
 * <p>The optional input parameter {@code maximumDataClassification} (OTHER_DATA, IMPORTANT_DATA or CORE_DATA; default
 * IMPORTANT_DATA) sets what a student may handle at this host; another value is a modelling error and fails the task
 * (an incident), not the host.
 */
public class ArchiveAccessCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "digitalDataArchiveAccessCheck";
    public static final String ERROR_ARCHIVE_ACCESS_REFUSED = "Error_ArchiveAccessRefused";
    public static final DataClassification DEFAULT_MAXIMUM = DataClassification.IMPORTANT_DATA;

    private final ArchiveAccessRules rules;

    public ArchiveAccessCheckDelegate(ArchiveAccessRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataClassification maximum = maximum(execution);
        Inputs in = new Inputs(execution);
        ArchiveAccess access = new ArchiveAccess(in.read(ARCHIVE_FONDS), in.read(ARCHIVE_ACCESS_SCOPE),
                in.read(HIGHEST_DATA_CLASSIFICATION), in.read(SUPERVISED_ACCESS), in.read(CONFIDENTIALITY_SIGNED),
                in.read(CONFIDENTIALITY_SIGNED_ON));

        List<LocalizedText> problems = in.problems().isEmpty()
                ? rules.problems(access, maximum, CalendarDays.vietnameseDay(PracticumVariables.PLACEMENT_START.require(execution)))
                : in.problems();
        if (problems.isEmpty()) {
            execution.removeVariable(ARCHIVE_ACCESS_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        ARCHIVE_ACCESS_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_ARCHIVE_ACCESS_REFUSED, described);
    }

    static DataClassification maximum(DelegateExecution execution) {
        String configured = MAXIMUM_DATA_CLASSIFICATION.from(execution);
        if (configured == null || configured.isBlank()) {
            return DEFAULT_MAXIMUM;
        }
        return DataClassification.of(configured)
                .filter(classification -> classification != DataClassification.STATE_SECRET)
                .orElseThrow(() -> new IllegalArgumentException("Input parameter '" + MAXIMUM_DATA_CLASSIFICATION.name() + "' of "
                        + execution.getCurrentActivityId() + " must be OTHER_DATA, IMPORTANT_DATA or CORE_DATA, not '" + configured + "'"));
    }
}
