package vn.practicum.webapp.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.WithdrawalParty;
import vn.practicum.engine.tracking.StudentStage;

/**
 * The signed-in user of an API call, and what the programme lets them see and do. A user sees a student if
 * they are a programme administrator, the student, in a group of the student's school
 * ({@code school:<code>:*}), or in a group of the student's host ({@code business:<code>:*}).
 *
 * @param userId the Camunda user id
 * @param groups the user's Camunda group ids
 */
public record Caller(String userId, Set<String> groups) {

    public Caller {
        groups = Set.copyOf(groups);
    }

    public static Caller of(Authentication authentication) {
        return new Caller(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
    }

    public boolean isProgrammeAdmin() {
        return groups.contains(Groups.PROGRAMME_ADMINS);
    }

    /** Codes of the schools the user works for. */
    public Set<String> schools() {
        return groups.stream().map(Groups::schoolOf).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Codes of the businesses the user works for. */
    public Set<String> hosts() {
        return groups.stream().map(Groups::businessOf).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    public boolean mayReadSchool(String schoolCode) {
        return isProgrammeAdmin() || schools().contains(schoolCode);
    }

    /** Whether the user may enrol students in the school: its coordinators and programme administrators. */
    public boolean mayEnrolIn(String schoolCode) {
        return isProgrammeAdmin() || groups.contains(Groups.schoolCoordinators(schoolCode));
    }

    public boolean mayRead(StudentStage student) {
        return isProgrammeAdmin()
                || userId.equals(student.studentId())
                || schools().contains(student.schoolCode())
                || (student.hostCode() != null && hosts().contains(student.hostCode()));
    }

    /**
     * The parties the user may withdraw this student as: the student themself, the school's coordinators, the
     * host's HR; a programme administrator as any. {@code student} is null when the student is not tracked.
     */
    public Set<WithdrawalParty> mayWithdrawAs(String studentId, StudentStage student) {
        if (isProgrammeAdmin()) {
            return EnumSet.allOf(WithdrawalParty.class);
        }
        Set<WithdrawalParty> parties = EnumSet.noneOf(WithdrawalParty.class);
        if (userId.equals(studentId)) {
            parties.add(WithdrawalParty.STUDENT);
        }
        if (student != null && groups.contains(Groups.schoolCoordinators(student.schoolCode()))) {
            parties.add(WithdrawalParty.SCHOOL);
        }
        if (student != null && student.hostCode() != null && groups.contains(Groups.businessHr(student.hostCode()))) {
            parties.add(WithdrawalParty.HOST);
        }
        return parties;
    }
}
