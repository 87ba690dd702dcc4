package vn.practicum.field.vocationaldigitaltransformation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class LmsAccessRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);
    static final LocalDate END = LocalDate.of(2026, 4, 30);

    final LmsAccessRules rules = new LmsAccessRules();

    @ParameterizedTest
    @ValueSource(strings = {"EDITING_TEACHER", "COURSE_CREATOR", "editing_teacher"})
    void rolesThatBuildCoursesAndAdministerNothing_areAccepted(String role) {
        assertThat(rules.problems(access(role, "2026-04-30"), START, END)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LEARNER", "NON_EDITING_TEACHER"})
    void rolesThatCannotEditACourse_areRefused(String role) {
        assertThat(rules.problems(access(role, "2026-04-30"), START, END)).singleElement()
                .extracting(LocalizedText::en).asString().contains("cannot edit a course");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MANAGER", "SITE_ADMINISTRATOR"})
    void rolesThatAdministerTheLms_areRefused(String role) {
        assertThat(rules.problems(access(role, "2026-04-30"), START, END)).singleElement()
                .extracting(LocalizedText::en).asString().contains("is more than the work needs", "least privilege");
    }

    @Test
    void anUnknownRole_isRefused() {
        assertThat(rules.problems(access("OWNER", "2026-04-30"), START, END)).extracting(LocalizedText::en)
                .containsExactly("LMS access: the role 'OWNER' is unknown");
    }

    @Test
    void accessUntilThePlacementsLastDay_isEnough_theDayBeforeIsNot() {
        assertThat(rules.problems(access("EDITING_TEACHER", "2026-04-30"), START, END)).isEmpty();
        assertThat(rules.problems(access("EDITING_TEACHER", "2026-04-29"), START, END)).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.vi()).isEqualTo("Quyền truy cập hệ thống quản lý học tập (LMS): truy cập kết thúc ngày"
                            + " 2026-04-29, trước ngày kết thúc thực tập 2026-04-30: thử nghiệm và phân tích dữ liệu học tập"
                            + " cần truy cập đến cuối kỳ");
                    assertThat(problem.en()).isEqualTo("LMS access: access ends on 2026-04-29, before the placement ends on"
                            + " 2026-04-30: the pilot and its analytics need access to the end");
                });
    }

    @Test
    void withoutAKnownPlacementEnd_accessMustReachTheFirstDay() {
        assertThat(rules.problems(access("EDITING_TEACHER", "2026-02-01"), START, null)).isEmpty();
        assertThat(rules.problems(access("EDITING_TEACHER", "2026-01-31"), START, null)).extracting(LocalizedText::en)
                .containsExactly("LMS access: access ends on 2026-01-31, before the placement starts on 2026-02-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "Teacher", " giaovien ", "guest"})
    void sharedAccounts_areRefused(String account) {
        LmsAccess access = new LmsAccess("Moodle", "https://lms.example.edu.vn", account, "EDITING_TEACHER", "SANDBOX-1",
                "2026-04-30");
        assertThat(rules.problems(access, START, END)).singleElement().extracting(LocalizedText::en).asString()
                .contains("is a shared account");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://lms.example.edu.vn", "lms.example.edu.vn", "ftp://lms.example.edu.vn"})
    void addressesThatAreNotHttps_areRefused(String url) {
        LmsAccess access = new LmsAccess("Moodle", url, "tt.le.van.c", "EDITING_TEACHER", "SANDBOX-1", "2026-04-30");
        assertThat(rules.problems(access, START, END)).singleElement().extracting(LocalizedText::en).asString()
                .contains("is not a valid https address");
    }

    @Test
    void nothingEntered_listsEverything_inOrder() {
        assertThat(rules.problems(new LmsAccess(null, null, " ", null, null, null), START, END))
                .extracting(LocalizedText::en).containsExactly(
                        "LMS access: the LMS platform is missing",
                        "LMS access: the LMS address is missing",
                        "LMS access: the student's account is missing",
                        "LMS access: the account's role is missing",
                        "LMS access: the course shell for the module is missing",
                        "LMS access: the access end date is missing");
    }

    private static LmsAccess access(String role, String until) {
        return new LmsAccess("Moodle 4.5", "https://lms.example.edu.vn", "tt.le.van.c", role, "SANDBOX-TT05", until);
    }
}
