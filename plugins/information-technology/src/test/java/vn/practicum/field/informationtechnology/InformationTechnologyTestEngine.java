package vn.practicum.field.informationtechnology;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.field.informationtechnology.internal.SecurityDossierCheckDelegate;
import vn.practicum.field.informationtechnology.internal.SecurityDossierRules;
import vn.practicum.field.informationtechnology.internal.TrainingCertificateCheckDelegate;
import vn.practicum.field.informationtechnology.internal.TrainingCertificateRules;

/** The shared test engine with this field and its delegates, and what the lifecycle hands a fragment. */
final class InformationTechnologyTestEngine {

    static final String FOLDER = "practicum/fields/information-technology/";
    static final String PLACEMENT_BPMN = FOLDER + "information-technology-placement.bpmn";
    static final String MENTORING_BPMN = FOLDER + "information-technology-mentoring.bpmn";
    static final String ASSESSMENT_BPMN = FOLDER + "information-technology-assessment.bpmn";
    static final String SUBMIT_TRAINING_CERTIFICATES_FORM = FOLDER + "information-technology-submit-training-certificates.form";
    static final String SIGN_NDA_FORM = FOLDER + "information-technology-sign-nda-and-access-rights.form";
    static final String PREPARE_DOSSIER_FORM = FOLDER + "information-technology-prepare-security-dossier.form";
    static final String REVIEW_DOSSIER_FORM = FOLDER + "information-technology-review-security-dossier.form";
    static final String CONFIRM_DELIVERED_FORM = FOLDER + "information-technology-confirm-system-delivered.form";
    static final String FINAL_EVALUATION_FORM = FOLDER + "information-technology-final-evaluation.form";

    static final String SCHOOL = "hust";
    static final String HOST = "ubnd-ha-long";
    static final String MENTOR = "mentor.ha-long";
    /** The first day of the placement in these tests: 1 February 2026, a Vietnamese calendar day. */
    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);

    private InformationTechnologyTestEngine() {
    }

    static ProcessEngine engine() {
        return PracticumTestEngine.with(List.of(new InformationTechnologyField()), Map.of(
                TrainingCertificateCheckDelegate.BEAN_NAME, new TrainingCertificateCheckDelegate(new TrainingCertificateRules()),
                SecurityDossierCheckDelegate.BEAN_NAME, new SecurityDossierCheckDelegate(new SecurityDossierRules())));
    }

    /** The variables the lifecycle passes down to a fragment of this field. */
    static Map<String, Object> fragmentVariables(String studentId) {
        Map<String, Object> variables = new HashMap<>();
        PracticumVariables.STUDENT_ID.putIn(variables, studentId);
        PracticumVariables.SCHOOL_CODE.putIn(variables, SCHOOL);
        PracticumVariables.FIELD_KEY.putIn(variables, InformationTechnologyField.KEY);
        PracticumVariables.HOST_CODE.putIn(variables, HOST);
        PracticumVariables.PLACEMENT_START.putIn(variables, vietnameseMidnight(PLACEMENT_START));
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
        return Date.from(day.atStartOfDay(TrainingCertificateRules.VIETNAM).toInstant());
    }
}
