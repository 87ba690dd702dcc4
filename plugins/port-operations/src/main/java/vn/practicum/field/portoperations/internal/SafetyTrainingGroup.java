package vn.practicum.field.portoperations.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/**
 * The six occupational-safety training groups of Decree 44/2016/NĐ-CP (Art. 17), and how long a training stays
 * valid before periodic training is due: two years for groups 1, 2, 3, 5 and 6 (group 3's safety card runs two
 * years), one year for group 4, whose workers are retrained every year.
 */
public enum SafetyTrainingGroup {
    GROUP_1("1", LocalizedText.of("nhóm 1 (người quản lý phụ trách an toàn, vệ sinh lao động)",
            "group 1 (managers responsible for occupational safety)"), 2),
    GROUP_2("2", LocalizedText.of("nhóm 2 (người làm công tác an toàn, vệ sinh lao động)",
            "group 2 (occupational-safety officers)"), 2),
    GROUP_3("3", LocalizedText.of("nhóm 3 (công việc có yêu cầu nghiêm ngặt về an toàn, vệ sinh lao động)",
            "group 3 (work with strict occupational-safety requirements)"), 2),
    GROUP_4("4", LocalizedText.of("nhóm 4 (người lao động khác, kể cả người học nghề, tập nghề)",
            "group 4 (other workers, apprentices and trainees included)"), 1),
    GROUP_5("5", LocalizedText.of("nhóm 5 (người làm công tác y tế)", "group 5 (occupational health staff)"), 2),
    GROUP_6("6", LocalizedText.of("nhóm 6 (an toàn, vệ sinh viên)", "group 6 (safety and health representatives)"), 2);

    private final String code;
    private final LocalizedText label;
    private final int validYears;

    SafetyTrainingGroup(String code, LocalizedText label, int validYears) {
        this.code = code;
        this.label = label;
        this.validYears = validYears;
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    /** Years a training stays valid before periodic training is due. */
    public int validYears() {
        return validYears;
    }

    /** The group of a form's code, "1" to "6", or empty. */
    public static Optional<SafetyTrainingGroup> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(group -> group.code.equals(code.strip())).findFirst();
    }
}
