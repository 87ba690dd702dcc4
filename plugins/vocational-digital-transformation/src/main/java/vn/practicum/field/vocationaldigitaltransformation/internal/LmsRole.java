package vn.practicum.field.vocationaldigitaltransformation.internal;

import java.util.Locale;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/**
 * The roles an LMS such as Moodle gives an account, from the least to the most privileged, and whether a student
 * may hold it to build a course module: enough to edit a course, nothing that administers the LMS.
 */
public enum LmsRole {
    LEARNER(false, LocalizedText.of("học viên", "learner")),
    NON_EDITING_TEACHER(false, LocalizedText.of("giáo viên không được sửa khóa học", "non-editing teacher")),
    EDITING_TEACHER(true, LocalizedText.of("giáo viên được sửa khóa học", "editing teacher")),
    COURSE_CREATOR(true, LocalizedText.of("người tạo khóa học", "course creator")),
    MANAGER(false, LocalizedText.of("quản lý", "manager")),
    SITE_ADMINISTRATOR(false, LocalizedText.of("quản trị hệ thống", "site administrator"));

    private final boolean forStudents;
    private final LocalizedText label;

    LmsRole(boolean forStudents, LocalizedText label) {
        this.forStudents = forStudents;
        this.label = label;
    }

    /** Whether a student may hold the role: it can build a module and administers nothing. */
    public boolean isForStudents() {
        return forStudents;
    }

    /** Whether the role can build a course module at all. */
    public boolean canBuildCourses() {
        return ordinal() >= EDITING_TEACHER.ordinal();
    }

    public LocalizedText label() {
        return label;
    }

    /** The role of its name, whatever its case, or empty for anything else. */
    public static Optional<LmsRole> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (LmsRole role : values()) {
            if (role.name().equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
