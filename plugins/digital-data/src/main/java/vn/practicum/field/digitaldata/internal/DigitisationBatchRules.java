package vn.practicum.field.digitaldata.internal;

import static vn.practicum.engine.rules.Problems.isBlank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.field.digitaldata.internal.DigitisationStandard.ChecksumAlgorithm;
import vn.practicum.field.digitaldata.internal.DigitisationStandard.ColourMode;
import vn.practicum.field.digitaldata.internal.DigitisationStandard.FileFormat;

/**
 * Whether a digitisation batch conforms before the mentor's metadata QA (Circular 02/2019/TT-BNV; Law on Archives
 * 2024 on the integrity of digital archives):
 * <ul>
 *   <li>it has a code (3 to 40 letters, digits, {@code / - . _}) and a stored manifest;</li>
 *   <li>its counts are whole numbers: at least one file, at least one page per file;</li>
 *   <li>every page was digitised (as many images as pages) and every file has its metadata record;</li>
 *   <li>the images are PDF (PDF/A preferred), in colour, at 200 dpi or more;</li>
 *   <li>every file's fixity is recorded with SHA-256 or SHA-512, so that its integrity can be shown later.</li>
 * </ul>
 * Every problem is reported, so the student fixes everything in one go.
 */
public class DigitisationBatchRules {

    static final Pattern BATCH_CODE = Pattern.compile("[\\p{Alnum}][\\p{Alnum}./_-]{2,39}");
    static final int MAX_REFERENCE_LENGTH = 300;
    static final LocalizedText BATCH = LocalizedText.of("Lô số hóa", "Digitisation batch");

    /** The problems of the batch, in order; empty when it conforms. */
    public List<LocalizedText> problems(DigitisationBatch batch) {
        List<LocalizedText> problems = new ArrayList<>();
        if (isBlank(batch.code())) {
            problems.add(problem("thiếu mã lô", "the batch code is missing"));
        } else if (!BATCH_CODE.matcher(batch.code().strip()).matches()) {
            problems.add(problem("mã lô " + Problems.echo(batch.code()) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', '_')",
                    "the batch code " + Problems.echo(batch.code()) + " is not valid (3–40 letters, digits, '/', '-', '.', '_')"));
        }

        BigDecimal files = count(batch.files(), "số hồ sơ", "number of files", problems);
        BigDecimal pages = count(batch.pages(), "số trang", "number of pages", problems);
        BigDecimal images = count(batch.images(), "số trang đã số hóa", "number of page images", problems);
        BigDecimal records = count(batch.metadataRecords(), "số hồ sơ có đủ siêu dữ liệu", "number of files with metadata", problems);
        if (files != null && files.signum() == 0) {
            problems.add(problem("lô không có hồ sơ nào", "the batch holds no file"));
        }
        if (files != null && pages != null && files.signum() > 0 && pages.compareTo(files) < 0) {
            problems.add(problem("số trang (" + pages + ") ít hơn số hồ sơ (" + files + "): mỗi hồ sơ có ít nhất một trang",
                    "fewer pages (" + pages + ") than files (" + files + "): every file has at least one page"));
        }
        if (pages != null && images != null && images.compareTo(pages) != 0) {
            problems.add(problem("số hóa " + images + " trên " + pages + " trang: phải số hóa đủ 100% số trang",
                    images + " of " + pages + " pages digitised: every page must be digitised"));
        }
        if (files != null && records != null && records.compareTo(files) != 0) {
            problems.add(problem(records + " trên " + files + " hồ sơ có siêu dữ liệu: mọi hồ sơ phải có bản ghi siêu dữ liệu đầy đủ",
                    records + " of " + files + " files have metadata: every file needs a complete metadata record"));
        }

        choice(batch.fileFormat(), FileFormat::of, "định dạng tệp", "file format", problems).ifPresent(format -> {
            if (!format.accepted()) {
                problems.add(problem("định dạng " + format.label().vi() + " không đạt: tài liệu giấy số hóa lưu ở định dạng PDF (ưu tiên PDF/A)"
                                + " theo Thông tư 02/2019/TT-BNV",
                        "the format " + format.label().en() + " does not conform: digitised paper records are PDF (PDF/A preferred),"
                                + " Circular 02/2019/TT-BNV"));
            }
        });
        resolution(batch.resolutionDpi(), problems);
        choice(batch.colourMode(), ColourMode::of, "chế độ màu", "colour mode", problems).ifPresent(mode -> {
            if (!mode.accepted()) {
                problems.add(problem("ảnh " + mode.label().vi() + " không đạt: tài liệu số hóa là ảnh màu theo Thông tư 02/2019/TT-BNV",
                        mode.label().en() + " images do not conform: digitised records are in colour, Circular 02/2019/TT-BNV"));
            }
        });
        choice(batch.checksumAlgorithm(), ChecksumAlgorithm::of, "thuật toán mã băm", "checksum algorithm", problems).ifPresent(algorithm -> {
            if (!algorithm.accepted()) {
                problems.add(problem("mã băm " + algorithm.name() + " không bảo đảm toàn vẹn: dùng SHA-256 hoặc SHA-512 cho từng tệp",
                        algorithm.name() + " cannot show integrity: record SHA-256 or SHA-512 for every file"));
            }
        });

        if (isBlank(batch.manifestReference())) {
            problems.add(problem("thiếu nơi lưu bảng kê (danh mục tệp, mã băm, siêu dữ liệu)",
                    "where the manifest (files, checksums, metadata) is stored is missing"));
        } else if (batch.manifestReference().strip().length() > MAX_REFERENCE_LENGTH) {
            problems.add(problem("nơi lưu bảng kê dài quá " + MAX_REFERENCE_LENGTH + " ký tự",
                    "the manifest's location is longer than " + MAX_REFERENCE_LENGTH + " characters"));
        }
        return problems;
    }

    private static void resolution(Number dpi, List<LocalizedText> problems) {
        BigDecimal value = count(dpi, "độ phân giải (dpi)", "resolution (dpi)", problems);
        if (value == null) {
            return;
        }
        if (value.compareTo(BigDecimal.valueOf(DigitisationStandard.MINIMUM_RESOLUTION_DPI)) < 0) {
            problems.add(problem("độ phân giải " + value + " dpi thấp hơn mức tối thiểu " + DigitisationStandard.MINIMUM_RESOLUTION_DPI
                            + " dpi theo Thông tư 02/2019/TT-BNV",
                    "a resolution of " + value + " dpi is below the minimum of " + DigitisationStandard.MINIMUM_RESOLUTION_DPI
                            + " dpi, Circular 02/2019/TT-BNV"));
        } else if (value.compareTo(BigDecimal.valueOf(DigitisationStandard.MAXIMUM_RESOLUTION_DPI)) > 0) {
            problems.add(problem("độ phân giải " + value + " dpi không thực tế: kiểm tra lại",
                    "a resolution of " + value + " dpi is not realistic: check it"));
        }
    }

    private static <T> Optional<T> choice(String name, Function<String, Optional<T>> parse, String vi, String en,
                                          List<LocalizedText> problems) {
        if (isBlank(name)) {
            problems.add(problem("thiếu " + vi, "the " + en + " is missing"));
            return Optional.empty();
        }
        Optional<T> value = parse.apply(name);
        if (value.isEmpty()) {
            problems.add(problem(vi + " " + Problems.echo(name) + " không được hỗ trợ", "the " + en + " " + Problems.echo(name) + " is not one we know"));
        }
        return value;
    }

    /** A whole number not below zero, or null with a problem. */
    private static BigDecimal count(Number number, String vi, String en, List<LocalizedText> problems) {
        if (number == null) {
            problems.add(problem("thiếu " + vi, "the " + en + " is missing"));
            return null;
        }
        BigDecimal value = Numbers.wholeNotNegative(number);
        if (value == null) {
            problems.add(problem(vi + " " + Problems.echo(number) + " phải là số nguyên không âm",
                    "the " + en + " " + Problems.echo(number) + " must be a whole number, not negative"));
        }
        return value;
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(BATCH, vi, en);
    }
}
