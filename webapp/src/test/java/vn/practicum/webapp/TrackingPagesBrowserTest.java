package vn.practicum.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;
import vn.practicum.engine.party.Party;
import vn.practicum.engine.party.PartyKind;
import vn.practicum.engine.party.PartyRegister;
import vn.practicum.engine.student.StudentRecord;
import vn.practicum.engine.student.StudentRegister;

/**
 * The tracking pages in a real browser: Debian's headless Chromium driven by Selenium (installed by .ci/run; the test
 * fails, never skips, when it is missing). Schools tsa and tsb, host tsh; students tsa-001, tsa-002 (a name holding
 * markup), tsa-003 and tsb-001.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingPagesBrowserTest extends WebappTestSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String MARKUP_NAME = "<script>alert('x')</script> Lê Văn Cường";

    @Autowired
    StudentRegister students;

    @Autowired
    PartyRegister parties;

    Path profile;
    Path downloads;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void browserAndCohort() throws IOException {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium chromium-driver, as .ci/run does)").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver, as .ci/run does)").isExecutable();
        user("ts-coord-a", "school:tsa:coordinators");
        user("ts-hr-h", "business:tsh:hr");
        parties.register(new Party("tsa", PartyKind.SCHOOL, "Trường Thử Trình Duyệt", "Browser Test School", "Hà Nội"));
        parties.register(new Party("tsh", PartyKind.HOST, "Cảng Thử", "Test Port", "Hải Phòng"));
        students.register(List.of(student("tsa", "001", "Nguyễn Thị Ánh"), student("tsa", "002", MARKUP_NAME),
                student("tsa", "003", "Phạm Văn Dũng"), student("tsb", "001", "Trần Văn Bảo")));
        deployTestProcess();
        startMentoring("tsa-001", "tsa", "information-technology", "tsh", "ts-mentor-h");
        startMentoring("tsa-002", "tsa", "tourism", "tsh", "ts-mentor-h");
        startMentoring("tsa-003", "tsa", "tourism", "tsk", "ts-mentor-k");
        startMentoring("tsb-001", "tsb", "tourism", "tsh", "ts-mentor-h");

        profile = Files.createTempDirectory("practicum-chromium-profile");
        downloads = Files.createTempDirectory("practicum-chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--lang=vi", "--window-size=1400,1000");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "vi,vi-VN"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
        FileSystemUtils.deleteRecursively(downloads);
    }

    private static StudentRecord student(String school, String code, String name) {
        return new StudentRecord(school + "-" + code, school, code, name, code + "@" + school + ".edu.vn", false,
                Instant.now());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/pages/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/pages/login")));
    }

    private List<String> listedStudents() {
        return browser.findElements(By.cssSelector("#students tbody tr[data-student]")).stream()
                .map(row -> row.getAttribute("data-student")).toList();
    }

    @Test
    void aCoordinatorFollowsTheirStudentsFromFunnelToTimelineInBothLanguagesAndDownloadsTheList() throws Exception {
        // given a coordinator of school tsa, signed in
        logIn("ts-coord-a");

        // then their school's page: the funnel counts their three students in mentoring, the list only theirs
        assertThat(browser.getCurrentUrl()).endsWith("/pages/schools/tsa");
        assertThat(browser.findElement(By.id("school-name")).getText()).isEqualTo("Trường Thử Trình Duyệt");
        assertThat(browser.findElement(By.id("funnel-MENTORING")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("funnel-COMPLETED")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("#funnel .bar[data-stage=MENTORING]")).getSize().getWidth())
                .isGreaterThan(browser.findElement(By.cssSelector("#funnel .bar[data-stage=COMPLETED]")).getSize().getWidth());
        // in Vietnamese name order: Ánh, Cường, Dũng (given names)
        assertThat(listedStudents()).containsExactly("tsa-001", "tsa-002", "tsa-003");

        // the name holding markup is text, and no script ran
        assertThat(browser.findElement(By.cssSelector("tr[data-student=tsa-002] a.student-link")).getText())
                .isEqualTo(MARKUP_NAME);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        // when searching without diacritics
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("nguyen thi anh");
        browser.findElement(By.id("filter")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        assertThat(listedStudents()).containsExactly("tsa-001");

        // when opening the student's timeline
        browser.findElement(By.cssSelector("tr[data-student=tsa-001] a.student-link")).click();
        wait.until(ExpectedConditions.urlContains("/pages/students/tsa-001"));
        assertThat(browser.findElement(By.id("student-name")).getText()).isEqualTo("Nguyễn Thị Ánh");
        List<WebElement> steps = browser.findElements(By.cssSelector("#timeline tbody tr"));
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).getText()).contains("Thực tập và hướng dẫn", "Nhận xét công việc của sinh viên")
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(browser.findElement(By.id("open-task")).getAttribute("href"))
                .contains("/camunda/app/tasklist/default/#/?task=");

        // when switching to English
        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h2"), "Steps"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Practicum timeline");
        assertThat(browser.findElement(By.id("current-stage")).getText()).isEqualTo("Mentoring");

        // and downloading the school's list as CSV, in English now
        browser.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.urlToBe(url("/pages/schools/tsa")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Students by stage");
        browser.findElement(By.id("export-csv")).click();
        Path csv = downloaded("students-tsa.csv");
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFId,Name,Field,Stage,Step,Host,Mentor,Since,Days in step,Overdue");
        assertThat(content.lines()).hasSize(4);
        assertThat(content).contains("tsa-001,Nguyễn Thị Ánh,Information technology,Mentoring", "Test Port")
                .doesNotContain("tsb-001");
        browser.get(url("/pages?lang=vi"));
    }

    @Test
    void aCoordinatorOfOneSchoolIsRefusedAnotherSchoolsStudent() {
        logIn("ts-coord-a");

        browser.get(url("/pages/students/tsb-001"));

        assertThat(browser.findElement(By.id("error")).getText()).contains("403");
        assertThat(browser.getPageSource()).doesNotContain("Trần Văn Bảo");
        browser.get(url("/pages/schools/tsb"));
        assertThat(browser.findElement(By.id("error")).getText()).contains("403");
    }

    @Test
    void aHostSeesOnlyItsPlacements() {
        logIn("ts-hr-h");

        assertThat(browser.getCurrentUrl()).endsWith("/pages/hosts/tsh");
        assertThat(browser.findElement(By.id("host-name")).getText()).isEqualTo("Cảng Thử");
        assertThat(listedStudents()).containsExactlyInAnyOrder("tsa-001", "tsa-002", "tsb-001");
        assertThat(browser.findElements(By.cssSelector("#tasks tbody tr[data-student]"))).hasSize(3);
    }

    @Test
    void theTasklistSpeaksVietnameseToAVietnameseBrowser() {
        browser.manage().deleteAllCookies();
        browser.get(url("/camunda/app/tasklist/default/"));

        WebElement signIn = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElement(signIn, "Đăng nhập"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Ngày giờ hiển thị theo múi giờ địa phương");
    }

    private Path downloaded(String name) throws Exception {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Files.exists(file) && noPartialDownloads());
        return file;
    }

    private boolean noPartialDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(Path::toFile).map(File::getName).noneMatch(name -> name.endsWith(".crdownload"));
        } catch (IOException e) {
            return false;
        }
    }
}
