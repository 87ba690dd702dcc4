package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumVariables;

/**
 * Each party sees and acts only on its own students, through Camunda's authorizations (REST API) and
 * through Practicum's API: school A's users never on school B's student, host A's never on host B's, a
 * mentor never on the task a colleague has been assigned. Each refusal is a 403 or nothing at all.
 */
class CrossAccessTest extends WebappTestSupport {

    static final String SCHOOL_A = "xsa";
    static final String SCHOOL_B = "xsb";
    static final String HOST_A = "xha";
    static final String HOST_B = "xhb";

    @Autowired
    TaskService taskService;

    @BeforeEach
    void parties() {
        deployTestProcess();
        user("xa-coord", Groups.schoolCoordinators(SCHOOL_A));
        user("xb-coord", Groups.schoolCoordinators(SCHOOL_B));
        user("xa-supervisor", Groups.schoolSupervisors(SCHOOL_A));
        user("xa-hr", Groups.businessHr(HOST_A));
        user("xb-hr", Groups.businessHr(HOST_B));
        user("xa-mentor-one", Groups.businessMentors(HOST_A));
        user("xa-mentor-two", Groups.businessMentors(HOST_A));
        user("xb-mentor", Groups.businessMentors(HOST_B));
    }

    @Test
    void aSchoolSeesItsOwnStudentsInstancesAndNoOtherSchools() {
        ProcessInstance studentA = student("xa-stu-1", SCHOOL_A, HOST_A, "xa-mentor-one");
        ProcessInstance studentB = student("xb-stu-1", SCHOOL_B, HOST_B, "xb-mentor");

        assertSees(as("xa-coord"), studentA, "xa-stu-1");
        assertSees(as("xa-supervisor"), studentA, "xa-stu-1");
        assertSeesNothing(as("xa-coord"), studentB, "xb-stu-1");
        assertSeesNothing(as("xb-coord"), studentA, "xa-stu-1");
        assertThat(as("xb-coord").get("/engine-rest/process-instance?businessKey=xb-stu-1").json()).hasSize(1);
    }

    @Test
    void aHostSeesOnlyTheStudentsItHosts() {
        ProcessInstance studentA = student("xa-stu-2", SCHOOL_A, HOST_A, "xa-mentor-one");
        ProcessInstance studentB = student("xb-stu-2", SCHOOL_B, HOST_B, null);

        assertSees(as("xa-hr"), studentA, "xa-stu-2");
        assertSeesNothing(as("xa-hr"), studentB, "xb-stu-2");
        assertSeesNothing(as("xb-hr"), studentA, "xa-stu-2");
        assertSeesNothing(as("xb-mentor"), studentA, "xa-stu-2");
        assertThat(as("xb-mentor").get("/engine-rest/task?processInstanceBusinessKey=xb-stu-2").json())
                .as("host B's mentors see host B's group task").hasSize(1);
    }

    @Test
    void aMentorActsOnlyOnTasksAssignedToThemOrToTheirGroupWhileUnassigned() {
        student("xa-stu-3", SCHOOL_A, HOST_A, "xa-mentor-one");
        student("xa-stu-4", SCHOOL_A, HOST_A, null);
        String assigned = taskId("xa-stu-3");
        String groupTask = taskId("xa-stu-4");

        assertThat(tasks(as("xa-mentor-one"), "xa-stu-3")).hasSize(1);
        assertThat(tasks(as("xa-mentor-two"), "xa-stu-3")).as("a colleague's assigned task").isEmpty();
        assertThat(as("xa-mentor-two").get("/engine-rest/task/" + assigned).status()).isIn(403, 404);
        assertThat(as("xa-mentor-two").get("/engine-rest/task/" + assigned + "/variables").status()).isIn(403, 404);
        assertThat(as("xa-mentor-two").postJson("/engine-rest/task/" + assigned + "/complete", "{}").status()).isIn(403, 404);
        assertThat(as("xa-mentor-two").postJson("/engine-rest/task/" + assigned + "/claim", "{\"userId\":\"xa-mentor-two\"}").status())
                .isIn(403, 404);

        assertThat(tasks(as("xa-mentor-two"), "xa-stu-4")).as("the group's unassigned task").hasSize(1);
        assertThat(as("xa-mentor-one").postJson("/engine-rest/task/" + groupTask + "/claim", "{\"userId\":\"xa-mentor-one\"}").status())
                .isEqualTo(204);
        assertThat(tasks(as("xa-mentor-two"), "xa-stu-4")).as("claimed by a colleague").isEmpty();
        assertThat(as("xa-mentor-two").postJson("/engine-rest/task/" + groupTask + "/complete", "{}").status()).isIn(403, 404);

        assertThat(as("xa-mentor-one").postJson("/engine-rest/task/" + groupTask + "/unclaim", "").status()).isEqualTo(204);
        assertThat(tasks(as("xa-mentor-two"), "xa-stu-4")).as("handed back to the group").hasSize(1);
        assertThat(taskService.createTaskQuery().taskId(assigned).singleResult().getAssignee()).isEqualTo("xa-mentor-one");
    }

    @Test
    void aWithdrawnStudentsHostLosesAccessAndTheSchoolKeepsIt() {
        ProcessInstance student = student("xa-stu-5", SCHOOL_A, HOST_A, "xa-mentor-one");
        assertSees(as("xa-hr"), student, "xa-stu-5");

        runtimeService.setVariable(student.getId(), PracticumVariables.WITHDRAWN_BY.name(), "STUDENT");
        taskService.complete(taskId("xa-stu-5"));

        assertThat(as("xa-hr").get("/engine-rest/history/process-instance?processInstanceBusinessKey=xa-stu-5").json()).isEmpty();
        assertThat(as("xa-coord").get("/engine-rest/history/process-instance?processInstanceBusinessKey=xa-stu-5").json()).hasSize(1);
    }

    @Test
    void whenTheHostChangesTheNewHostSeesTheStudentAndTheFormerOneNoLonger() {
        // given a student seen by host A
        ProcessInstance student = student("xa-stu-7", SCHOOL_A, HOST_A, null);
        assertSees(as("xa-hr"), student, "xa-stu-7");

        // when the placement moves to host B (host A declined, host B accepted) and the student's next step comes
        runtimeService.setVariable(student.getId(), PracticumVariables.HOST_CODE.name(), HOST_B);
        taskService.complete(taskId("xa-stu-7"));

        // then host B sees the student, host A no longer does, the school still does
        String history = "/engine-rest/history/process-instance?processInstanceBusinessKey=xa-stu-7";
        assertThat(as("xb-hr").get(history).json()).hasSize(1);
        assertThat(as("xa-hr").get(history).json()).isEmpty();
        assertThat(as("xa-coord").get(history).json()).hasSize(1);
    }

    @Test
    void practicumsApiFollowsTheSameRule() {
        student("xa-stu-6", SCHOOL_A, HOST_A, "xa-mentor-one");

        for (String path : new String[] {"/api/students/xa-stu-6/stage", "/api/students/xa-stu-6/audit"}) {
            assertThat(as("xa-coord").get(path).status()).as("own school " + path).isEqualTo(200);
            assertThat(as("xa-hr").get(path).status()).as("own host " + path).isEqualTo(200);
            assertThat(as("xb-coord").get(path).status()).as("other school " + path).isEqualTo(403);
            assertThat(as("xb-hr").get(path).status()).as("other host " + path).isEqualTo(403);
            assertThat(as("xb-mentor").get(path).status()).as("other host's mentor " + path).isEqualTo(403);
        }
        assertThat(as("xb-coord").get("/api/schools/" + SCHOOL_A + "/students").status()).isEqualTo(403);
        assertThat(as("xa-hr").get("/api/schools/" + SCHOOL_A + "/students").status()).isEqualTo(403);
    }

    private ProcessInstance student(String studentId, String school, String host, String mentor) {
        ProcessInstance existing = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(studentId).singleResult();
        return existing != null ? existing : startMentoring(studentId, school, "tourism", host, mentor);
    }

    private String taskId(String studentId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(studentId).singleResult().getId();
    }

    private static JsonNode tasks(Http caller, String studentId) {
        Http.Response response = caller.get("/engine-rest/task?processInstanceBusinessKey=" + studentId);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static void assertSees(Http caller, ProcessInstance instance, String studentId) {
        assertThat(caller.get("/engine-rest/process-instance?businessKey=" + studentId).json()).hasSize(1);
        assertThat(caller.get("/engine-rest/process-instance/" + instance.getId()).status()).isEqualTo(200);
        assertThat(caller.get("/engine-rest/process-instance/" + instance.getId() + "/variables").status()).isEqualTo(200);
        assertThat(caller.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + studentId).json()).hasSize(1);
        assertThat(caller.get("/engine-rest/history/process-instance/" + instance.getId()).status()).isEqualTo(200);
    }

    private static void assertSeesNothing(Http caller, ProcessInstance instance, String studentId) {
        String id = instance.getId();
        assertThat(caller.get("/engine-rest/task?processInstanceBusinessKey=" + studentId).json()).as("tasks").isEmpty();
        assertThat(caller.get("/engine-rest/task?processInstanceId=" + id).json()).as("tasks by instance").isEmpty();
        assertThat(caller.get("/engine-rest/process-instance?businessKey=" + studentId).json()).as("instances").isEmpty();
        assertThat(caller.get("/engine-rest/process-instance/" + id).status()).as("instance").isIn(403, 404);
        assertThat(caller.get("/engine-rest/process-instance/" + id + "/variables").status()).as("variables").isIn(403, 404);
        assertThat(caller.get("/engine-rest/variable-instance?processInstanceIdIn=" + id).json()).as("variable instances").isEmpty();
        assertThat(caller.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + studentId).json())
                .as("historic instances").isEmpty();
        assertThat(caller.get("/engine-rest/history/process-instance/" + id).status()).as("historic instance").isIn(403, 404);
        assertThat(caller.get("/engine-rest/history/variable-instance?processInstanceId=" + id).json()).as("historic variables").isEmpty();
        assertThat(caller.get("/engine-rest/history/task?processInstanceBusinessKey=" + studentId).json()).as("historic tasks").isEmpty();
        assertThat(caller.get("/engine-rest/history/activity-instance?processInstanceId=" + id).json()).as("historic activities").isEmpty();
        assertThat(caller.postJson("/engine-rest/process-instance/" + id + "/variables/score",
                "{\"value\":1,\"type\":\"Integer\"}").status()).as("write a variable").isIn(403, 404, 405);
        assertThat(caller.get("/api/students/" + studentId + "/stage").status()).as("tracking").isEqualTo(403);
        assertThat(caller.get("/api/students/" + studentId + "/audit").status()).as("audit").isEqualTo(403);
    }
}
