package vn.practicum.field.digitaldata.internal;

import vn.practicum.engine.spi.LocalizedText;

/** The two trainings a digital-data student completes before handling the host's records. */
public enum TrainingKind {
    DATA_CLASSIFICATION(LocalizedText.of("Chứng nhận đào tạo phân loại và bảo vệ dữ liệu",
            "Data-classification and data-protection training certificate")),
    ARCHIVE_HANDLING(LocalizedText.of("Chứng nhận bồi dưỡng nghiệp vụ lưu trữ", "Archive-handling training certificate"));

    private final LocalizedText label;

    TrainingKind(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
