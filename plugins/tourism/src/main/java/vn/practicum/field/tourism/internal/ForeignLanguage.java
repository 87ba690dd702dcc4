package vn.practicum.field.tourism.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** The languages international tours are guided in, by ISO 639-1 code. */
public enum ForeignLanguage {
    ENGLISH("en", LocalizedText.of("tiếng Anh", "English")),
    FRENCH("fr", LocalizedText.of("tiếng Pháp", "French")),
    GERMAN("de", LocalizedText.of("tiếng Đức", "German")),
    RUSSIAN("ru", LocalizedText.of("tiếng Nga", "Russian")),
    CHINESE("zh", LocalizedText.of("tiếng Trung", "Chinese")),
    JAPANESE("ja", LocalizedText.of("tiếng Nhật", "Japanese")),
    KOREAN("ko", LocalizedText.of("tiếng Hàn", "Korean")),
    SPANISH("es", LocalizedText.of("tiếng Tây Ban Nha", "Spanish")),
    ITALIAN("it", LocalizedText.of("tiếng Ý", "Italian")),
    THAI("th", LocalizedText.of("tiếng Thái", "Thai"));

    private final String code;
    private final LocalizedText label;

    ForeignLanguage(String code, LocalizedText label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    /** The language of an ISO 639-1 code such as {@code en}, or empty. */
    public static Optional<ForeignLanguage> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code.strip())).findFirst();
    }
}
