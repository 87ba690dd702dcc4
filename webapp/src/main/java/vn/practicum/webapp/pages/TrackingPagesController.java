package vn.practicum.webapp.pages;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.party.Party;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.tracking.Funnel;
import vn.practicum.engine.tracking.StudentSearch;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.engine.tracking.SummaryDimension;
import vn.practicum.engine.tracking.TrackedPage;
import vn.practicum.engine.tracking.TrackedStudent;
import vn.practicum.engine.tracking.TrackingPageQueries;
import vn.practicum.webapp.audit.StudentAudit;
import vn.practicum.webapp.security.Caller;

/**
 * The tracking pages: a school's funnel and students, a student's timeline, a host's placements and its mentors'
 * open tasks, the programme office's summary; each table also as CSV and XLSX. Access follows the API's rule
 * ({@link Caller}): a school's users see its students, a host's users its placements, programme administrators
 * everything; anything else is 403.
 */
@Controller
class TrackingPagesController {

    static final int PAGE_SIZE = 20;
    static final int EXPORT_PAGE = TrackingPageQueries.MAX_PAGE_SIZE;
    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final TrackingPageQueries queries;
    private final StudentStageQueries stages;
    private final FieldRegistry fields;
    private final PageText text;
    private final PageTables tables;
    private final Clock clock;
    private final StudentAudit audit;

    TrackingPagesController(TrackingPageQueries queries, StudentStageQueries stages, FieldRegistry fields, PageText text,
                            StudentAudit audit) {
        this.audit = audit;
        this.queries = queries;
        this.stages = stages;
        this.fields = fields;
        this.text = text;
        this.tables = new PageTables(text);
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/pages/login")
    String login() {
        return "pages/login";
    }

    /** Where a user starts: the programme office's summary, their school's page or their host's page. */
    @GetMapping({"/pages", "/pages/"})
    String home(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (caller.isProgrammeAdmin()) {
            return "redirect:/pages/programme";
        }
        String school = caller.schools().stream().sorted().findFirst().orElse(null);
        if (school != null) {
            return "redirect:/pages/schools/" + school;
        }
        String host = caller.hosts().stream().sorted().findFirst().orElse(null);
        if (host != null) {
            return "redirect:/pages/hosts/" + host;
        }
        throw new PageForbiddenException("no school, host or programme office");
    }

    @GetMapping("/pages/schools/{schoolCode}")
    String school(@PathVariable String schoolCode, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String stage, @RequestParam(required = false) String field,
                  @RequestParam(required = false) String host, @RequestParam(required = false) boolean overdue,
                  @RequestParam(defaultValue = "0") int page, Authentication authentication, Locale locale, Model model) {
        checkSchool(schoolCode, authentication);
        Instant now = clock.instant();
        StudentSearch search = new StudentSearch(schoolCode, blank(host), stage(stage), blank(field), q, overdue,
                Math.max(0, page), PAGE_SIZE);
        Funnel funnel = queries.funnel(schoolCode);
        TrackedPage found = queries.students(search, now);
        Map<String, Party> schools = text.schools();
        Map<String, Party> hosts = text.hosts();
        model.addAttribute("schoolCode", schoolCode);
        model.addAttribute("schoolName", text.party(schools, schoolCode, locale));
        model.addAttribute("funnel", tables.funnelBars(funnel, locale));
        model.addAttribute("fieldTable", tables.fieldFunnel(funnel, locale));
        model.addAttribute("rows", tables.studentRows(found.items(), hosts, now, locale));
        model.addAttribute("total", found.total());
        model.addAttribute("page", found.page());
        model.addAttribute("pages", found.pages());
        model.addAttribute("filters", new Filters(q == null ? "" : q, stage == null ? "" : stage,
                field == null ? "" : field, host == null ? "" : host, overdue));
        model.addAttribute("stages", Arrays.stream(Stage.values())
                .map(value -> new Option(value.name(), text.stage(value, locale))).toList());
        model.addAttribute("fields", fields.fields().stream().map(FieldPlugin::key)
                .map(key -> new Option(key, text.field(key, locale))).toList());
        model.addAttribute("hosts", hosts.values().stream()
                .map(party -> new Option(party.code(), party.name(locale))).toList());
        String base = "/pages/schools/" + schoolCode;
        model.addAttribute("previousUrl", found.page() > 0 ? pageUrl(base, search, found.page() - 1) : null);
        model.addAttribute("nextUrl", found.page() + 1 < found.pages() ? pageUrl(base, search, found.page() + 1) : null);
        model.addAttribute("csvUrl", pageUrl(base + "/students.csv", search, -1));
        model.addAttribute("xlsxUrl", pageUrl(base + "/students.xlsx", search, -1));
        return "pages/school";
    }

    @GetMapping("/pages/schools/{schoolCode}/students.{format}")
    ResponseEntity<byte[]> schoolExport(@PathVariable String schoolCode, @PathVariable String format,
                                        @RequestParam(required = false) String q,
                                        @RequestParam(required = false) String stage,
                                        @RequestParam(required = false) String field,
                                        @RequestParam(required = false) String host,
                                        @RequestParam(required = false) boolean overdue,
                                        Authentication authentication, Locale locale) {
        checkSchool(schoolCode, authentication);
        Instant now = clock.instant();
        List<TrackedStudent> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            TrackedPage found = queries.students(new StudentSearch(schoolCode, blank(host), stage(stage), blank(field),
                    q, overdue, page, EXPORT_PAGE), now);
            all.addAll(found.items());
            if (page + 1 >= found.pages()) {
                break;
            }
        }
        return export(tables.studentTable("students-" + schoolCode, all, text.hosts(), now, locale), format);
    }

    @GetMapping("/pages/students/{studentId}")
    String student(@PathVariable String studentId, Authentication authentication, Locale locale, Model model) {
        Caller caller = Caller.of(authentication);
        var stage = stages.find(studentId).orElse(null);
        if (stage == null && caller.isProgrammeAdmin()) {
            throw new PageNotFoundException(studentId);
        }
        if (stage == null || !caller.mayRead(stage)) {
            throw new PageForbiddenException(studentId);
        }
        Instant now = clock.instant();
        TrackedStudent student = queries.student(studentId);
        model.addAttribute("student", tables.studentRows(List.of(student), text.hosts(), now, locale).get(0));
        model.addAttribute("schoolName", text.party(text.schools(), student.schoolCode(), locale));
        model.addAttribute("timeline", tables.timeline(queries.timeline(studentId), locale));
        model.addAttribute("audit", tables.auditRows(audit.entries(studentId, List.of()), locale));
        model.addAttribute("taskUrl", student.taskId() == null ? null : TASKLIST + student.taskId());
        model.addAttribute("backUrl", caller.mayReadSchool(student.schoolCode())
                ? "/pages/schools/" + student.schoolCode()
                : student.hostCode() != null ? "/pages/hosts/" + student.hostCode() : "/pages");
        return "pages/student";
    }

    @GetMapping("/pages/hosts/{hostCode}")
    String host(@PathVariable String hostCode, @RequestParam(defaultValue = "0") int page,
                Authentication authentication, Locale locale, Model model) {
        checkHost(hostCode, authentication);
        Instant now = clock.instant();
        Map<String, Party> hosts = text.hosts();
        TrackedPage found = queries.students(new StudentSearch(null, hostCode, null, null, null, false,
                Math.max(0, page), PAGE_SIZE), now);
        model.addAttribute("hostCode", hostCode);
        model.addAttribute("hostName", text.party(hosts, hostCode, locale));
        model.addAttribute("rows", tables.studentRows(found.items(), hosts, now, locale));
        model.addAttribute("total", found.total());
        model.addAttribute("page", found.page());
        model.addAttribute("pages", found.pages());
        String base = "/pages/hosts/" + hostCode;
        model.addAttribute("previousUrl", found.page() > 0 ? base + "?page=" + (found.page() - 1) : null);
        model.addAttribute("nextUrl", found.page() + 1 < found.pages() ? base + "?page=" + (found.page() + 1) : null);
        model.addAttribute("tasks", tables.taskRows(queries.mentorTasks(hostCode, 200), now, locale));
        return "pages/host";
    }

    @GetMapping("/pages/programme")
    String programme(Authentication authentication, Locale locale, Model model) {
        checkProgramme(authentication);
        model.addAttribute("funnel", tables.funnelBars(queries.funnel(null), locale));
        model.addAttribute("tables", tables.summary(queries.summary(), locale));
        return "pages/programme";
    }

    @GetMapping("/pages/programme/{dimension}.{format}")
    ResponseEntity<byte[]> programmeExport(@PathVariable String dimension, @PathVariable String format,
                                           Authentication authentication, Locale locale) {
        checkProgramme(authentication);
        SummaryDimension wanted = Arrays.stream(SummaryDimension.values())
                .filter(value -> value.name().equalsIgnoreCase(dimension)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no summary per " + dimension));
        Table table = tables.summary(queries.summary(), locale).stream()
                .filter(candidate -> candidate.name().equals(PageTables.summaryName(wanted))).findFirst().orElseThrow();
        return export(table, format);
    }

    private static ResponseEntity<byte[]> export(Table table, String format) {
        return switch (format) {
            case "csv" -> file(TableExport.csv(table), table.name() + ".csv",
                    new MediaType("text", "csv", StandardCharsets.UTF_8));
            case "xlsx" -> file(TableExport.xlsx(table), table.name() + ".xlsx", MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            default -> throw new IllegalArgumentException("csv or xlsx, not " + format);
        };
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private static void checkSchool(String schoolCode, Authentication authentication) {
        if (!Caller.of(authentication).mayReadSchool(schoolCode)) {
            throw new PageForbiddenException("school " + schoolCode);
        }
    }

    private static void checkHost(String hostCode, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.isProgrammeAdmin() && !caller.hosts().contains(hostCode)) {
            throw new PageForbiddenException("host " + hostCode);
        }
    }

    private static void checkProgramme(Authentication authentication) {
        if (!Caller.of(authentication).isProgrammeAdmin()) {
            throw new PageForbiddenException("programme");
        }
    }

    private static Stage stage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Stage.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The list's URL with its filters, at another page (page -1: no page, for the exports). */
    private static String pageUrl(String base, StudentSearch search, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(base);
        if (search.text() != null && !search.text().isBlank()) {
            url.queryParam("q", search.text());
        }
        if (search.stage() != null) {
            url.queryParam("stage", search.stage().name());
        }
        if (search.fieldKey() != null) {
            url.queryParam("field", search.fieldKey());
        }
        if (search.hostCode() != null) {
            url.queryParam("host", search.hostCode());
        }
        if (search.overdueOnly()) {
            url.queryParam("overdue", true);
        }
        if (page >= 0) {
            url.queryParam("page", page);
        }
        return url.encode().build().toUriString();
    }

    /** The list's filters as the form shows them. */
    record Filters(String q, String stage, String field, String host, boolean overdue) {
    }

    /** A choice in a filter. */
    record Option(String value, String label) {
    }
}
