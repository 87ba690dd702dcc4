package vn.practicum.field.greencertification.internal;

import vn.practicum.engine.spi.LocalizedText;

/** What the host verifies in the engagement the student joins. */
public enum VerificationScope {
    DECREE_06_INVENTORY(LocalizedText.of("Thẩm định kết quả kiểm kê khí nhà kính cấp cơ sở (Nghị định 06/2022/NĐ-CP)",
            "Verification of a facility's GHG inventory (Decree 06/2022/ND-CP)")),
    ISO_14064_ORGANISATION(LocalizedText.of("Thẩm định báo cáo khí nhà kính của tổ chức (ISO 14064-1, ISO 14064-3)",
            "Verification of an organisation's GHG report (ISO 14064-1, ISO 14064-3)")),
    ISO_14067_PRODUCT(LocalizedText.of("Thẩm định dấu vết carbon của sản phẩm (ISO 14067)",
            "Verification of a product carbon footprint (ISO 14067)"));

    private final LocalizedText label;

    VerificationScope(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
