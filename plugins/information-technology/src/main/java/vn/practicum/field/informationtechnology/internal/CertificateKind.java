package vn.practicum.field.informationtechnology.internal;

import vn.practicum.engine.spi.LocalizedText;

/** The two trainings an IT student completes before the placement starts. */
public enum CertificateKind {
    CYBERSECURITY(LocalizedText.of("Chứng chỉ đào tạo an ninh mạng", "Cybersecurity training certificate")),
    PERSONAL_DATA(LocalizedText.of("Chứng chỉ đào tạo bảo vệ dữ liệu cá nhân", "Personal-data protection training certificate"));

    private final LocalizedText label;

    CertificateKind(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
