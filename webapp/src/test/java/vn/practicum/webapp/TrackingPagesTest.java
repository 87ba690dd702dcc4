package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.party.Party;
import vn.practicum.engine.party.PartyKind;
import vn.practicum.engine.party.PartyRegister;
import vn.practicum.engine.student.StudentRecord;
import vn.practicum.engine.student.StudentRegister;

/**
 * The tracking pages over HTTP, signed in through the login form: who gets which page and file (status codes), the
 * exports, escaping. Schools tpa (Hà Nội) and tpb (Quảng Ninh), hosts tph and tpk; students tpa-001 and tpb-001 at
 * tph, tpa-002 at tpk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingPagesTest extends WebappTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    StudentRegister students;

    @Autowired
    PartyRegister parties;

    @Autowired
    TaskService taskService;

    @BeforeAll
    void cohort() {
        user("tp-coord-a", "school:tpa:coordinators");
        user("tp-coord-b", "school:tpb:coordinators");
        user("tp-hr-h", "business:tph:hr");
        parties.register(new Party("tpa", PartyKind.SCHOOL, "Trường Thử A", "Test School A", "Hà Nội"));
        parties.register(new Party("tpb", PartyKind.SCHOOL, "Trường Thử B", "Test School B", "Quảng Ninh"));
        parties.register(new Party("tph", PartyKind.HOST, "Công ty Thử H", "Test Host H", "Hải Phòng"));
        students.register(List.of(
                student("tpa", "001", "Nguyễn Văn An"),
                student("tpa", "002", "<script>alert('x')</script> Lê Thị Bích"),
                student("tpb", "001", "Trần Thị Bình")));
        deployTestProcess();
        startMentoring("tpa-001", "tpa", "information-technology", "tph", "tp-mentor-h");
        startMentoring("tpa-002", "tpa", "tourism", "tpk", "tp-mentor-k");
        startMentoring("tpb-001", "tpb", "tourism", "tph", "tp-mentor-h");
    }

    private static StudentRecord student(String school, String code, String name) {
        return new StudentRecord(school + "-" + code, school, code, name, code + "@" + school + ".edu.vn", false,
                Instant.now());
    }

    /** A browser-like client signed in through the login form (session cookie, CSRF token). */
    private Http signedIn(String user) {
        Http http = anonymous();
        Http.Response form = http.get("/pages/login");
        assertThat(form.status()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("CSRF token in the login form").isTrue();
        Http.Response login = http.postForm("/pages/login",
                Map.of("username", user, "password", ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD, "_csrf", csrf.group(1)));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        return http;
    }

    @Test
    void theStudentsTimelineShowsWhoDidWhatThroughTheEngine() {
        // given: the administrator hands the student's open task to a mentor (Camunda logs it as a user operation)
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("tpa-001")
                .singleResult();
        identityService.setAuthentication(ADMIN, List.of(Groups.CAMUNDA_ADMIN));
        try {
            taskService.setAssignee(task.getId(), "tp-mentor-audit");
        } finally {
            identityService.clearAuthentication();
        }

        // when
        Http.Response page = signedIn("tp-coord-a").get("/pages/students/tpa-001");

        // then: the audit trail names the user and the operation, in Vietnamese
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nhật ký thao tác", "Giao công việc", ">" + ADMIN + "<");
    }

    @Test
    void pagesAskForALoginFirst() {
        Http.Response page = anonymous().get("/pages/schools/tpa");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/pages/login");
    }

    @Test
    void aCoordinatorSeesTheirSchoolAndIsRefusedAnotherSchoolsStudentPageAndData() {
        Http coordinator = signedIn("tp-coord-a");

        Http.Response home = coordinator.get("/pages");
        assertThat(home.header("Location")).endsWith("/pages/schools/tpa");
        Http.Response school = coordinator.get("/pages/schools/tpa");
        assertThat(school.status()).isEqualTo(200);
        assertThat(school.body()).contains("Trường Thử A", "Nguyễn Văn An", "tpa-002").doesNotContain("tpb-001");

        assertThat(coordinator.get("/pages/students/tpb-001").status()).isEqualTo(403);
        assertThat(coordinator.get("/pages/schools/tpb").status()).isEqualTo(403);
        assertThat(coordinator.get("/pages/schools/tpb/students.csv").status()).isEqualTo(403);
        assertThat(coordinator.get("/pages/programme").status()).isEqualTo(403);
        assertThat(coordinator.get("/pages/hosts/tph").status()).isEqualTo(403);
        assertThat(as("tp-coord-a").get("/api/students/tpb-001/stage").status()).isEqualTo(403);
        assertThat(coordinator.get("/pages/students/tpa-001").status()).isEqualTo(200);
    }

    @Test
    void aNameHoldingMarkupIsShownAsText() {
        Http.Response school = signedIn("tp-coord-a").get("/pages/schools/tpa");

        assertThat(school.body()).doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Lê Thị Bích");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        Http coordinator = signedIn("tp-coord-a");

        Http.Response found = coordinator.get("/pages/schools/tpa?q=NGUYEN");

        assertThat(found.body()).contains("Nguyễn Văn An").doesNotContain("Lê Thị Bích");
        assertThat(coordinator.get("/pages/schools/tpa?stage=NOPE").status()).isEqualTo(400);
    }

    @Test
    void aHostSeesOnlyItsPlacementsAndItsMentorsTasks() {
        Http host = signedIn("tp-hr-h");

        Http.Response page = host.get("/pages/hosts/tph");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Công ty Thử H", "Nguyễn Văn An", "Trần Thị Bình", "tp-mentor-h",
                "/camunda/app/tasklist/default/#/?task=").doesNotContain("Lê Thị Bích");
        assertThat(host.get("/pages/hosts/tpk").status()).isEqualTo(403);
        assertThat(host.get("/pages/schools/tpa").status()).isEqualTo(403);
        assertThat(host.get("/pages/students/tpa-001").status()).isEqualTo(200);
        assertThat(host.get("/pages/students/tpa-002").status()).isEqualTo(403);
    }

    @Test
    void theProgrammeOfficeExportsEverySummaryTableAsCsvAndXlsx() throws Exception {
        Http office = signedIn(ADMIN);

        Http.Response page = office.get("/pages/programme");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Theo tỉnh/thành phố", "Hà Nội", "Quảng Ninh");

        Http.Response csv = office.get("/pages/programme/province.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("summary-province.csv");
        assertThat(csv.body()).contains("Tỉnh/thành phố,Đã tuyển").contains("Hà Nội,2,2,2");

        for (String dimension : List.of("field", "school", "host", "province")) {
            byte[] xlsx = office.getBytes("/pages/programme/" + dimension + ".xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đã tuyển");
                assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
            }
        }
        assertThat(office.get("/pages/programme/planet.csv").status()).isEqualTo(400);
        assertThat(office.get("/pages/students/nobody-001").status()).isEqualTo(404);
    }

    @Test
    void theEnglishSwitchIsKeptByACookie() {
        Http coordinator = signedIn("tp-coord-a");

        Http.Response english = coordinator.get("/pages/schools/tpa?lang=en");
        Http.Response next = coordinator.get("/pages/schools/tpa");

        assertThat(english.body()).contains("Students by stage", "Test School A");
        assertThat(next.body()).contains("Students by stage");
        assertThat(coordinator.get("/pages/schools/tpa?lang=vi").body()).contains("Số sinh viên theo giai đoạn");
    }

    @Test
    void theTasklistServesVietnamese() {
        Http.Response vi = anonymous().get("/camunda/app/tasklist/locales/vi.json");
        Http.Response config = anonymous().get("/camunda/app/tasklist/scripts/config.js");

        assertThat(vi.status()).isEqualTo(200);
        assertThat(vi.json().path("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Đăng nhập");
        assertThat(config.body()).contains("availableLocales: ['vi', 'en']");
    }
}
