package vn.practicum.field.vocationaldigitaltransformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.CONFIRM_LMS_ACCESS_FORM;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.GRANT_LMS_ACCESS_FORM;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.HOST;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.vocationaldigitaltransformation.VdtTestEngine.PLACEMENT_END;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LEARNER_DATA_COMMITMENT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCESS_ISSUE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCESS_PROBLEM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCESS_UNTIL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ACCOUNT;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_COURSE_SHELL;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_LOGIN_CONFIRMED;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_PLATFORM;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_ROLE;
import static vn.practicum.field.vocationaldigitaltransformation.VocationalDigitalTransformationVariables.LMS_URL;

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

/** {@code vocational-digital-transformation-placement}: LMS access granted and checked, then confirmed by the student. */
@Deployment(resources = {PLACEMENT_BPMN, GRANT_LMS_ACCESS_FORM, CONFIRM_LMS_ACCESS_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "vocational-digital-transformation-placement";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(VdtTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void editingTeacherAccessToTheEnd_confirmedByTheStudent_passesTheChecks() {
        // given
        ProcessInstance instance = start("st-vdt-001");
        assertThat(instance).isWaitingAt("Task_GrantLmsAccess");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));

        // when
        complete(task(instance), validAccess());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckLmsAccess").hasNotPassed("BoundaryEvent_LmsAccessInvalid")
                .isWaitingAt("Task_ConfirmLmsAccess");
        assertThat(task(instance)).isAssignedTo("st-vdt-001");
        assertThat(instance).variables().doesNotContainKey(LMS_ACCESS_PROBLEM.name());

        // when
        complete(task(instance), confirmation(true, true));

        // then
        assertThat(instance).hasPassed("Gateway_LmsAccessWorks", "EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void aLearnerRole_goesBackToTheHost_andOnceEditingTeacherPasses() {
        // given
        ProcessInstance instance = start("st-vdt-002");
        Map<String, Object> access = validAccess();
        LMS_ROLE.putIn(access, "LEARNER");

        // when
        complete(task(instance), access);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_LmsAccessInvalid").isWaitingAt("Task_GrantLmsAccess");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(problem(instance)).isEqualTo("Quyền truy cập hệ thống quản lý học tập (LMS): vai trò 'học viên' không sửa"
                + " được khóa học: cấp vai trò giáo viên được sửa khóa học hoặc người tạo khóa học / LMS access: the role"
                + " 'learner' cannot edit a course: grant editing teacher or course creator");
        assertNoIncident(instance);

        // when
        complete(task(instance), validAccess());

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmLmsAccess");
        assertThat(instance).variables().doesNotContainKey(LMS_ACCESS_PROBLEM.name());
    }

    @Test
    void anAdministratorRoleASharedAccountAndAccessEndingEarly_areEachRefused() {
        // given
        ProcessInstance instance = start("st-vdt-003");
        Map<String, Object> access = validAccess();
        LMS_ROLE.putIn(access, "SITE_ADMINISTRATOR");
        LMS_ACCOUNT.putIn(access, "admin");
        LMS_ACCESS_UNTIL.putIn(access, PLACEMENT_END.minusDays(1).toString());

        // when
        complete(task(instance), access);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_LmsAccessInvalid").isWaitingAt("Task_GrantLmsAccess");
        assertThat(problem(instance).lines()).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("'admin'", "shared account"))
                .anySatisfy(line -> assertThat(line).contains("site administrator", "least privilege"))
                .anySatisfy(line -> assertThat(line).contains("2026-04-29", "2026-04-30", "need access to the end"));

        // when: access until the placement's last day is enough
        complete(task(instance), validAccess());

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmLmsAccess");
    }

    @Test
    void malformedDateAndAddress_areProblems_notIncidents() {
        // given
        ProcessInstance instance = start("st-vdt-004");
        Map<String, Object> access = validAccess();
        LMS_URL.putIn(access, "lms.caothang.edu.vn");
        LMS_ACCESS_UNTIL.putIn(access, "31/05/2026");

        // when
        complete(task(instance), access);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_LmsAccessInvalid").isWaitingAt("Task_GrantLmsAccess");
        assertThat(problem(instance)).contains("'lms.caothang.edu.vn'", "https", "'31/05/2026'", "yyyy-MM-dd");
        assertNoIncident(instance);
    }

    @Test
    void aStudentWhoCannotLogIn_sendsItBackToTheHostWithTheIssue_thenConfirms() {
        // given
        ProcessInstance instance = start("st-vdt-005");
        complete(task(instance), validAccess());
        Map<String, Object> cannot = confirmation(false, true);
        LMS_ACCESS_ISSUE.putIn(cannot, "Tài khoản chưa được ghi danh vào khóa học SANDBOX-TT05");

        // when
        complete(task(instance), cannot);

        // then
        assertThat(instance).hasPassed("Gateway_LmsAccessWorks").hasNotPassed("EndEvent_FieldChecksPassed")
                .isWaitingAt("Task_GrantLmsAccess");
        assertThat(instance).variables()
                .containsEntry(LMS_ACCESS_ISSUE.name(), "Tài khoản chưa được ghi danh vào khóa học SANDBOX-TT05");

        // when
        complete(task(instance), validAccess());
        complete(task(instance), confirmation(true, true));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void withoutTheLearnerDataCommitment_theStudentDoesNotStart() {
        // given
        ProcessInstance instance = start("st-vdt-006");
        complete(task(instance), validAccess());

        // when
        complete(task(instance), confirmation(true, false));

        // then
        assertThat(instance).hasNotPassed("EndEvent_FieldChecksPassed").isWaitingAt("Task_GrantLmsAccess");
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-vdt-007");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-vdt-007").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_GrantLmsAccess");
        assertThat(stage.fieldKey()).isEqualTo(VocationalDigitalTransformationField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, VdtTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> validAccess() {
        Map<String, Object> variables = new HashMap<>();
        LMS_PLATFORM.putIn(variables, "Moodle 4.5");
        LMS_URL.putIn(variables, "https://lms.caothang.edu.vn");
        LMS_ACCOUNT.putIn(variables, "tt.le.van.c");
        LMS_ROLE.putIn(variables, "EDITING_TEACHER");
        LMS_COURSE_SHELL.putIn(variables, "SANDBOX-TT05");
        LMS_ACCESS_UNTIL.putIn(variables, PLACEMENT_END.toString());
        return variables;
    }

    static Map<String, Object> confirmation(boolean loggedIn, boolean committed) {
        Map<String, Object> variables = new HashMap<>();
        LMS_LOGIN_CONFIRMED.putIn(variables, loggedIn);
        LEARNER_DATA_COMMITMENT.putIn(variables, committed);
        return variables;
    }

    private String problem(ProcessInstance instance) {
        return LMS_ACCESS_PROBLEM.type().cast(engine.getRuntimeService().getVariable(instance.getId(), LMS_ACCESS_PROBLEM.name()));
    }

    private void assertNoIncident(ProcessInstance instance) {
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }
}
