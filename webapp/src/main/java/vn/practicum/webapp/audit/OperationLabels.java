package vn.practicum.webapp.audit;

import java.util.Map;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/** Names of operations for people, Vietnamese first. */
final class OperationLabels {

    static final String STEP_REACHED = "STEP_REACHED";
    static final String STEP_FINISHED = "STEP_FINISHED";

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry(STEP_REACHED, new Label("Chuyển đến bước", "Reached step")),
            Map.entry(STEP_FINISHED, new Label("Kết thúc bước", "Finished step")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_COMPLETE, new Label("Hoàn thành công việc", "Completed the task")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_CLAIM, new Label("Nhận công việc", "Claimed the task")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, new Label("Giao công việc", "Assigned the task")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELEGATE, new Label("Ủy quyền công việc", "Delegated the task")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_RESOLVE, new Label("Trả lại công việc đã ủy quyền", "Resolved the delegated task")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_OWNER, new Label("Đổi người phụ trách", "Changed the owner")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY, new Label("Đổi mức ưu tiên", "Changed the priority")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_UPDATE, new Label("Cập nhật", "Updated")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_CREATE, new Label("Tạo mới", "Created")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE, new Label("Xóa", "Deleted")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK, new Label("Thêm người liên quan", "Added a user link")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK, new Label("Bỏ người liên quan", "Removed a user link")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK, new Label("Thêm nhóm liên quan", "Added a group link")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK, new Label("Bỏ nhóm liên quan", "Removed a group link")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, new Label("Ghi dữ liệu quy trình", "Set process data")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, new Label("Sửa dữ liệu quy trình", "Modified process data")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, new Label("Xóa dữ liệu quy trình", "Removed process data")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND, new Label("Tạm dừng", "Suspended")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, new Label("Tiếp tục", "Activated")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, new Label("Điều chỉnh quy trình", "Modified the process instance")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE, new Label("Gửi sự kiện (rút khỏi chương trình...)", "Sent an event (withdrawal...)")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES, new Label("Chạy lại bước bị lỗi", "Retried a failed step")),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY, new Label("Xóa lịch sử", "Deleted history")));

    private OperationLabels() {
    }

    static Label of(String operation) {
        Label label = LABELS.get(operation);
        return label != null ? label : new Label("Thao tác " + operation, operation);
    }
}
