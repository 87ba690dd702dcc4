package vn.practicum.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

class VariableChangeHistoryPluginTest {

    @Test
    void keepsTheLatestValueAndTheOperationLogButNoChangeRows() {
        ProcessEngine engine = engine(false);
        try {
            // given a student whose grade is set at the start and changed by completing a task
            ProcessInstance instance = startWithGrade(engine, 5);

            // when the mentor completes the task with a new grade
            completeAs(engine, instance, "mentor.a", 8);

            // then history holds the latest grade and who completed the task, and no row per change
            HistoryService history = engine.getHistoryService();
            HistoricVariableInstance grade = history.createHistoricVariableInstanceQuery()
                    .processInstanceId(instance.getId()).variableName("grade").singleResult();
            assertThat(grade.getValue()).isEqualTo(8);
            assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isZero();
            assertThat(history.createUserOperationLogQuery().processInstanceId(instance.getId())
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult().getUserId())
                    .isEqualTo("mentor.a");
            assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished().count()).isOne();
        } finally {
            engine.close();
        }
    }

    @Test
    void keepsEveryChangeWhenSwitchedOn() {
        ProcessEngine engine = engine(true);
        try {
            // given practicum.history.variable-changes=true and a grade set at the start
            ProcessInstance instance = startWithGrade(engine, 5);

            // when the mentor changes it
            completeAs(engine, instance, "mentor.a", 8);

            // then both values are in history, as with Camunda's own full history
            assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId())
                    .variableUpdates().list()).extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getValue())
                    .containsExactlyInAnyOrder(5, 8);
        } finally {
            engine.close();
        }
    }

    private static ProcessInstance startWithGrade(ProcessEngine engine, int grade) {
        engine.getRepositoryService().createDeployment().addModelInstance("graded.bpmn",
                Bpmn.createExecutableProcess("graded").camundaHistoryTimeToLive(1).startEvent("StartEvent_Begin")
                        .userTask("Task_Grade").endEvent("EndEvent_Done").done()).deploy();
        return engine.getRuntimeService().startProcessInstanceByKey("graded", Map.of("grade", grade));
    }

    private static void completeAs(ProcessEngine engine, ProcessInstance instance, String userId, int grade) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        engine.getIdentityService().setAuthenticatedUserId(userId);
        try {
            engine.getTaskService().complete(task.getId(), Map.of("grade", grade));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static ProcessEngine engine(boolean keepChanges) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("variable-history-" + UUID.randomUUID());
        configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new VariableChangeHistoryPlugin(keepChanges));
        return configuration.buildProcessEngine();
    }
}
