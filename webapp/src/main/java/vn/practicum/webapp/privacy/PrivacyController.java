package vn.practicum.webapp.privacy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.WithdrawalParty;
import vn.practicum.engine.privacy.ConsentEvent;
import vn.practicum.engine.privacy.ConsentPurpose;
import vn.practicum.engine.privacy.ConsentRecord;
import vn.practicum.engine.privacy.ConsentRegister;
import vn.practicum.engine.privacy.ErasureResult;
import vn.practicum.engine.privacy.StudentPrivacy;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.webapp.security.Caller;
import vn.practicum.webapp.web.ApiException;

/**
 * A student's personal data (Law 91/2025/QH15).
 * <ul>
 *   <li>{@code GET /api/students/{id}/consent}: the consent record (given, refused, withdrawn: who, when, purposes);
 *       the student, their school's staff, programme administrators.</li>
 *   <li>{@code POST /api/students/{id}/consent/withdrawal}: withdraws consent; the practicum is withdrawn (reason
 *       {@value StudentPrivacy#CONSENT_WITHDRAWN}) and nothing more runs for the student; the student (as STUDENT),
 *       their school's coordinators or programme administrators (as SCHOOL). No body.</li>
 *   <li>{@code GET /api/students/{id}/personal-data}: everything held about the student as JSON; the student,
 *       their school's coordinators, programme administrators.</li>
 *   <li>{@code POST /api/students/{id}/erasure}: erases the student (withdrawn first if running); the school's
 *       coordinators (on the student's request) or programme administrators. No body.</li>
 * </ul>
 */
@RestController
class PrivacyController {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyController.class);
    private static final Pattern STUDENT_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");

    private final StudentPrivacy privacy;
    private final ConsentRegister consent;
    private final StudentStageQueries stages;

    PrivacyController(StudentPrivacy privacy, ConsentRegister consent, StudentStageQueries stages) {
        this.privacy = privacy;
        this.consent = consent;
        this.stages = stages;
    }

    @GetMapping(path = "/api/students/{studentId}/consent", produces = MediaType.APPLICATION_JSON_VALUE)
    ConsentView consent(@PathVariable String studentId, Authentication authentication) {
        String school = knownSchool(studentId);
        Caller caller = Caller.of(authentication);
        if (!caller.isProgrammeAdmin() && !caller.userId().equals(studentId) && !caller.schools().contains(school)) {
            throw forbidden(studentId);
        }
        List<ConsentRecord> records = consent.of(studentId);
        return new ConsentView(studentId, records.isEmpty() ? null : records.get(records.size() - 1).event(),
                records, purposes());
    }

    @PostMapping(path = "/api/students/{studentId}/consent/withdrawal", produces = MediaType.APPLICATION_JSON_VALUE)
    ConsentWithdrawal withdrawConsent(@PathVariable String studentId, Authentication authentication) {
        String school = knownSchool(studentId);
        Caller caller = Caller.of(authentication);
        WithdrawalParty party;
        if (caller.userId().equals(studentId)) {
            party = WithdrawalParty.STUDENT;
        } else if (caller.isProgrammeAdmin() || caller.groups().contains(Groups.schoolCoordinators(school))) {
            party = WithdrawalParty.SCHOOL;
        } else {
            throw ApiException.forbidden("Chỉ sinh viên, điều phối viên của trường hoặc văn phòng chương trình được rút"
                    + " sự đồng ý của sinh viên " + studentId + " / Only the student, their school's coordinators or the"
                    + " programme office may withdraw the consent of student " + studentId);
        }
        if (consent.current(studentId).filter(ConsentEvent.WITHDRAWN::equals).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, List.of("Sinh viên " + studentId
                    + " đã rút lại sự đồng ý trước đó / Student " + studentId + " has withdrawn consent already"));
        }
        boolean withdrawn = privacy.withdrawConsent(studentId, party, caller.userId());
        LOG.info("{} withdrew the consent of student {} as {} (practicum withdrawn: {})", caller.userId(), studentId,
                party, withdrawn);
        return new ConsentWithdrawal(studentId, party, withdrawn,
                stages.find(studentId).map(stage -> stage.stage().name()).orElse(null));
    }

    @GetMapping(path = "/api/students/{studentId}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> export(@PathVariable String studentId, Authentication authentication) {
        String school = knownSchool(studentId);
        Caller caller = Caller.of(authentication);
        if (!caller.isProgrammeAdmin() && !caller.userId().equals(studentId)
                && !caller.groups().contains(Groups.schoolCoordinators(school))) {
            throw forbidden(studentId);
        }
        LOG.info("{} exported the personal data of student {}", caller.userId(), studentId);
        return privacy.export(studentId);
    }

    @PostMapping(path = "/api/students/{studentId}/erasure", produces = MediaType.APPLICATION_JSON_VALUE)
    ErasureResult erase(@PathVariable String studentId, Authentication authentication) {
        String school = knownSchool(studentId);
        Caller caller = Caller.of(authentication);
        if (!caller.isProgrammeAdmin() && !caller.groups().contains(Groups.schoolCoordinators(school))) {
            throw ApiException.forbidden("Chỉ văn phòng chương trình hoặc điều phối viên của trường được xóa dữ liệu"
                    + " của sinh viên " + studentId + " / Only the programme office or the school's coordinators may"
                    + " erase the data of student " + studentId);
        }
        ErasureResult result = privacy.erase(studentId, WithdrawalParty.SCHOOL, caller.userId());
        LOG.info("{} erased a student of school {} on request; pseudonym {}", caller.userId(), school, result.pseudonym());
        return result;
    }

    /** The student's school; 400 for a malformed id, 404 if Practicum knows nothing of the student. */
    private String knownSchool(String studentId) {
        if (!STUDENT_ID.matcher(studentId).matches()) {
            throw ApiException.badRequest(List.of("studentId: chỉ gồm chữ, số, '.', '_' hoặc '-', tối đa 64 ký tự"
                    + " / studentId: letters, digits, '.', '_' or '-', at most 64 characters"));
        }
        Optional<String> school = privacy.schoolOf(studentId);
        if (school.isEmpty() && !privacy.knows(studentId)) {
            throw ApiException.notFound("Không có sinh viên " + studentId + " / No student " + studentId);
        }
        return school.orElse("");
    }

    private static ApiException forbidden(String studentId) {
        return ApiException.forbidden("Bạn không được xem dữ liệu cá nhân của sinh viên " + studentId
                + " / You may not see the personal data of student " + studentId);
    }

    private static Map<ConsentPurpose, LocalizedText> purposes() {
        Map<ConsentPurpose, LocalizedText> purposes = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            purposes.put(purpose, purpose.text());
        }
        return purposes;
    }

    /**
     * @param current  the latest event (the consent now), or null if none is recorded
     * @param records  every event, oldest first
     * @param purposes what each purpose means, Vietnamese and English
     */
    record ConsentView(String studentId, ConsentEvent current, List<ConsentRecord> records,
                       Map<ConsentPurpose, LocalizedText> purposes) {
    }

    /**
     * @param withdrawnBy          as whom the consent was withdrawn
     * @param practicumWithdrawn   whether a running practicum was withdrawn
     * @param stage                the student's stage afterwards (WITHDRAWN), as the tracking model says
     */
    record ConsentWithdrawal(String studentId, WithdrawalParty withdrawnBy, boolean practicumWithdrawn, String stage) {
    }
}
