package vn.practicum.webapp.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.WithdrawalParty;
import vn.practicum.engine.tracking.StudentStage;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.webapp.security.Caller;
import vn.practicum.webapp.web.ApiException;

/**
 * Withdraws a student from the practicum at whatever step it is. Allowed to the student themself (as
 * STUDENT), the coordinators of the student's school (as SCHOOL), the HR of the student's host (as HOST),
 * and programme administrators (as any party).
 */
@RestController
class WithdrawalController {

    private static final Pattern STUDENT_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");

    private final PracticumLifecycle lifecycle;
    private final StudentStageQueries queries;

    WithdrawalController(PracticumLifecycle lifecycle, StudentStageQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @PostMapping(path = "/api/students/{studentId}/withdrawal",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    WithdrawalResult withdraw(@PathVariable String studentId, @RequestBody WithdrawalRequest request,
                              Authentication authentication) {
        if (!STUDENT_ID.matcher(studentId).matches()) {
            throw ApiException.badRequest(List.of("studentId: chỉ gồm chữ, số, '.', '_' hoặc '-', tối đa 64 ký tự"
                    + " / studentId: letters, digits, '.', '_' or '-', at most 64 characters"));
        }
        WithdrawalParty party = party(request.withdrawnBy());
        StudentStage student = queries.find(studentId).orElse(null);
        Set<WithdrawalParty> allowed = Caller.of(authentication).mayWithdrawAs(studentId, student);
        if (allowed.isEmpty()) {
            throw ApiException.forbidden("Bạn không được rút sinh viên " + studentId + " khỏi thực tập"
                    + " / You may not withdraw student " + studentId);
        }
        if (party != null && !allowed.contains(party)) {
            String as = allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            throw ApiException.forbidden("withdrawnBy: bạn chỉ được rút với tư cách " + as
                    + " / withdrawnBy: you may withdraw only as " + as);
        }
        lifecycle.withdraw(studentId, party, request.reason());
        return new WithdrawalResult(studentId, party, queries.find(studentId).map(s -> s.stage().name()).orElse(null));
    }

    /** The party, or null when missing (the lifecycle names the missing field). */
    private static WithdrawalParty party(String withdrawnBy) {
        if (withdrawnBy == null || withdrawnBy.isBlank()) {
            return null;
        }
        try {
            return WithdrawalParty.valueOf(withdrawnBy.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(WithdrawalParty.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.badRequest(List.of("withdrawnBy: không có bên '" + withdrawnBy + "'; chọn một trong "
                    + allowed + " / withdrawnBy: unknown party '" + withdrawnBy + "'; allowed values: " + allowed));
        }
    }

    /**
     * @param stage the student's stage once the withdrawal has run (WITHDRAWN), as the tracking model says
     */
    record WithdrawalResult(String studentId, WithdrawalParty withdrawnBy, String stage) {
    }
}
