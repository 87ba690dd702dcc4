package vn.practicum.field.digitalbusiness.internal;

import java.util.Locale;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/**
 * How the parties signed the electronic contract. Under the Law on Electronic Transactions 2023 (Law
 * 20/2023/QH15) only a digital signature or a secure specialised electronic signature has the legal value of a
 * handwritten signature on paper; the other ways are electronic signatures whose value the parties must prove.
 */
public enum SignatureType {
    DIGITAL_SIGNATURE(true, LocalizedText.of("chữ ký số", "a digital signature")),
    SECURE_SPECIALISED_SIGNATURE(true, LocalizedText.of("chữ ký điện tử chuyên dùng bảo đảm an toàn",
            "a secure specialised electronic signature")),
    OTP_CONFIRMATION(false, LocalizedText.of("xác nhận bằng mã OTP hoặc bấm đồng ý", "an OTP code or a click to accept")),
    SCANNED_SIGNATURE(false, LocalizedText.of("ảnh chụp hoặc bản quét chữ ký tay", "a photo or scan of a handwritten signature"));

    private final boolean secure;
    private final LocalizedText label;

    SignatureType(boolean secure, LocalizedText label) {
        this.secure = secure;
        this.label = label;
    }

    /** Whether it has the legal value of a handwritten signature (and rests on a signature certificate). */
    public boolean isSecure() {
        return secure;
    }

    public LocalizedText label() {
        return label;
    }

    /** The type of its name, whatever its case, or empty for anything else. */
    public static Optional<SignatureType> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (SignatureType type : values()) {
            if (type.name().equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
