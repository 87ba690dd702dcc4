package vn.practicum.field.fintech.internal;

import vn.practicum.engine.spi.LocalizedText;

/**
 * A section of the sandbox experiment report, and whether an experiment on masked real data needs it only.
 * Following the test plan and report a controlled-testing participant keeps (Decree 94/2025/NĐ-CP): what was
 * tested and why, how, with what result, and how customers and their data stayed protected.
 */
public enum ExperimentSection {
    OBJECTIVE(false, LocalizedText.of("mục tiêu, giả thuyết thử nghiệm", "objective and hypothesis")),
    METHOD(false, LocalizedText.of("phương pháp thử nghiệm", "method")),
    RESULTS(false, LocalizedText.of("kết quả và số liệu đo được", "results and measured figures")),
    COMPLIANCE_CONTROLS(false, LocalizedText.of("biện pháp tuân thủ AML/KYC và bảo vệ dữ liệu",
            "AML/KYC and data-protection controls")),
    MASKING_METHOD(true, LocalizedText.of("phương pháp che giấu, khử định danh dữ liệu", "data masking method"));

    private final boolean maskedDataOnly;
    private final LocalizedText label;

    ExperimentSection(boolean maskedDataOnly, LocalizedText label) {
        this.maskedDataOnly = maskedDataOnly;
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** Whether an experiment on this data needs the section. */
    public boolean isRequiredFor(SandboxDataScope dataset) {
        return !maskedDataOnly || dataset == SandboxDataScope.MASKED;
    }
}
