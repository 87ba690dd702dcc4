package vn.practicum.field.fieldtemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.CONFIRM_READINESS_FORM;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.HOST;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.PLACEMENT_START;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.SUBMIT_FIELD_DOCUMENT_FORM;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_ISSUER;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_KIND;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_NUMBER;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_PROBLEM;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.DOCUMENT_VALID_UNTIL;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.READINESS_NOTE;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.SAFETY_TRAINING_ON;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.field.fieldtemplate.internal.DocumentKind;

/** {@code field-template-placement}: the field document is checked, then the host confirms the student may start. */
// FIELD AUTHOR: one test per path of your placement fragment: the happy path, each boundary error (sent back, then
// fixed), each gateway branch.
@Deployment(resources = {PLACEMENT_BPMN, SUBMIT_FIELD_DOCUMENT_FORM, CONFIRM_READINESS_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "field-template-placement";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(FieldTemplateTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void validDocument_goesToTheHostsHr_whoseConfirmationPassesTheChecks() {
        // given
        ProcessInstance instance = start("st-ft-p01");
        assertThat(instance).isWaitingAt("Task_SubmitFieldDocument");
        assertThat(task(instance)).isAssignedTo("st-ft-p01");

        // when
        complete(task(instance), validDocument());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckFieldDocument").isWaitingAt("Task_ConfirmReadiness");
        assertThat(instance).hasNotPassed("BoundaryEvent_DocumentInvalid");
        assertThat(task(instance)).isNotAssigned().hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(instance).variables().doesNotContainKey(DOCUMENT_PROBLEM.name());

        // when
        complete(task(instance), readiness());

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void documentExpiredTheDayBeforeThePlacementStarts_sendsTheStudentBack_andOnceRenewedProceeds() {
        // given
        ProcessInstance instance = start("st-ft-p02");
        Map<String, Object> document = validDocument();
        DOCUMENT_VALID_UNTIL.putIn(document, PLACEMENT_START.minusDays(1).toString());

        // when
        complete(task(instance), document);

        // then: back at the student's form, the problem named in both languages, no incident
        assertThat(instance).hasPassed("BoundaryEvent_DocumentInvalid").isWaitingAt("Task_SubmitFieldDocument");
        assertThat(task(instance)).isAssignedTo("st-ft-p02");
        assertThat(documentProblem(instance)).isEqualTo(
                "Giấy tờ chuyên ngành: giấy tờ đã hết hạn ngày 2026-01-31, trước ngày bắt đầu thực tập 2026-02-01"
                        + " / Field document: the document expired on 2026-01-31, before the placement starts on 2026-02-01");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when: the student enters the renewed document, valid until the very first day
        DOCUMENT_VALID_UNTIL.putIn(document, PLACEMENT_START.toString());
        complete(task(instance), document);

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmReadiness");
        assertThat(instance).variables().doesNotContainKey(DOCUMENT_PROBLEM.name());

        // when
        complete(task(instance), readiness());

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void malformedDate_isADocumentProblem_notAnIncident() {
        // given: a date typed the Vietnamese way instead of yyyy-MM-dd
        ProcessInstance instance = start("st-ft-p03");
        Map<String, Object> document = validDocument();
        DOCUMENT_VALID_UNTIL.putIn(document, "31/12/2026");

        // when
        complete(task(instance), document);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_DocumentInvalid").isWaitingAt("Task_SubmitFieldDocument");
        assertThat(documentProblem(instance)).contains("'31/12/2026'", "yyyy-MM-dd", "không phải ngày hợp lệ", "not a valid date");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void nothingEntered_listsEveryProblem_oneLineEach() {
        // given
        ProcessInstance instance = start("st-ft-p04");

        // when
        complete(task(instance), new HashMap<>());

        // then: kind, number, issuer, valid-until
        assertThat(instance).isWaitingAt("Task_SubmitFieldDocument");
        assertThat(documentProblem(instance).lines()).hasSize(4).allMatch(line -> line.contains(" / "));
    }

    @Test
    void aKindTheFieldDoesNotAccept_isADocumentProblem() {
        // given
        ProcessInstance instance = start("st-ft-p05");
        Map<String, Object> document = validDocument();
        DOCUMENT_KIND.putIn(document, "STUDENT_CARD");

        // when
        complete(task(instance), document);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_DocumentInvalid").isWaitingAt("Task_SubmitFieldDocument");
        assertThat(documentProblem(instance)).isEqualTo("Giấy tờ chuyên ngành: loại giấy tờ 'STUDENT_CARD' không được ngành chấp nhận"
                + " / Field document: the kind of document 'STUDENT_CARD' is not one the field accepts");
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-ft-p06");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-ft-p06").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_SubmitFieldDocument");
        assertThat(stage.fieldKey()).isEqualTo(FieldTemplateField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId,
                FieldTemplateTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> validDocument() {
        Map<String, Object> variables = new HashMap<>();
        DOCUMENT_KIND.putIn(variables, DocumentKind.PRACTISING_CERTIFICATE.name());
        DOCUMENT_NUMBER.putIn(variables, "125/2025/CCHN");
        DOCUMENT_ISSUER.putIn(variables, "Sở Y tế Hà Nội");
        DOCUMENT_VALID_UNTIL.putIn(variables, "2027-01-31");
        return variables;
    }

    static Map<String, Object> readiness() {
        Map<String, Object> variables = new HashMap<>();
        SAFETY_TRAINING_ON.putIn(variables, "2026-01-30");
        READINESS_NOTE.putIn(variables, "Bàn làm việc tại phòng kỹ thuật, thẻ ra vào tạm thời");
        return variables;
    }

    private String documentProblem(ProcessInstance instance) {
        return DOCUMENT_PROBLEM.type().cast(engine.getRuntimeService().getVariable(instance.getId(), DOCUMENT_PROBLEM.name()));
    }
}
