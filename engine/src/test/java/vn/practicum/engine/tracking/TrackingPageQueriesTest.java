package vn.practicum.engine.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.party.Party;
import vn.practicum.engine.party.PartyKind;
import vn.practicum.engine.party.PartyRegister;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.student.StudentRecord;
import vn.practicum.engine.student.StudentRegister;
import vn.practicum.engine.test.PracticumTestEngine;

/** The tracking pages' queries on the test engine; each test uses a school of its own (the database is shared). */
@Deployment(resources = "bpmn/sample-mentoring.bpmn")
class TrackingPageQueriesTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PracticumTestEngine.withFields()).build();

    ProcessEngine engine;
    TrackingPageQueries queries;
    StudentRegister register;
    PartyRegister parties;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        queries = new TrackingPageQueries(PracticumTestEngine.jdbc(engine));
        register = new StudentRegister(PracticumTestEngine.jdbc(engine));
        parties = new PartyRegister(PracticumTestEngine.jdbc(engine));
    }

    private ProcessInstance enrol(String school, String code, String name, String field, String host) {
        String id = StudentRecord.studentId(school, code);
        register.register(List.of(new StudentRecord(id, school, code, name, code + "@x.edu.vn", false, Instant.now())));
        Map<String, Object> variables = new HashMap<>(Map.of("schoolCode", school, "fieldKey", field,
                "mentorId", "mentor." + host, "failOnPurpose", false, "finalGrade", "A"));
        variables.put("hostCode", host);
        return engine.getRuntimeService().startProcessInstanceByKey("sample-mentoring", id, variables);
    }

    @Test
    void counts_follow_students_from_stage_to_stage_in_the_same_transaction() {
        // given three students of one school in mentoring
        ProcessInstance first = enrol("pgA", "001", "Nguyễn Văn An", "tourism", "hostA");
        enrol("pgA", "002", "Trần Thị Bình", "tourism", "hostA");
        enrol("pgA", "003", "Lê Văn Cường", "fintech", "hostA");
        assertThat(queries.funnel("pgA").byStage()).containsEntry(Stage.MENTORING, 3L).containsEntry(Stage.COMPLETED, 0L);

        // when one completes
        complete(task(first));
        execute(job(first));

        // then the funnel and the summary move with them
        Funnel funnel = queries.funnel("pgA");
        assertThat(funnel.byStage()).containsEntry(Stage.MENTORING, 2L).containsEntry(Stage.COMPLETED, 1L);
        assertThat(funnel.byField().get("tourism")).containsEntry(Stage.MENTORING, 1L).containsEntry(Stage.COMPLETED, 1L);
        assertThat(funnel.byField().get("fintech")).containsEntry(Stage.MENTORING, 1L);
        SummaryRow school = queries.summary().get(SummaryDimension.SCHOOL).stream()
                .filter(row -> row.key().equals("pgA")).findFirst().orElseThrow();
        assertThat(school.enrolled()).isEqualTo(3);
        assertThat(school.placed()).isEqualTo(3);
        assertThat(school.inMentoring()).isEqualTo(2);
        assertThat(school.completed()).isEqualTo(1);
        assertThat(school.completionRate()).isEqualTo(1.0);
        assertThat(school.grades()).containsExactly(Map.entry("A", 1L));
        assertThat(school.averageDays()).containsKey(Stage.MENTORING);
    }

    @Test
    void folding_the_counter_changes_into_the_counters_changes_no_answer() {
        // given students who moved, recorded as counter changes by the listeners
        ProcessInstance first = enrol("pgF", "001", "Ngô Văn Phúc", "tourism", "hostF");
        enrol("pgF", "002", "Hà Thị Duyên", "tourism", "hostF");
        complete(task(first));
        execute(job(first));
        Funnel before = queries.funnel("pgF");
        SummaryRow schoolBefore = schoolRow("pgF");
        assertThat(PracticumTestEngine.jdbc(engine).queryForObject("select count(*) from practicum_stage_delta "
                + "where school_code = 'pgF'", Long.class)).isPositive();

        // when
        int folded = queries.foldCounters();

        // then
        assertThat(folded).isPositive();
        assertThat(PracticumTestEngine.jdbc(engine).queryForObject("select count(*) from practicum_stage_delta",
                Long.class)).isZero();
        assertThat(queries.funnel("pgF")).isEqualTo(before);
        assertThat(schoolRow("pgF")).isEqualTo(schoolBefore);
        assertThat(queries.foldCounters()).isZero();
    }

    private SummaryRow schoolRow(String school) {
        return queries.summary().get(SummaryDimension.SCHOOL).stream()
                .filter(row -> row.key().equals(school)).findFirst().orElseThrow();
    }

    @Test
    void summary_counts_per_province_of_the_school() {
        // given two schools in one province
        parties.register(new Party("pgP1", PartyKind.SCHOOL, "Trường P1", "School P1", "Tỉnh Thử"));
        parties.register(new Party("pgP2", PartyKind.SCHOOL, "Trường P2", "School P2", "Tỉnh Thử"));
        enrol("pgP1", "001", "Phạm Thị Dung", "tourism", "hostP");
        enrol("pgP2", "001", "Vũ Thị Giang", "fintech", "hostP");

        // when
        SummaryRow province = queries.summary().get(SummaryDimension.PROVINCE).stream()
                .filter(row -> row.key().equals("Tỉnh Thử")).findFirst().orElseThrow();

        // then
        assertThat(province.enrolled()).isEqualTo(2);
        assertThat(province.inMentoring()).isEqualTo(2);
        assertThat(province.completionRate()).isNull();
    }

    @Test
    void lists_a_school_s_students_in_vietnamese_name_order_and_finds_them_without_diacritics() {
        // given
        enrol("pgL", "003", "Hoàng Minh Đức", "tourism", "hostL");
        enrol("pgL", "001", "Nguyễn Văn Dũng", "tourism", "hostL");
        enrol("pgL", "002", "Lâm Thị Ánh", "fintech", "hostL");
        enrol("pgL", "004", "Nguyễn Thị An", "fintech", "hostL");
        engine.getRuntimeService().startProcessInstanceByKey("sample-mentoring", "pgL-000", Map.of("schoolCode", "pgL",
                "fieldKey", "tourism", "hostCode", "hostL", "mentorId", "m", "failOnPurpose", false));

        // when
        TrackedPage all = queries.students(new StudentSearch("pgL", null, null, null, null, false, 0, 10), Instant.now());
        TrackedPage nguyen = queries.students(new StudentSearch("pgL", null, null, null, "nguyen", false, 0, 10),
                Instant.now());
        TrackedPage fintech = queries.students(new StudentSearch("pgL", null, null, "fintech", null, false, 0, 1),
                Instant.now());

        // then
        assertThat(all.items()).extracting(TrackedStudent::studentId)
                .containsExactly("pgL-004", "pgL-002", "pgL-001", "pgL-003", "pgL-000");
        assertThat(all.items()).extracting(TrackedStudent::fullName)
                .containsExactly("Nguyễn Thị An", "Lâm Thị Ánh", "Nguyễn Văn Dũng", "Hoàng Minh Đức", null);
        assertThat(all.items().get(0).taskId()).isNotNull();
        assertThat(all.items().get(0).stage()).isEqualTo(Stage.MENTORING);
        assertThat(nguyen.items()).extracting(TrackedStudent::fullName)
                .containsExactly("Nguyễn Thị An", "Nguyễn Văn Dũng");
        assertThat(fintech.total()).isEqualTo(2);
        assertThat(queries.students(new StudentSearch("pgL", null, null, null, "PGL-000", false, 0, 10), Instant.now())
                .items()).extracting(TrackedStudent::studentId).containsExactly("pgL-000");
        assertThat(fintech.items()).extracting(TrackedStudent::fullName).containsExactly("Nguyễn Thị An");
        assertThat(fintech.pages()).isEqualTo(2);
    }

    @Test
    void lists_a_host_s_mentor_tasks_and_a_student_s_timeline() {
        // given
        ProcessInstance instance = enrol("pgH", "001", "Đỗ Văn Hùng", "tourism", "hostH");

        // when
        List<OpenTask> tasks = queries.mentorTasks("hostH", 50);

        // then
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.studentId()).isEqualTo("pgH-001");
            assertThat(task.assignee()).isEqualTo("mentor.hostH");
            assertThat(task.fullName()).isEqualTo("Đỗ Văn Hùng");
        });
        complete(task(instance));
        assertThat(queries.mentorTasks("hostH", 50)).isEmpty();
        assertThat(queries.timeline("pgH-001")).extracting(StageStep::stepId)
                .containsExactly("Task_ReviewLogbook", "TimerEvent_NextWeek");
        assertThat(queries.student("pgH-001").stepId()).isEqualTo("TimerEvent_NextWeek");
    }
}
