package vn.practicum.engine.history;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Keeps the latest value of every process variable in history ({@code ACT_HI_VARINST}) but, unless
 * {@code practicum.history.variable-changes} is on, not a row for each change of it ({@code ACT_HI_DETAIL}).
 *
 * <p>The history level stays {@code full}: process, activity, task, identity-link, job, incident and decision history and
 * the user operation log (who completed, claimed or changed what) are all written as before, and a database set up
 * at {@code full} keeps starting. Only the change rows go: with the lifecycle's call activities copying the
 * student's variables in and out, they were about 830 rows per student, half of all the history it wrote, and each
 * one repeats a value that the variable's own history row and the tracking steps already hold.
 */
public class VariableChangeHistoryPlugin extends AbstractProcessEnginePlugin {

    private final boolean keepChanges;

    /** @param keepChanges true to keep a history row for each change of a variable (Camunda's own {@code full}) */
    public VariableChangeHistoryPlugin(boolean keepChanges) {
        this.keepChanges = keepChanges;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (keepChanges) {
            return;
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(0, new LatestValueHistoryEventHandler());
    }

    /** Camunda's database history handler, without the variable change rows. */
    static final class LatestValueHistoryEventHandler extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
            return false;
        }
    }
}
