package vn.practicum.field.greencertification.internal;

import java.util.List;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What the impartiality check found, by who must act:
 *
 * @param engagement  the host's assignment is unusable (organisation or its code missing): the host fixes it
 * @param declaration the student's declaration is incomplete or not about that organisation: the student fixes it
 * @param conflicts   the declaration is complete and shows a threat to impartiality: the host assigns another
 *                    organisation
 */
public record ImpartialityAssessment(List<LocalizedText> engagement, List<LocalizedText> declaration,
                                     List<LocalizedText> conflicts) {

    public ImpartialityAssessment {
        engagement = List.copyOf(engagement);
        declaration = List.copyOf(declaration);
        conflicts = List.copyOf(conflicts);
    }

    /** No finding at all: the student may work on this organisation's verification. */
    public boolean isClear() {
        return engagement.isEmpty() && declaration.isEmpty() && conflicts.isEmpty();
    }
}
