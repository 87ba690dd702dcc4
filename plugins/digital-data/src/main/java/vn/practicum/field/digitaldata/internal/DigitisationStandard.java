package vn.practicum.field.digitaldata.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What a digitised copy of paper records must be (Circular 02/2019/TT-BNV on the input-data standards and the
 * preservation of electronic archives: PDF, colour, at least 200 dpi, every page digitised), and how the batch's
 * integrity is recorded (a cryptographic checksum of every file in the batch manifest).
 */
public final class DigitisationStandard {

    /** The lowest resolution of a page image. */
    public static final int MINIMUM_RESOLUTION_DPI = 200;
    /** Above this a figure is a typing error, not a scanner setting. */
    static final int MAXIMUM_RESOLUTION_DPI = 2400;

    private DigitisationStandard() {
    }

    /** File formats a batch may be delivered in; only PDF (PDF/A preferred) for digitised paper records. */
    public enum FileFormat {
        PDF_A(LocalizedText.of("PDF/A", "PDF/A"), true),
        PDF(LocalizedText.of("PDF (phiên bản 1.4 trở lên)", "PDF (version 1.4 or later)"), true),
        TIFF(LocalizedText.of("TIFF", "TIFF"), false),
        JPEG(LocalizedText.of("JPEG", "JPEG"), false);

        private final LocalizedText label;
        private final boolean accepted;

        FileFormat(LocalizedText label, boolean accepted) {
            this.label = label;
            this.accepted = accepted;
        }

        public LocalizedText label() {
            return label;
        }

        public boolean accepted() {
            return accepted;
        }

        static Optional<FileFormat> of(String name) {
            return Arrays.stream(values()).filter(format -> format.name().equals(name.strip())).findFirst();
        }
    }

    /** Colour modes of the page images; digitised records are in colour. */
    public enum ColourMode {
        COLOUR(LocalizedText.of("màu", "colour"), true),
        GREYSCALE(LocalizedText.of("thang xám", "greyscale"), false),
        BLACK_AND_WHITE(LocalizedText.of("đen trắng", "black and white"), false);

        private final LocalizedText label;
        private final boolean accepted;

        ColourMode(LocalizedText label, boolean accepted) {
            this.label = label;
            this.accepted = accepted;
        }

        public LocalizedText label() {
            return label;
        }

        public boolean accepted() {
            return accepted;
        }

        static Optional<ColourMode> of(String name) {
            return Arrays.stream(values()).filter(mode -> mode.name().equals(name.strip())).findFirst();
        }
    }

    /** How each file's fixity is recorded; MD5 (broken) and none cannot show that a file was not altered. */
    public enum ChecksumAlgorithm {
        SHA_256(true),
        SHA_512(true),
        MD5(false),
        NONE(false);

        private final boolean accepted;

        ChecksumAlgorithm(boolean accepted) {
            this.accepted = accepted;
        }

        public boolean accepted() {
            return accepted;
        }

        static Optional<ChecksumAlgorithm> of(String name) {
            return Arrays.stream(values()).filter(algorithm -> algorithm.name().equals(name.strip())).findFirst();
        }
    }
}
