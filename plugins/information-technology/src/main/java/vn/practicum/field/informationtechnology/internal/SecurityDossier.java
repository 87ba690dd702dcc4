package vn.practicum.field.informationtechnology.internal;

import java.util.Map;

/**
 * The information-security dossier as the student entered it.
 *
 * @param systemName    the information system the dossier is for
 * @param proposedLevel the proposed classification level, 1 to 5 (null if not given)
 * @param sections      the text of each section; a missing key or blank text is a missing section
 */
public record SecurityDossier(String systemName, Number proposedLevel, Map<DossierSection, String> sections) {

    public SecurityDossier {
        sections = Map.copyOf(sections);
    }

    public boolean has(DossierSection section) {
        String text = sections.get(section);
        return text != null && !text.isBlank();
    }
}
