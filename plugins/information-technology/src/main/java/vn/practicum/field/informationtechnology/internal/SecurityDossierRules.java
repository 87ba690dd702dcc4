package vn.practicum.field.informationtechnology.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When a dossier proposing an information system's security level is complete enough for the mentor to review
 * (Decree 85/2016/NĐ-CP, levels 1 to 5; Circular 03/2017/TT-BTTTT):
 * <ul>
 *   <li>it names the system, and proposes a whole level from 1 to 5, no higher than the host allows;</li>
 *   <li>every level needs the system description and the justification of the proposed level;</li>
 *   <li>level 3 and above also need a risk assessment and an incident-response plan.</li>
 * </ul>
 * Every problem is reported, with the missing sections named.
 */
public class SecurityDossierRules {

    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 5;

    /**
     * The problems of the dossier, in order; empty when it is complete.
     *
     * @param maximumLevel the highest level the host lets a student prepare a dossier for, 1 to 5
     */
    public List<LocalizedText> problems(SecurityDossier dossier, int maximumLevel) {
        if (maximumLevel < LOWEST_LEVEL || maximumLevel > HIGHEST_LEVEL) {
            throw new IllegalArgumentException("maximumClassificationLevel must be 1 to 5, not " + maximumLevel);
        }
        List<LocalizedText> problems = new ArrayList<>();
        if (dossier.systemName() == null || dossier.systemName().isBlank()) {
            problems.add(LocalizedText.of("Thiếu tên hệ thống thông tin", "The system name is missing"));
        }

        Integer level = wholeLevel(dossier.proposedLevel());
        if (dossier.proposedLevel() == null) {
            problems.add(LocalizedText.of("Thiếu cấp độ đề xuất (1–5)", "The proposed classification level (1–5) is missing"));
        } else if (level == null) {
            problems.add(LocalizedText.of(
                    "Cấp độ đề xuất " + dossier.proposedLevel() + " không hợp lệ: phải là số nguyên từ 1 đến 5 theo Nghị định 85/2016/NĐ-CP",
                    "The proposed level " + dossier.proposedLevel() + " is not valid: it must be a whole number from 1 to 5 (Decree 85/2016/NĐ-CP)"));
        } else if (level > maximumLevel) {
            problems.add(LocalizedText.of(
                    "Cấp độ đề xuất " + level + " vượt quá cấp độ cao nhất mà đơn vị tiếp nhận cho phép sinh viên lập hồ sơ (" + maximumLevel + ")",
                    "The proposed level " + level + " is above the highest level the host lets a student prepare a dossier for (" + maximumLevel + ")"));
        }

        // sections: those every level needs, and those of the proposed level when it is known
        int sectionsLevel = level == null ? LOWEST_LEVEL : level;
        List<DossierSection> missing = new ArrayList<>();
        for (DossierSection section : DossierSection.values()) {
            if (section.isRequiredAt(sectionsLevel) && !dossier.has(section)) {
                missing.add(section);
            }
        }
        if (!missing.isEmpty()) {
            String levelVi = level == null ? "" : " cho cấp độ " + level;
            String levelEn = level == null ? "" : " for level " + level;
            problems.add(LocalizedText.of(
                    "Hồ sơ thiếu" + levelVi + ": " + String.join(", ", missing.stream().map(s -> s.label().vi()).toList()),
                    "The dossier" + levelEn + " is missing: " + String.join(", ", missing.stream().map(s -> s.label().en()).toList())));
        }
        return problems;
    }

    /** The level as a whole number from 1 to 5, or null if it is not one. */
    static Integer wholeLevel(Number level) {
        BigDecimal value = Numbers.exact(level);
        if (value == null // none, NaN or infinity
                || value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(LOWEST_LEVEL)) < 0
                || value.compareTo(BigDecimal.valueOf(HIGHEST_LEVEL)) > 0) {
            return null;
        }
        return value.intValueExact();
    }
}
