package vn.practicum.webapp.placement;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.placement.CloseSummary;
import vn.practicum.engine.placement.OfferApplicant;
import vn.practicum.engine.placement.PlacementConflictException;
import vn.practicum.engine.placement.PlacementNotFoundException;
import vn.practicum.engine.placement.PlacementRequestException;
import vn.practicum.engine.placement.PlacementRounds;
import vn.practicum.engine.placement.Round;
import vn.practicum.engine.placement.RoundApplicant;
import vn.practicum.engine.placement.RoundOffer;
import vn.practicum.engine.placement.RoundResult;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.webapp.security.Caller;
import vn.practicum.webapp.web.ApiError;
import vn.practicum.webapp.web.ApiException;

/**
 * The placement round's API. Who may do what:
 * <ul>
 *   <li>the programme office ({@code programme-admins}) opens and closes rounds, and may do everything below;</li>
 *   <li>a host's HR ({@code business:<code>:hr}) publishes offers for its own host only, and sees, ranks and
 *       declines the applicants of its own offers only;</li>
 *   <li>a student ranks up to five offers of their own field, for themself only;</li>
 *   <li>a school's coordinators mark their own students as priority and record their qualifications;</li>
 *   <li>every signed-in user sees the rounds and their offers (what is on offer is no secret within the
 *       programme); a student's result is seen by the student, their school, the host it places them at, and the
 *       programme office.</li>
 * </ul>
 * A refusal never tells whether a student or an offer of another party exists: 403 for everyone but the programme
 * office, who get 404 for what does not exist.
 */
@RestController
@RequestMapping(path = "/api/placement", produces = MediaType.APPLICATION_JSON_VALUE)
class PlacementController {

    private static final String PREFERENCES_TASK = "Task_SubmitPreferences";

    private final PlacementRounds rounds;
    private final StudentStageQueries students;
    private final TaskService taskService;

    PlacementController(PlacementRounds rounds, StudentStageQueries students, TaskService taskService) {
        this.rounds = rounds;
        this.students = students;
        this.taskService = taskService;
    }

    @GetMapping("/rounds")
    List<Round> rounds() {
        return rounds.rounds();
    }

    @GetMapping("/rounds/{roundId}")
    Round round(@PathVariable String roundId) {
        return rounds.round(roundId).orElseThrow(() -> ApiException.notFound("Không có đợt xếp chỗ " + roundId
                + " / no placement round " + roundId));
    }

    @PostMapping(path = "/rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Round> open(@RequestBody PlacementRequests.OpenRound request, Authentication authentication) {
        Caller caller = programmeOffice(authentication);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(rounds.open(request.roundId(), request.cohort(), request.lotterySeed(), caller.userId()));
    }

    /** Matches the round and starts moving every waiting student on (a Camunda batch): 202, the batch runs on. */
    @PostMapping(path = "/rounds/{roundId}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CloseSummary> close(@PathVariable String roundId, @RequestBody PlacementRequests.CloseRound request,
                                       Authentication authentication) {
        Caller caller = programmeOffice(authentication);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rounds.close(roundId, caller.userId()));
    }

    @GetMapping("/rounds/{roundId}/offers")
    List<RoundOffer> offers(@PathVariable String roundId, @RequestParam(required = false) String field,
                            @RequestParam(required = false) String host) {
        round(roundId);
        return rounds.offers(roundId, field, host);
    }

    @PostMapping(path = "/rounds/{roundId}/offers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoundOffer> publish(@PathVariable String roundId, @RequestBody PlacementRequests.PublishOffer request,
                                       Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (request.hostCode() == null || !mayActForHost(caller, request.hostCode())) {
            throw ApiException.forbidden("Chỉ bộ phận nhân sự của đơn vị " + request.hostCode() + " được đăng vị trí cho"
                    + " đơn vị đó / only the HR of host " + request.hostCode() + " may publish its offers");
        }
        RoundOffer offer = new RoundOffer(request.offerId(), roundId, request.hostCode(), request.fieldKey(),
                request.capacity() == null ? 0 : request.capacity(), request.requirements(), request.titleVi(),
                request.titleEn());
        return ResponseEntity.status(HttpStatus.CREATED).body(rounds.publish(offer, caller.userId()));
    }

    /**
     * The student ranks offers of their field (replacing an earlier ranking). If their preferences task is open,
     * it is completed: the lifecycle then waits for the round.
     */
    @PutMapping(path = "/rounds/{roundId}/rankings/{studentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    RoundApplicant rank(@PathVariable String roundId, @PathVariable String studentId,
                        @RequestBody PlacementRequests.Ranking request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.userId().equals(studentId)) {
            throw ApiException.forbidden("Chỉ sinh viên " + studentId + " được đăng ký nguyện vọng của mình"
                    + " / only student " + studentId + " may rank offers for themself");
        }
        StudentStage student = students.find(studentId).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT,
                List.of("Bạn chưa có quy trình thực tập / you have no practicum yet")));
        RoundApplicant applicant = rounds.rank(roundId, studentId, student.schoolCode(), student.fieldKey(), request.offers());
        Task preferences = taskService.createTaskQuery().processInstanceBusinessKey(studentId)
                .taskDefinitionKey(PREFERENCES_TASK).taskAssignee(studentId).singleResult();
        if (preferences != null) {
            taskService.complete(preferences.getId());
        }
        return applicant;
    }

    @PutMapping(path = "/rounds/{roundId}/applicants/{studentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    RoundApplicant mark(@PathVariable String roundId, @PathVariable String studentId,
                        @RequestBody PlacementRequests.ApplicantMark request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Optional<RoundApplicant> applicant = rounds.applicant(roundId, studentId);
        if (applicant.isEmpty() && caller.isProgrammeAdmin()) {
            throw ApiException.notFound("Sinh viên " + studentId + " chưa tham gia đợt " + roundId + " / student "
                    + studentId + " takes no part in round " + roundId);
        }
        if (applicant.isEmpty() || !(caller.isProgrammeAdmin()
                || caller.groups().contains(Groups.schoolCoordinators(applicant.get().schoolCode())))) {
            throw ApiException.forbidden("Chỉ điều phối viên của trường được đánh dấu sinh viên " + studentId
                    + " / only the student's school coordinators may mark student " + studentId);
        }
        return rounds.markApplicant(roundId, studentId, Boolean.TRUE.equals(request.priority()), request.qualifications());
    }

    @GetMapping("/offers/{offerId}/applicants")
    List<OfferApplicant> applicants(@PathVariable String offerId, Authentication authentication) {
        ownOffer(offerId, Caller.of(authentication));
        return rounds.applicants(offerId);
    }

    @PutMapping(path = "/offers/{offerId}/preferences", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<OfferApplicant> preferences(@PathVariable String offerId, @RequestBody PlacementRequests.HostPreferences request,
                                     Authentication authentication) {
        ownOffer(offerId, Caller.of(authentication));
        return rounds.preferences(offerId, request.ranking(), request.declined());
    }

    @GetMapping("/rounds/{roundId}/results")
    List<RoundResult> results(@PathVariable String roundId, Authentication authentication) {
        programmeOffice(authentication);
        round(roundId);
        return rounds.results(roundId);
    }

    @GetMapping("/rounds/{roundId}/results/{studentId}")
    RoundResult result(@PathVariable String roundId, @PathVariable String studentId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Optional<RoundResult> result = rounds.result(roundId, studentId);
        Optional<StudentStage> student = students.find(studentId);
        boolean mayRead = caller.isProgrammeAdmin() || caller.userId().equals(studentId)
                || student.map(caller::mayRead).orElse(false)
                || result.map(r -> r.hostCode() != null && caller.hosts().contains(r.hostCode())).orElse(false);
        if (!mayRead) {
            throw ApiException.forbidden("Bạn không được xem kết quả của sinh viên " + studentId
                    + " / you may not see the result of student " + studentId);
        }
        return result.orElseThrow(() -> ApiException.notFound("Chưa có kết quả của " + studentId + " trong đợt " + roundId
                + " / no result for " + studentId + " in round " + roundId));
    }

    private static Caller programmeOffice(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.isProgrammeAdmin()) {
            throw ApiException.forbidden("Chỉ văn phòng chương trình được mở, đóng và xem toàn bộ đợt xếp chỗ"
                    + " / only the programme office may open, close and see whole rounds");
        }
        return caller;
    }

    private static boolean mayActForHost(Caller caller, String hostCode) {
        return caller.isProgrammeAdmin() || caller.groups().contains(Groups.businessHr(hostCode));
    }

    private RoundOffer ownOffer(String offerId, Caller caller) {
        Optional<RoundOffer> offer = rounds.offer(offerId);
        if (offer.isEmpty() && caller.isProgrammeAdmin()) {
            throw ApiException.notFound("Không có vị trí " + offerId + " / no offer " + offerId);
        }
        if (offer.isEmpty() || !mayActForHost(caller, offer.get().hostCode())) {
            throw ApiException.forbidden("Chỉ bộ phận nhân sự của đơn vị đăng vị trí " + offerId + " được xem và xếp hạng"
                    + " ứng viên / only the HR of the host of offer " + offerId + " may see and rank its applicants");
        }
        return offer.get();
    }

    @ExceptionHandler(PlacementRequestException.class)
    ResponseEntity<ApiError> badRequest(PlacementRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.problems());
    }

    @ExceptionHandler(PlacementConflictException.class)
    ResponseEntity<ApiError> conflict(PlacementConflictException e) {
        return error(HttpStatus.CONFLICT, List.of(e.getMessage()));
    }

    @ExceptionHandler(PlacementNotFoundException.class)
    ResponseEntity<ApiError> notFound(PlacementNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, List.of(e.getMessage()));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, List<String> problems) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(status, problems));
    }
}
