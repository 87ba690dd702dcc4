package vn.practicum.engine.privacy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Makes consent a recorded step: every user task showing the consent form {@value #CONSENT_FORM} records its outcome
 * ({@link ConsentRecordingListener}) when it completes, whichever process (core or a field's) it belongs to.
 */
public class PrivacyEnginePlugin extends AbstractProcessEnginePlugin {

    public static final String CONSENT_FORM = "practicum-record-consent";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new ConsentTaskParseListener(new ConsentRecordingListener()));
    }

    static final class ConsentTaskParseListener extends AbstractBpmnParseListener {

        private final TaskListener listener;

        ConsentTaskParseListener(TaskListener listener) {
            this.listener = listener;
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (CONSENT_FORM.equals(element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef"))
                    && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            }
        }
    }
}
