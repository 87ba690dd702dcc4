package vn.practicum.engine.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${practicumSendNotification}}: the asynchronous send step of {@value NotificationVariables#NOTIFICATION_PROCESS}. */
public class SendNotificationDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "practicumSendNotification";

    private final NotificationSender sender;

    public SendNotificationDelegate(NotificationSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.aboutTask(execution.getProcessEngineServices(),
                NotificationKind.valueOf(NotificationVariables.KIND.require(execution)),
                NotificationVariables.TASK_ID.require(execution),
                NotificationVariables.RECIPIENT_USER_ID.from(execution),
                NotificationVariables.RECIPIENT_GROUP_IDS.from(execution));
    }
}
