package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.csv;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.nfd;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.row;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.semicolons;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.utf8;
import static vn.practicum.webapp.enrolment.EnrolmentFiles.withBom;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.ProcessKeys;
import vn.practicum.engine.student.StudentRegister;
import vn.practicum.webapp.enrolment.EnrolmentFiles;

/** Bulk enrolment through the API, on the real lifecycle (the processes module's {@code practicum}). */
class EnrolmentApiTest extends WebappTestSupport {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    PracticumLifecycle lifecycle;

    @Autowired
    StudentRegister register;

    @Autowired
    TaskService taskService;

    static String enrolments(String school) {
        return "/api/schools/" + school + "/enrolments";
    }

    long instances(String studentId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PRACTICUM)
                .processInstanceBusinessKey(studentId).count();
    }

    @Test
    void a_coordinator_enrols_a_file_once_and_importing_it_again_starts_nobody_twice() {
        user("enr-coord", "school:enr:coordinators");
        // Excel's way: BOM, semicolons, a name typed with combining marks
        byte[] file = withBom(semicolons(csv(row("SV001", nfd("Nguyễn Thị Ánh")), row("SV002", "Trần Văn Bình"),
                row("SV003", "Lê Hoàng Cường"))));

        Http.Response first = as("enr-coord").postFile(enrolments("enr"), "file", "lop-k66.csv", CSV, file);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("started").asInt()).isEqualTo(3);
        assertThat(first.json().path("results").get(0).path("studentId").asText()).isEqualTo("enr-SV001");
        assertThat(lifecycle.isRunning("enr-SV001")).isTrue();
        // the import only creates the instances; the job executor moves each on to the coordinator's approval
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(taskService.createTaskQuery()
                .processInstanceBusinessKeyIn("enr-SV001", "enr-SV002", "enr-SV003")
                .taskDefinitionKey("Task_ApproveEnrolment").count()).isEqualTo(3));
        JsonNode tracked = as("enr-coord").get("/api/schools/enr/students").json();
        assertThat(tracked.path("total").asInt()).isEqualTo(3);
        assertThat(register.find("enr-SV001").orElseThrow().fullName()).as("NFC in the register").isEqualTo("Nguyễn Thị Ánh");
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("enr-SV001")
                .processDefinitionKey(ProcessKeys.PRACTICUM).singleResult().getId();
        assertThat(runtimeService.getVariables(instance).values()).as("no personal data in process variables")
                .noneMatch(value -> String.valueOf(value).contains("Ánh") || String.valueOf(value).contains("@truong.edu.vn"));

        Http.Response again = as("enr-coord").postFile(enrolments("enr"), "file", "lop-k66.csv", CSV, file);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("started").asInt()).isZero();
        assertThat(again.json().path("skipped").asInt()).isEqualTo(3);
        assertThat(again.json().path("results").get(0).path("reason").asText()).contains("already has a practicum");
        assertThat(instances("enr-SV001")).isEqualTo(1);
        assertThat(instances("enr-SV003")).isEqualTo(1);
    }

    @Test
    void a_file_with_any_wrong_row_is_refused_as_a_whole_with_a_report_row_by_row() {
        user("enb-coord", "school:enb:coordinators");
        byte[] file = utf8(csv(row("SV001", "Phạm Minh Đức"), row("SV002", "Võ Thị Hoa").replace("@truong", "@@truong"),
                row("SV003", "Đặng Văn Giang").replace("information-technology", "astrology")));

        Http.Response refused = as("enb-coord").postFile(enrolments("enb"), "file", "k66.csv", CSV, file);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonNode body = refused.json();
        assertThat(body.path("problems").get(0).asText()).startsWith("Tệp có 2 lỗi ở 2 dòng").contains("no student was imported");
        assertThat(body.path("report")).hasSize(2);
        assertThat(body.path("report").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(body.path("report").get(0).path("column").asText()).isEqualTo("email");
        assertThat(body.path("report").get(0).path("vi").asText()).isEqualTo("Địa chỉ e-mail không hợp lệ");
        assertThat(body.path("report").get(1).path("row").asInt()).isEqualTo(4);
        assertThat(body.path("report").get(1).path("column").asText()).isEqualTo("fieldKey");
        assertThat(lifecycle.isRunning("enb-SV001")).as("the valid row is not imported either").isFalse();
        assertThat(register.find("enb-SV001")).isEmpty();
    }

    @Test
    void only_the_school_s_coordinators_and_programme_admins_may_enrol() {
        user("enc-coord-other", "school:eny:coordinators");
        user("enc-supervisor", "school:enc:supervisors");
        user("enc-hr", "business:enc:hr");
        byte[] file = utf8(csv(row("SV001", "Bùi Thị Lan")));

        assertThat(as("enc-coord-other").postFile(enrolments("enc"), "file", "a.csv", CSV, file).status()).isEqualTo(403);
        assertThat(as("enc-supervisor").postFile(enrolments("enc"), "file", "a.csv", CSV, file).status()).isEqualTo(403);
        assertThat(as("enc-hr").postFile(enrolments("enc"), "file", "a.csv", CSV, file).status()).isEqualTo(403);
        assertThat(anonymous().postFile(enrolments("enc"), "file", "a.csv", CSV, file).status()).isEqualTo(401);
        assertThat(admin().postFile(enrolments("enc"), "file", "a.csv", CSV, file, Map.of("Sec-Fetch-Site", "cross-site"))
                .status()).as("a form on another site, with the browser's remembered credentials").isEqualTo(403);
        assertThat(admin().postFile(enrolments("enc"), "file", "a.csv", CSV, file, Map.of("Origin", "https://evil.example"))
                .status()).as("an older browser, which sends only Origin").isEqualTo(403);
        assertThat(lifecycle.isRunning("enc-SV001")).isFalse();

        int year = LocalDate.now().getYear() + 1;
        List<Object> values = new ArrayList<>(List.of("SV001", "Bùi Thị Lan", "lan@enc.edu.vn", "tourism", 130, true,
                LocalDate.of(year, 2, 1), LocalDate.of(year, 5, 31), "gv-enc"));
        byte[] xlsx = EnrolmentFiles.xlsx(EnrolmentFiles.headerColumns().subList(0, 9), List.of(values));
        Http.Response byAdmin = admin().postFile(enrolments("enc"), "file", "enc.xlsx", XLSX, xlsx,
                Map.of("Sec-Fetch-Site", "same-origin", "Origin", "http://localhost:" + port));

        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
        assertThat(lifecycle.isRunning("enc-SV001")).isTrue();
    }

    @Test
    void refuses_what_is_not_a_spreadsheet_too_large_or_not_an_upload() {
        user("end-coord", "school:end:coordinators");
        Http coordinator = as("end-coord");

        Http.Response png = coordinator.postFile(enrolments("end"), "file", "photo.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Http.Response xls = coordinator.postFile(enrolments("end"), "file", "old.xls", "application/vnd.ms-excel",
                new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1});
        Http.Response json = coordinator.postJson(enrolments("end"), "{\"students\":[]}");
        Http.Response empty = coordinator.postFile(enrolments("end"), "file", "empty.csv", CSV, new byte[0]);
        Http.Response noFile = coordinator.postMultipart(enrolments("end"), Map.of("note", "x"), Map.of());
        byte[] huge = new byte[(int) (10 * 1024 * 1024) + 64 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Http.Response tooLarge = coordinator.postFile(enrolments("end"), "file", "big.csv", CSV, huge);
        Http.Response badSchool = coordinator.postFile(enrolments("END!"), "file", "a.csv", CSV, utf8("x"));

        assertThat(png.status()).as(png.toString()).isEqualTo(415);
        assertThat(xls.status()).as(xls.toString()).isEqualTo(415);
        assertThat(xls.json().path("problems").get(0).asText()).contains(".xlsx");
        assertThat(json.status()).as(json.toString()).isEqualTo(415);
        assertThat(json.json().path("problems").get(0).asText()).contains("multipart/form-data");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.json().path("problems").get(0).asText()).contains("10 MB");
        assertThat(badSchool.status()).isEqualTo(400);
    }

    @Test
    void the_report_downloads_as_csv_that_a_spreadsheet_opens_without_running_formulas() {
        user("ene-coord", "school:ene:coordinators");
        byte[] file = utf8(csv(row("SV001", "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Bấm vào đây\"\")\"").replace("gv-sup", "@gv"),
                row("SV002", "Ngô Thị Mai").replace(",120,", ",-5,")));

        Http.Response report = as("ene-coord").postFile(enrolments("ene") + "/report", "file", "k.csv", CSV, file);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("text/csv");
        assertThat(report.header("Content-Disposition")).contains("attachment").contains("enrolment-report-ene.csv");
        String text = report.body().replace("\ufeff", "");
        assertThat(text).startsWith("row,column,value,problem (vi),problem (en)\r\n");
        assertThat(text).contains("'=HYPERLINK").contains(",'@gv,").contains(",'-5,").doesNotContain(",=").doesNotContain(",@");
        assertThat(lifecycle.isRunning("ene-SV002")).as("the report imports nothing").isFalse();
        assertThat(report.raw().body().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }

    @Test
    void the_enrolment_page_is_served_in_vietnamese_first() {
        Http.Response page = anonymous().get("/enrolment.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\">").contains("Nhập danh sách sinh viên")
                .contains("id=\"enrolment-form\"").contains("enrolment.js").doesNotContain("http://").doesNotContain("https://");
        assertThat(anonymous().get("/enrolment.js").status()).isEqualTo(200);
    }
}
