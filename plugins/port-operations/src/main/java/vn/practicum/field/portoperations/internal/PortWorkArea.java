package vn.practicum.field.portoperations.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Where in the port the student works, and the occupational-safety training group that work needs (Decree
 * 44/2016/NĐ-CP, Art. 17): on the quays and yards, beside cranes, straddle carriers and moving cargo, the work has
 * strict safety requirements (group 3, the safety card); in the planning and control centre, the training of
 * every other worker (group 4) is enough, and group 3 covers it too.
 */
public enum PortWorkArea {
    QUAY_AND_YARD(LocalizedText.of("cầu cảng và bãi (cạnh thiết bị xếp dỡ)", "quays and yards (beside cargo-handling equipment)"),
            EnumSet.of(SafetyTrainingGroup.GROUP_3)),
    CONTROL_CENTRE(LocalizedText.of("trung tâm điều độ, điều hành khai thác", "planning and control centre"),
            EnumSet.of(SafetyTrainingGroup.GROUP_3, SafetyTrainingGroup.GROUP_4));

    private final LocalizedText label;
    private final Set<SafetyTrainingGroup> acceptedGroups;

    PortWorkArea(LocalizedText label, Set<SafetyTrainingGroup> acceptedGroups) {
        this.label = label;
        this.acceptedGroups = acceptedGroups;
    }

    public LocalizedText label() {
        return label;
    }

    public boolean accepts(SafetyTrainingGroup group) {
        return acceptedGroups.contains(group);
    }

    /** The area of a form's code, or empty for null or an unknown code. */
    public static Optional<PortWorkArea> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(area -> area.name().equals(code.strip())).findFirst();
    }
}
