package vn.practicum.webapp.enrolment;

import java.util.Locale;
import java.util.Set;

/**
 * What an uploaded file is, from its first bytes, its name and its declared type: a ZIP container is read as XLSX,
 * an old binary Excel file or a file declared as something else entirely is refused (415), anything else is read
 * as CSV text (and reported if it is not).
 */
enum FileKind {
    CSV, XLSX, UNSUPPORTED;

    /** Types browsers and tools give CSV files (Excel on Windows says application/vnd.ms-excel). */
    static final Set<String> TEXT_TYPES = Set.of("text/csv", "text/plain", "application/csv", "text/comma-separated-values",
            "text/x-csv", "application/vnd.ms-excel", "application/octet-stream", "");
    static final Set<String> XLSX_TYPES = Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/octet-stream", "application/zip", "application/x-zip-compressed", "");

    static FileKind detect(byte[] content, String filename, String contentType) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        type = (type.indexOf(';') >= 0 ? type.substring(0, type.indexOf(';')) : type).trim(); // ";" alone is ""
        if (startsWith(content, 0x50, 0x4b, 0x03, 0x04)) {
            return name.endsWith(".xlsx") || XLSX_TYPES.contains(type) ? XLSX : UNSUPPORTED;
        }
        if (startsWith(content, 0xd0, 0xcf, 0x11, 0xe0) || startsWith(content, 0x25, 0x50, 0x44, 0x46)
                || startsWith(content, 0x89, 0x50, 0x4e, 0x47) || startsWith(content, 0xff, 0xd8, 0xff)) {
            return UNSUPPORTED; // old .xls, PDF, PNG, JPEG
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return UNSUPPORTED; // claims to be a workbook but is not one we read
        }
        return name.endsWith(".csv") || name.endsWith(".txt") || TEXT_TYPES.contains(type) ? CSV : UNSUPPORTED;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
