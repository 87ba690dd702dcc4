package vn.practicum.engine.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Attaches the notification listener to every user task the engine parses. */
public class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

    private final NotificationRequests requests;

    public NotificationEnginePlugin(NotificationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new NotificationParseListener(requests));
    }
}
