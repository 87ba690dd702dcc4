package vn.practicum.engine.notification;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds {@link TaskNotificationListener} to every user task of every process, so no BPMN has to declare it. A
 * task changes what is sent with the extension property {@value #NOTIFICATION_PROPERTY}
 * ({@code <camunda:property name="practicum.notification" value="digest"/>}).
 */
class NotificationParseListener extends AbstractBpmnParseListener {

    static final String NOTIFICATION_PROPERTY = "practicum.notification";
    static final String NONE = "none";

    private final Map<NotificationKind, TaskNotificationListener> listeners = new EnumMap<>(NotificationKind.class);

    NotificationParseListener(NotificationRequests requests) {
        for (NotificationKind kind : NotificationKind.values()) {
            listeners.put(kind, new TaskNotificationListener(requests, kind));
        }
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String declared = declared(element);
        if (NONE.equals(declared) || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return;
        }
        NotificationKind kind = switch (declared == null ? "assigned" : declared) {
            case "assigned" -> NotificationKind.ASSIGNED;
            case "escalation" -> NotificationKind.ESCALATION;
            case "digest" -> NotificationKind.DIGEST;
            default -> throw new IllegalArgumentException("User task '" + element.attribute("id") + "': "
                    + NOTIFICATION_PROPERTY + " must be assigned, escalation, digest or none, not '" + declared + "'");
        };
        TaskDefinition definition = behavior.getTaskDefinition();
        TaskNotificationListener listener = listeners.get(kind);
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        if (kind != NotificationKind.DIGEST) {
            definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
        }
    }

    static String declared(Element element) {
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return null;
        }
        for (Element properties : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
            for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                if (NOTIFICATION_PROPERTY.equals(property.attribute("name")) && property.attribute("value") != null) {
                    return property.attribute("value").trim().toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }
}
