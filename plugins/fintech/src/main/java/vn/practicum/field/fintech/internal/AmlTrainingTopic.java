package vn.practicum.field.fintech.internal;

import vn.practicum.engine.spi.LocalizedText;

/**
 * What an AML/KYC training must have covered before a fintech student touches any data: the obligations of
 * reporting entities under the Law on Anti-Money Laundering 14/2022/QH15 (Decree 19/2023/NĐ-CP) that a
 * student meets in their work.
 */
public enum AmlTrainingTopic {
    CUSTOMER_DUE_DILIGENCE(LocalizedText.of("nhận biết và cập nhật thông tin khách hàng (KYC/CDD)",
            "customer identification and due diligence (KYC/CDD)")),
    SUSPICIOUS_TRANSACTIONS(LocalizedText.of("nhận diện và báo cáo giao dịch đáng ngờ",
            "recognising and reporting suspicious transactions")),
    CONFIDENTIALITY(LocalizedText.of("bảo mật thông tin báo cáo và dữ liệu khách hàng",
            "confidentiality of reports and customer data (no tipping-off)"));

    private final LocalizedText label;

    AmlTrainingTopic(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
