package vn.practicum.webapp.audit;

import java.util.List;

/**
 * A student's audit trail, oldest first. {@code fields} names every entry field in Vietnamese and English,
 * so that a page can show the trail without knowing this API.
 */
record AuditView(String studentId, List<AuditEntry> entries, java.util.Map<String, Label> fields) {

    static final java.util.Map<String, Label> FIELDS = java.util.Map.of(
            "time", new Label("Thời điểm", "Time"),
            "userId", new Label("Người thực hiện", "User"),
            "operation", new Label("Thao tác", "Operation"),
            "entityType", new Label("Đối tượng", "Object"),
            "stage", new Label("Giai đoạn", "Stage"),
            "stepName", new Label("Bước", "Step"),
            "outcome", new Label("Kết quả", "Outcome"),
            "details", new Label("Chi tiết", "Details"),
            "source", new Label("Nguồn", "Source"));
}
