package vn.practicum.webapp.enrolment;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import vn.practicum.engine.lifecycle.PracticumLifecycle.LifecycleConflictException;
import vn.practicum.webapp.enrolment.EnrolmentValidator.Validation;
import vn.practicum.webapp.security.Caller;
import vn.practicum.webapp.web.ApiError;
import vn.practicum.webapp.web.ApiException;

/**
 * Bulk enrolment of a school's students from a CSV or XLSX file ({@link EnrolmentColumn} names the columns), for
 * the school's coordinators and programme administrators.
 * <ul>
 *   <li>{@code POST /api/schools/{schoolCode}/enrolments}, multipart part {@code file}: 200 with each student's
 *       result; 400 with a row-by-row report when any row is wrong (nothing imported); 403 for anybody else;
 *       413 above {@link #MAX_BYTES}; 415 for what is not a CSV or XLSX file or not a multipart upload.</li>
 *   <li>{@code POST /api/schools/{schoolCode}/enrolments/report}, same upload: the report as a CSV download that a
 *       spreadsheet opens safely ({@link SpreadsheetSafeCsv}); checks only, never imports.</li>
 * </ul>
 */
@RestController
class EnrolmentController {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String FILE_PART = "file";
    static final Pattern SCHOOL_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    static final List<String> REPORT_HEADER = List.of("row", "column", "value", "problem (vi)", "problem (en)");

    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentController.class);

    private final BulkEnrolment enrolment;

    EnrolmentController(BulkEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    @PostMapping(path = "/api/schools/{schoolCode}/enrolments", produces = MediaType.APPLICATION_JSON_VALUE)
    EnrolmentResult enrol(@PathVariable String schoolCode, HttpServletRequest request, Authentication authentication) {
        Upload upload = upload(schoolCode, request, authentication);
        EnrolmentResult result = enrolment.enrol(schoolCode, upload.content(), upload.kind());
        LOG.info("{} enrolled {} students of school {} ({} skipped)", authentication.getName(), result.started(),
                schoolCode, result.skipped());
        return result;
    }

    @PostMapping(path = "/api/schools/{schoolCode}/enrolments/report", produces = "text/csv")
    ResponseEntity<byte[]> report(@PathVariable String schoolCode, HttpServletRequest request, Authentication authentication) {
        Upload upload = upload(schoolCode, request, authentication);
        Validation validation = enrolment.check(schoolCode, upload.content(), upload.kind());
        List<List<String>> rows = validation.problems().stream().map(p -> List.of(
                p.row() == 0 ? "" : String.valueOf(p.row()), nullToEmpty(p.column()), nullToEmpty(p.value()),
                p.problem().vi(), p.problem().en())).toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("enrolment-report-" + schoolCode + ".csv").build().toString())
                .body(SpreadsheetSafeCsv.write(REPORT_HEADER, rows));
    }

    /** The checked upload: the caller may enrol in the school, and the file is a CSV or XLSX of at most MAX_BYTES. */
    private static Upload upload(String schoolCode, HttpServletRequest request, Authentication authentication) {
        if (!SCHOOL_CODE.matcher(schoolCode).matches()) {
            throw ApiException.badRequest(List.of("schoolCode: chữ thường, số hoặc '-', tối đa 32 ký tự"
                    + " / schoolCode: lower-case letters, digits or '-', at most 32 characters"));
        }
        if (isCrossSite(request)) {
            throw ApiException.forbidden("Không nhận tệp gửi từ trang web khác / Uploads sent from another site are refused");
        }
        if (!Caller.of(authentication).mayEnrolIn(schoolCode)) {
            throw ApiException.forbidden("Chỉ điều phối viên của trường " + schoolCode + " được nhập sinh viên"
                    + " / Only the coordinators of school " + schoolCode + " may enrol its students");
        }
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of("Gửi tệp dạng multipart/form-data, phần '"
                    + FILE_PART + "' / Send the file as multipart/form-data, part '" + FILE_PART + "'"));
        }
        MultipartFile file = multipart.getFile(FILE_PART);
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest(List.of(FILE_PART + ": chọn một tệp CSV hoặc XLSX không rỗng"
                    + " / " + FILE_PART + ": choose a CSV or XLSX file that is not empty"));
        }
        if (file.getSize() > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileKind kind = FileKind.detect(content, file.getOriginalFilename(), file.getContentType());
        if (kind == FileKind.UNSUPPORTED) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of("Chỉ nhận tệp CSV (UTF-8) hoặc XLSX; "
                    + "tệp .xls cũ hãy lưu lại dạng .xlsx / Only CSV (UTF-8) or XLSX files are accepted; save an old .xls as .xlsx"));
        }
        return new Upload(content, kind);
    }

    private record Upload(byte[] content, FileKind kind) {
    }

    /**
     * A browser sending this upload from another site's page (cross-site request forgery): a form can post
     * multipart/form-data anywhere, and the browser adds the HTTP Basic credentials it remembers. Browsers say
     * where a request comes from ({@code Sec-Fetch-Site}, or else {@code Origin}); scripts and tools send neither.
     */
    static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equalsIgnoreCase("cross-site");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            java.net.URI from = java.net.URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host == null || from.getHost() == null || !host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return true; // "null" or garbage: not this site
        }
    }

    @ExceptionHandler(EnrolmentRefusedException.class)
    ResponseEntity<EnrolmentRefusal> refused(EnrolmentRefusedException e) {
        List<RowProblem> problems = e.problems();
        long rows = problems.stream().map(RowProblem::row).distinct().count();
        String summary = "Tệp có " + problems.size() + " lỗi ở " + rows + " dòng; chưa nhập sinh viên nào. Sửa các lỗi rồi tải lên lại"
                + " / The file has " + problems.size() + " problems in " + rows + " rows; no student was imported. "
                + "Correct them and upload the file again";
        List<ReportEntry> report = problems.stream().map(p -> new ReportEntry(p.row(), p.column(), p.value(),
                p.problem().vi(), p.problem().en(), p.describe())).toList();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new EnrolmentRefusal(400, ApiError.of(HttpStatus.BAD_REQUEST, List.of()).error(), List.of(summary), report));
    }

    @ExceptionHandler(EnrolmentInterruptedException.class)
    ResponseEntity<ApiError> interrupted(EnrolmentInterruptedException e) {
        boolean concurrent = e.getCause() instanceof DuplicateKeyException || e.getCause() instanceof LifecycleConflictException;
        HttpStatus status = concurrent ? HttpStatus.CONFLICT : HttpStatus.INTERNAL_SERVER_ERROR;
        if (!concurrent) {
            LOG.error("Bulk enrolment stopped after {} students", e.started(), e);
        }
        String why = concurrent
                ? "một số sinh viên vừa được nhập cùng lúc ở nơi khác / some students were just enrolled elsewhere at the same time"
                : "lỗi hệ thống đã được ghi lại / a system error, logged";
        return error(status, "Đã bắt đầu " + e.started() + " sinh viên rồi dừng lại (" + why + "). Tải lại cùng tệp để tiếp tục:"
                + " sinh viên đã bắt đầu sẽ được bỏ qua / " + e.started() + " students were started, then the import stopped."
                + " Upload the same file again to continue: students already started are skipped");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> maxUploadSize(MaxUploadSizeExceededException e) {
        ApiException tooLarge = tooLarge();
        return error(tooLarge.status(), tooLarge.problems().get(0));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> unreadableUpload(MultipartException e) {
        return error(HttpStatus.BAD_REQUEST, "Không đọc được nội dung tải lên (multipart/form-data) / The upload "
                + "(multipart/form-data) could not be read");
    }

    private static ApiException tooLarge() {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, List.of("Tệp lớn quá " + MAX_BYTES / (1024 * 1024)
                + " MB; hãy chia thành nhiều tệp / The file is larger than " + MAX_BYTES / (1024 * 1024)
                + " MB; split it into several files"));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(status, List.of(problem)));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * 400: the file was refused. {@code status}, {@code error} and {@code problems} as every API error, and the report.
     */
    record EnrolmentRefusal(int status, String error, List<String> problems, List<ReportEntry> report) {
    }

    /**
     * One problem of the file.
     *
     * @param row      the spreadsheet's row number (header = 1), 0 for the file as a whole
     * @param column   the column, or null
     * @param value    the value read, or null
     * @param vi       what is wrong, in Vietnamese
     * @param en       what is wrong, in English
     * @param text     the whole line, "Dòng 3, cột email: ... / Row 3, column email: ..."
     */
    record ReportEntry(int row, String column, String value, String vi, String en, String text) {
    }
}
