package vn.practicum.webapp.audit;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.webapp.security.Caller;
import vn.practicum.webapp.web.ApiException;

/**
 * {@code GET /api/students/{id}/audit}: who did what to the student, with the tracking API's access rule
 * (the student, their school, their host, programme administrators; 403 for anyone else whether or not
 * the student exists).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {

    private static final Pattern STUDENT_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");

    private final StudentStageQueries queries;
    private final StudentAudit audit;

    AuditController(StudentStageQueries queries, StudentAudit audit) {
        this.queries = queries;
        this.audit = audit;
    }

    @GetMapping("/students/{studentId}/audit")
    AuditView audit(@PathVariable String studentId, Authentication authentication) {
        if (!STUDENT_ID.matcher(studentId).matches()) {
            throw ApiException.badRequest(List.of("studentId: chỉ gồm chữ, số, '.', '_' hoặc '-', tối đa 64 ký tự"
                    + " / studentId: letters, digits, '.', '_' or '-', at most 64 characters"));
        }
        Caller caller = Caller.of(authentication);
        StudentStage student = queries.find(studentId).orElse(null);
        if (student == null && caller.isProgrammeAdmin()) {
            throw ApiException.notFound("Không có sinh viên " + studentId + " trong theo dõi thực tập"
                    + " / No practicum is tracked for student " + studentId);
        }
        if (student == null || !caller.mayRead(student)) {
            throw ApiException.forbidden("Bạn không được xem nhật ký của sinh viên " + studentId
                    + " / You may not see the audit trail of student " + studentId);
        }
        return new AuditView(studentId, audit.entries(studentId, queries.history(studentId)), AuditView.FIELDS);
    }
}
