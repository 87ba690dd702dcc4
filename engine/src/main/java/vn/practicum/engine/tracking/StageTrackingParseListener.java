package vn.practicum.engine.tracking;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import vn.practicum.engine.spi.Stage;

/**
 * Attaches {@link StageTrackingListener} to the steps a student waits in, and to the activities that
 * declare the final stage of a practicum with the extension property {@code practicum.stage}
 * (for example on {@code EndEvent_Withdrawn}: {@code <camunda:property name="practicum.stage" value="WITHDRAWN"/>}).
 */
class StageTrackingParseListener extends AbstractBpmnParseListener {

    static final String STAGE_PROPERTY = "practicum.stage";

    private final StageTrackingWriter writer;
    private final StageTrackingListener stepListener;

    StageTrackingParseListener(StageTrackingWriter writer) {
        this.writer = writer;
        this.stepListener = new StageTrackingListener(writer, null);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, stepListener);
        }
    }

    @Override
    public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseIntermediateTimerEventDefinition(Element timerEventDefinition, ActivityImpl timerActivity) {
        // the activity itself is tracked by parseIntermediateCatchEvent
    }

    @Override
    public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        trackDeclared(element, activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        trackDeclared(element, activity);
    }

    private void track(Element element, ActivityImpl activity) {
        Stage declared = declaredStage(element);
        StageTrackingListener listener = declared == null ? stepListener : new StageTrackingListener(writer, declared);
        activity.addListener(ExecutionListener.EVENTNAME_START, listener);
        activity.addListener(ExecutionListener.EVENTNAME_END, listener);
    }

    private void trackDeclared(Element element, ActivityImpl activity) {
        Stage declared = declaredStage(element);
        if (declared != null) {
            StageTrackingListener listener = new StageTrackingListener(writer, declared);
            activity.addListener(ExecutionListener.EVENTNAME_START, listener);
            activity.addListener(ExecutionListener.EVENTNAME_END, listener);
        }
    }

    /** The value of the {@code practicum.stage} extension property, if the activity declares one. */
    static Stage declaredStage(Element element) {
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return null;
        }
        for (Element properties : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
            for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                if (STAGE_PROPERTY.equals(property.attribute("name"))) {
                    String value = property.attribute("value");
                    try {
                        return Stage.valueOf(value.trim().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        throw new IllegalArgumentException("Activity '" + element.attribute("id")
                                + "': practicum.stage must be one of ENROLMENT, PLACEMENT, MENTORING, ASSESSMENT, "
                                + "COMPLETED, WITHDRAWN, CLOSED, not '" + value + "'");
                    }
                }
            }
        }
        return null;
    }
}
