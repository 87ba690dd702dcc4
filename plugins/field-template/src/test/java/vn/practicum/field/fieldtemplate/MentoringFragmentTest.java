package vn.practicum.field.fieldtemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.HOST;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.MENTOR;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.MENTORING_BPMN;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.REPORT_MILESTONE_FORM;
import static vn.practicum.field.fieldtemplate.FieldTemplateTestEngine.REVIEW_MILESTONE_FORM;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.MILESTONE_ACCEPTED;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.MILESTONE_EVIDENCE;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.MILESTONE_REPORT;
import static vn.practicum.field.fieldtemplate.FieldTemplateVariables.MILESTONE_REVIEW_COMMENT;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.ProcessVariable;

/** {@code field-template-mentoring}: the student reports the milestone, the mentor accepts it or sends it back. */
// FIELD AUTHOR: one test per path of your mentoring fragment, including every rejection loop.
@Deployment(resources = {MENTORING_BPMN, REPORT_MILESTONE_FORM, REVIEW_MILESTONE_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "field-template-mentoring";

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
    void milestoneAccepted_endsTheMilestones() {
        // given
        ProcessInstance instance = start("st-ft-m01");
        assertThat(instance).isWaitingAt("Task_ReportMilestone");
        assertThat(task(instance)).isAssignedTo("st-ft-m01");

        // when
        complete(task(instance), report("Hoàn thành bản vẽ hiện trạng và danh mục thiết bị của phân xưởng"));

        // then
        assertThat(instance).isWaitingAt("Task_ReviewMilestone");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(FieldTemplateTestEngine.candidateGroups(engine, task(instance)))
                .containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), review(true, "Đạt yêu cầu"));

        // then
        assertThat(instance).hasPassed("Gateway_MilestoneAccepted", "EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void milestoneRejected_goesBackToTheStudentWithTheComment_thenAccepted() {
        // given
        ProcessInstance instance = start("st-ft-m02");
        complete(task(instance), report("Bản nháp báo cáo khảo sát, còn thiếu số liệu tháng trước"));

        // when
        complete(task(instance), review(false, "Bổ sung số liệu tháng 3 và nguồn dữ liệu"));

        // then
        assertThat(instance).isWaitingAt("Task_ReportMilestone").hasNotPassed("EndEvent_FieldMilestonesDone");
        assertThat(task(instance)).isAssignedTo("st-ft-m02");
        assertThat(instance).variables()
                .containsEntry(MILESTONE_REVIEW_COMMENT.name(), "Bổ sung số liệu tháng 3 và nguồn dữ liệu")
                .containsEntry(MILESTONE_ACCEPTED.name(), false);

        // when
        complete(task(instance), report("Báo cáo khảo sát đầy đủ, có số liệu tháng 3 và nguồn dữ liệu"));
        assertThat(instance).isWaitingAt("Task_ReviewMilestone");
        complete(task(instance), review(true, "Đạt"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void theFragmentSetsOnlyTheFieldsOwnVariables_soCopyingThemBackLeavesTheLifecycleAlone() {
        // given: what the lifecycle handed down
        Map<String, Object> handedDown = FieldTemplateTestEngine.fragmentVariables("st-ft-m03");
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, "st-ft-m03", handedDown);

        // when
        complete(task(instance), report("Hoàn thành hạng mục được giao trong tháng đầu"));
        complete(task(instance), review(false, "Thêm minh chứng"));
        complete(task(instance), report("Hoàn thành hạng mục được giao trong tháng đầu, kèm minh chứng"));
        complete(task(instance), review(true, "Đạt"));

        // then: the variables handed down are unchanged, every other one is the field's own
        assertThat(instance).isEnded();
        Map<String, Object> after = new HashMap<>();
        for (HistoricVariableInstance variable : historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            after.put(variable.getName(), variable.getValue());
        }
        assertThat(after).containsAllEntriesOf(handedDown);
        Set<String> setByTheFragment = new HashSet<>(after.keySet());
        setByTheFragment.removeAll(handedDown.keySet());
        assertThat(fieldVariableNames()).containsAll(setByTheFragment);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId,
                FieldTemplateTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> report(String text) {
        Map<String, Object> variables = new HashMap<>();
        MILESTONE_REPORT.putIn(variables, text);
        MILESTONE_EVIDENCE.putIn(variables, "https://drive.example.vn/bao-cao-moc-1");
        return variables;
    }

    static Map<String, Object> review(boolean accepted, String comment) {
        Map<String, Object> variables = new HashMap<>();
        MILESTONE_ACCEPTED.putIn(variables, accepted);
        MILESTONE_REVIEW_COMMENT.putIn(variables, comment);
        return variables;
    }

    /** The names declared in FieldTemplateVariables. */
    private static Set<String> fieldVariableNames() {
        Set<String> names = new HashSet<>();
        for (Field field : FieldTemplateVariables.class.getFields()) {
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
}
