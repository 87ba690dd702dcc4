package vn.practicum.webapp.reliability;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;

/**
 * Recognises a request that lost a race against another one, and answers it with 409 Conflict:
 * <ul>
 *   <li>another transaction changed the same rows first (Camunda's optimistic locking, or a deadlock the database
 *       broke): the request changed nothing and may be sent again on fresh data;</li>
 *   <li>a task completion (or form submission) for a task that is gone because it was completed already.</li>
 * </ul>
 * The body has Camunda's error shape ({@code type}, {@code message}), the message in Vietnamese then English.
 */
final class ConcurrentChangeResponses {

    static final String CONCURRENT_CHANGE = "ConcurrentChange";
    static final String TASK_ALREADY_COMPLETED = "TaskAlreadyCompleted";

    private static final Pattern TASK_ACTION = Pattern.compile("(?:^|/)task/([^/]+)/(complete|submit-form|resolve)/?$");

    private final HistoryService history;

    ConcurrentChangeResponses(HistoryService history) {
        this.history = history;
    }

    /** A 409 if {@code failure} (or what it wraps) is a lost race on the request to {@code path}; empty otherwise. */
    Optional<Response> conflict(Throwable failure, String path) {
        // a completion that failed (and changed nothing) of a task that is completed now lost the race to whoever
        // completed it, whatever the engine tripped over: the task gone, its execution gone, a stale revision
        Optional<Response> completed = alreadyCompleted(path);
        if (completed.isPresent()) {
            return completed;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isConcurrentChange(cause)) {
                return Optional.of(conflict(CONCURRENT_CHANGE, "Dữ liệu vừa được người khác thay đổi cùng lúc; yêu cầu"
                        + " của bạn chưa được thực hiện, không có gì bị thay đổi. Hãy tải lại và thử lại"
                        + " / The data was changed by someone else at the same time; your request was not carried out and"
                        + " nothing was changed. Reload and try again"));
            }
        }
        return Optional.empty();
    }

    private static boolean isConcurrentChange(Throwable cause) {
        if (cause instanceof OptimisticLockingException) {
            return true;
        }
        return cause instanceof ProcessEngineException engineException
                && (engineException.getCode() == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()
                || engineException.getCode() == BuiltinExceptionCode.DEADLOCK.getCode());
    }

    private Optional<Response> alreadyCompleted(String path) {
        Matcher task = TASK_ACTION.matcher(path == null ? "" : path);
        if (!task.find()) {
            return Optional.empty();
        }
        String taskId = task.group(1);
        HistoricTaskInstance completed = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (completed == null) {
            return Optional.empty();
        }
        return Optional.of(conflict(TASK_ALREADY_COMPLETED, "Công việc " + taskId + " đã được hoàn thành trước đó"
                + " (có thể bởi người khác cùng lúc); dữ liệu bạn gửi chưa được lưu"
                + " / Task " + taskId + " was completed already (perhaps by someone else at the same moment);"
                + " the data you sent was not saved"));
    }

    private static Response conflict(String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("status", Response.Status.CONFLICT.getStatusCode());
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
