package vn.practicum.field.digitaldata;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.field.digitaldata.internal.ArchiveAccessCheckDelegate;
import vn.practicum.field.digitaldata.internal.ArchiveAccessRules;
import vn.practicum.field.digitaldata.internal.DigitisationBatchCheckDelegate;
import vn.practicum.field.digitaldata.internal.DigitisationBatchRules;
import vn.practicum.field.digitaldata.internal.MetadataQaDelegate;
import vn.practicum.field.digitaldata.internal.MetadataQaRules;
import vn.practicum.field.digitaldata.internal.TrainingRecordCheckDelegate;
import vn.practicum.field.digitaldata.internal.TrainingRecordRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class DigitalDataTestEngine {

    static final String FOLDER = "practicum/fields/digital-data/";
    static final String PLACEMENT_BPMN = FOLDER + "digital-data-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "digital-data-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "digital-data-assessment.bpmn";
    static final String SUBMIT_TRAINING_RECORDS_FORM = FOLDER + "digital-data-submit-training-records.form";
    static final String AUTHORISE_ACCESS_FORM = FOLDER + "digital-data-authorise-archive-access.form";
    static final String SUBMIT_BATCH_FORM = FOLDER + "digital-data-submit-digitisation-batch.form";
    static final String REVIEW_METADATA_FORM = FOLDER + "digital-data-review-batch-metadata.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "digital-data-final-evaluation.form";

    static final String SCHOOL = "tnus";
    static final String HOST = "ubnd-dong-hy";
    static final String MENTOR = "mentor.ubnd-dong-hy";
    /** The placement in these tests: 1 February to 30 April 2026, Vietnamese calendar days. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final LocalDate PLACEMENT_END = LocalDate.of(2026, 4, 30);

    private DigitalDataTestEngine() {
    }

    static Map<String, Object> delegates() {
        return Map.of(
                TrainingRecordCheckDelegate.BEAN_NAME, new TrainingRecordCheckDelegate(new TrainingRecordRules()),
                ArchiveAccessCheckDelegate.BEAN_NAME, new ArchiveAccessCheckDelegate(new ArchiveAccessRules()),
                DigitisationBatchCheckDelegate.BEAN_NAME, new DigitisationBatchCheckDelegate(new DigitisationBatchRules()),
                MetadataQaDelegate.BEAN_NAME, new MetadataQaDelegate(new MetadataQaRules()));
    }

    private static final Map<String, Object> DELEGATES = delegates();

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new DigitalDataField()), DELEGATES);
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, DigitalDataField.KEY);
        PracticumVariables.HOST_CODE.putIn(variables, HOST);
        PracticumVariables.PLACEMENT_START.putIn(variables, vietnameseMidnight(PLACEMENT_START));
        PracticumVariables.PLACEMENT_END.putIn(variables, vietnameseMidnight(PLACEMENT_END));
        PracticumVariables.MENTOR_ID.putIn(variables, MENTOR);
        return variables;
    }

    /** The candidate groups of a task, assigned or not (camunda-bpm-assert's hasCandidateGroup wants it unassigned). */
    static List<String> candidateGroups(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    /** A calendar day as the lifecycle stores it: midnight in Vietnam. */
    static Date vietnameseMidnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }

    /** The names of every variable of {@link DigitalDataVariables}. */
    static Set<String> fieldVariableNames() {
        Set<String> names = new HashSet<>();
        for (Field field : DigitalDataVariables.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                try {
                    names.add(((ProcessVariable<?>) field.get(null)).name());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /** A variable of a running instance, typed. */
    static <T> T variable(RuntimeService runtime, String processInstanceId, ProcessVariable<T> variable) {
        return variable.type().cast(runtime.getVariable(processInstanceId, variable.name()));
    }
}
