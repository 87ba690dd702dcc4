package vn.practicum.engine.privacy;

import vn.practicum.engine.spi.LocalizedText;

/**
 * The purposes a student consents to on the enrolment's consent form ({@code practicum-record-consent}), in the
 * order the form lists them.
 */
public enum ConsentPurpose {
    ENROLMENT_AND_PLACEMENT("Xét điều kiện, tuyển chọn và xếp chỗ thực tập", "eligibility, enrolment and placement"),
    MENTORING_AND_ASSESSMENT("Hướng dẫn, theo dõi và đánh giá thực tập", "mentoring, tracking and assessment"),
    CREDITS_AND_CERTIFICATE("Công nhận tín chỉ và cấp giấy chứng nhận", "credit recognition and the certificate"),
    AGGREGATE_STATISTICS("Thống kê tổng hợp, không nhận diện cá nhân", "aggregate statistics that identify nobody");

    private final LocalizedText text;

    ConsentPurpose(String vi, String en) {
        this.text = LocalizedText.of(vi, en);
    }

    public LocalizedText text() {
        return text;
    }
}
