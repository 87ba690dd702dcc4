package vn.practicum.field.informationtechnology.internal;

import vn.practicum.engine.spi.LocalizedText;

/**
 * A section of the dossier proposing an information system's security level (Decree 85/2016/NĐ-CP,
 * Circular 03/2017/TT-BTTTT), and the lowest level from which it is required.
 */
public enum DossierSection {
    SYSTEM_DESCRIPTION(1, LocalizedText.of("mô tả hệ thống thông tin", "system description")),
    LEVEL_JUSTIFICATION(1, LocalizedText.of("thuyết minh đề xuất cấp độ", "justification of the proposed level")),
    RISK_ASSESSMENT(3, LocalizedText.of("đánh giá rủi ro an toàn thông tin", "information-security risk assessment")),
    INCIDENT_RESPONSE_PLAN(3, LocalizedText.of("phương án ứng cứu sự cố", "incident-response plan"));

    private final int requiredFromLevel;
    private final LocalizedText label;

    DossierSection(int requiredFromLevel, LocalizedText label) {
        this.requiredFromLevel = requiredFromLevel;
        this.label = label;
    }

    public int requiredFromLevel() {
        return requiredFromLevel;
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isRequiredAt(int level) {
        return level >= requiredFromLevel;
    }
}
