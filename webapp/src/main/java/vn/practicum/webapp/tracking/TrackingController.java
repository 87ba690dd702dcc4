package vn.practicum.webapp.tracking;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.practicum.engine.tracking.StudentPage;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.webapp.security.Caller;
import vn.practicum.webapp.tracking.TrackingRequests.SchoolQuery;
import vn.practicum.webapp.web.ApiException;

/**
 * "Where is each of my students?": answers from the stage-tracking read model only, never from Camunda's
 * history. A school's users see their school's students, a business's users the students they host,
 * a student themself, programme administrators everybody.
 *
 * <p>A student the caller may not see is refused with 403 whether or not the student exists, so the
 * answer does not tell who else is in the programme; programme administrators get 404 for an unknown student.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class TrackingController {

    private final StudentStageQueries queries;
    private final TrackingRequests requests;

    TrackingController(StudentStageQueries queries, TrackingRequests requests) {
        this.queries = queries;
        this.requests = requests;
    }

    @GetMapping("/students/{studentId}/stage")
    StudentStageView stage(@PathVariable String studentId, Authentication authentication) {
        requests.checkStudentId(studentId);
        Caller caller = Caller.of(authentication);
        StudentStage student = queries.find(studentId).orElse(null);
        if (student == null && caller.isProgrammeAdmin()) {
            throw ApiException.notFound("Không có sinh viên " + studentId + " trong theo dõi thực tập"
                    + " / No practicum is tracked for student " + studentId);
        }
        if (student == null || !caller.mayRead(student)) {
            throw ApiException.forbidden("Bạn không được xem sinh viên " + studentId
                    + " / You may not see student " + studentId);
        }
        return StudentStageView.of(student, queries.history(studentId));
    }

    @GetMapping("/schools/{schoolCode}/students")
    StudentListView schoolStudents(@PathVariable String schoolCode,
                                   @RequestParam(required = false) String stage,
                                   @RequestParam(required = false) String field,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   Authentication authentication) {
        SchoolQuery query = requests.schoolQuery(schoolCode, stage, field, page, size);
        if (!Caller.of(authentication).mayReadSchool(schoolCode)) {
            throw ApiException.forbidden("Bạn không thuộc trường " + schoolCode
                    + " / You do not belong to school " + schoolCode);
        }
        StudentPage found = queries.bySchool(query.schoolCode(), query.stage(), query.fieldKey(), query.page(), query.size());
        return new StudentListView(schoolCode, found.items().stream().map(StudentStageView::summary).toList(),
                found.total(), found.page(), found.size());
    }
}
