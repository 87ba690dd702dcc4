package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.engine.tracking.StudentStageQueries;

/**
 * Nothing is lost on restart: the application on H2 file mode in a directory of its own, stopped and started
 * again on the same directory. A separate engine name keeps it apart from the shared test context's engine, and
 * the webapps (static pages over the same engine) stay off: their filters cannot serve two contexts in one JVM.
 */
class RestartTest {

    private final Path dataDir = Path.of("target", "test-data", "restart-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void instancesTrackingAndTasksSurviveARestart() {
        List<String> students = List.of("rs-001", "rs-002");
        try (ConfigurableApplicationContext first = start("restart-Secret-1")) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            engine.getRepositoryService().createDeployment().name("test-mentoring")
                    .addClasspathResource("bpmn/test-mentoring.bpmn")
                    .addClasspathResource("bpmn/test-review-work.form")
                    .deploy();
            for (String student : students) {
                Map<String, Object> variables = new HashMap<>();
                PracticumVariables.STUDENT_ID.putIn(variables, student);
                PracticumVariables.SCHOOL_CODE.putIn(variables, "rss");
                PracticumVariables.FIELD_KEY.putIn(variables, "tourism");
                PracticumVariables.HOST_CODE.putIn(variables, "rsh");
                PracticumVariables.MENTOR_ID.putIn(variables, "rs-mentor");
                engine.getRuntimeService().startProcessInstanceByKey("test-mentoring", student, variables);
            }
            assertThat(first.getBean(StudentStageQueries.class).bySchool("rss", null, null, 0, 10).total()).isEqualTo(2);
        }

        try (ConfigurableApplicationContext second = start("restart-Secret-2")) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            StudentStageQueries tracking = second.getBean(StudentStageQueries.class);

            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("test-mentoring").count())
                    .isEqualTo(2);
            assertThat(tracking.bySchool("rss", Stage.MENTORING, null, 0, 10).items())
                    .extracting(StudentStage::studentId).containsExactlyElementsOf(students);
            assertThat(engine.getIdentityService().createUserQuery().userId("admin").count()).isEqualTo(1);
            assertThat(engine.getIdentityService().checkPassword("admin", "restart-Secret-2"))
                    .as("a changed PRACTICUM_ADMIN_PASSWORD replaces the administrator's password").isTrue();

            Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("rs-001").singleResult();
            assertThat(task.getAssignee()).isEqualTo("rs-mentor");
            engine.getTaskService().complete(task.getId(), Map.of("reviewComment", "Tốt / good"));

            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("rs-001").count()).isZero();
            assertThat(tracking.history("rs-001")).singleElement()
                    .satisfies(step -> assertThat(step.endedAt()).isNotNull())
                    .satisfies(step -> assertThat(step.outcome()).isEqualTo("COMPLETED"));
        }
    }

    private ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(PracticumApplication.class).run(
                "--server.port=0",
                "--practicum.data-dir=" + dataDir,
                "--practicum.admin.password=" + adminPassword,
                "--camunda.bpm.process-engine-name=restart",
                // the webapps' filters keep the last application context in a static field: leave it to the shared one
                "--camunda.bpm.webapp.enabled=false",
                "--logging.level.root=warn");
    }
}
