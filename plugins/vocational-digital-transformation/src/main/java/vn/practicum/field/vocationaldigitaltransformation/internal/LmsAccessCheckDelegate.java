package vn.practicum.field.vocationaldigitaltransformation.internal;

import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCESS_PROBLEM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCESS_UNTIL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCOUNT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_COURSE_SHELL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_PLATFORM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ROLE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_URL;

import java.util.Date;
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
 * {@code ${vocationalLmsAccessCheck}}: checks the LMS access the host's HR granted ({@link LmsAccessRules}) against
 * the placement's days. Problems go to {@code lmsAccessProblem} and raise {@code Error_LmsAccessInvalid}, which sends
 * the task back to the host's HR; an acceptable access removes {@code lmsAccessProblem}.
 */
public class LmsAccessCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "vocationalLmsAccessCheck";
    public static final String ERROR_LMS_ACCESS_INVALID = "Error_LmsAccessInvalid";

    private final LmsAccessRules rules;

    public LmsAccessCheckDelegate(LmsAccessRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LmsAccess access = new LmsAccess(Inputs.textOrDay(execution, LMS_PLATFORM), Inputs.textOrDay(execution, LMS_URL),
                Inputs.textOrDay(execution, LMS_ACCOUNT), Inputs.textOrDay(execution, LMS_ROLE),
                Inputs.textOrDay(execution, LMS_COURSE_SHELL), Inputs.textOrDay(execution, LMS_ACCESS_UNTIL));
        Date end = PracticumVariables.PLACEMENT_END.from(execution);

        List<LocalizedText> problems = rules.problems(access,
                CalendarDays.vietnameseDay(PracticumVariables.PLACEMENT_START.require(execution)),
                end == null ? null : CalendarDays.vietnameseDay(end));
        if (problems.isEmpty()) {
            execution.removeVariable(LMS_ACCESS_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        LMS_ACCESS_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_LMS_ACCESS_INVALID, described);
    }
}
